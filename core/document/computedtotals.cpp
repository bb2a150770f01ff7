// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "computedtotals.h"

#include "format.h"
#include "report.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace nianbao {

namespace {

/// One line of a total: the target cell and the cells it sums.
struct TotalLine
{
    int target;
    QList<int> terms;
};

QList<TotalLine> totalLines(const TableDef &table)
{
    QList<TotalLine> lines;
    for (const TotalDef &total : table.totals) {
        const int count = int(total.byColumn ? table.rows.size() : table.columns.size());
        for (int i = 0; i < count; ++i) {
            TotalLine line;
            line.target =
                total.byColumn ? table.cellIndex(i, total.target) : table.cellIndex(total.target, i);
            for (const int term : total.terms)
                line.terms.append(total.byColumn ? table.cellIndex(i, term) : table.cellIndex(term, i));
            lines.append(line);
        }
    }
    return lines;
}

CellValue sum(const Format &format, int target, const QList<int> &terms,
              const std::function<CellValue(int)> &valueOf)
{
    bool anyNumber = false;
    Decimal total;
    for (const int term : terms) {
        const CellValue value = valueOf(term);
        if (value.isNumber()) {
            total = total + value.number();
            anyNumber = true;
        }
    }
    if (!anyNumber)
        return {};
    const ColumnDef &column = format.column(target);
    return column.kind == CellKind::Amount ? CellValue::amount(total, column.unit)
                                           : CellValue::count(total.integerPart());
}

} // namespace

QList<CellEdit> ComputedTotals::withTotals(const Report &report, const QList<CellEdit> &edits)
{
    const Format *format = report.format();
    QHash<int, CellValue> working;
    QList<CellEdit> result;
    QSet<int> dirty;
    QSet<int> tables;
    for (const CellEdit &edit : edits) {
        working.insert(edit.first, edit.second);
        dirty.insert(edit.first);
        tables.insert(format->address(edit.first).table);
        result.append(edit);
    }
    const auto valueOf = [&](int cell) {
        return working.contains(cell) ? working.value(cell) : report.cell(cell);
    };
    QList<int> totals; // in the order first changed, after the edits
    for (const int table : std::as_const(tables)) {
        const QList<TotalLine> lines = totalLines(format->table(table));
        // A total may be a term of another (（七）总计 of the 总计 column): repeat until stable.
        for (int pass = 0; pass <= lines.size(); ++pass) {
            bool changed = false;
            for (const TotalLine &line : lines) {
                const bool touched = std::any_of(line.terms.begin(), line.terms.end(),
                                                 [&](int term) { return dirty.contains(term); });
                if (!touched)
                    continue;
                const CellValue value = sum(*format, line.target, line.terms, valueOf);
                if (value == valueOf(line.target))
                    continue;
                working.insert(line.target, value);
                dirty.insert(line.target);
                if (!totals.contains(line.target))
                    totals.append(line.target);
                changed = true;
            }
            if (!changed)
                break;
        }
    }
    for (const int cell : std::as_const(totals)) {
        const auto edited =
            std::find_if(result.begin(), result.end(), [cell](const CellEdit &e) { return e.first == cell; });
        if (edited != result.end())
            edited->second = working.value(cell);
        else
            result.append({cell, working.value(cell)});
    }
    return result;
}

CellValue ComputedTotals::expected(const Report &report, int cell)
{
    const Format *format = report.format();
    const CellAddress address = format->address(cell);
    if (address.table < 0)
        return {};
    for (const TotalLine &line : totalLines(format->table(address.table))) {
        if (line.target == cell)
            return sum(*format, cell, line.terms, [&report](int term) { return report.cell(term); });
    }
    return report.cell(cell);
}

} // namespace nianbao
