// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasteplan.h"

#include "cellinput.h"
#include "format.h"
#include "report.h"
#include "textlayout/labeltext.h"

#include <algorithm>

namespace nianbao {

namespace {

/// How the block's lines along one axis land on the table's lines from start to the edge.
struct AxisFit
{
    QList<int> lines; ///< the table line of each block line; empty when the block does not fit
    bool mapped = false;
    int available = 0; ///< lines from start to the edge
    int inputs = 0;    ///< of those, lines to fill
    int totals = 0;    ///< of those, computed totals
};

AxisFit fit(int start, int count, const QList<bool> &computed)
{
    AxisFit result;
    const int size = int(computed.size());
    result.available = size - start;
    bool coversTotal = false;
    for (int line = start; line < size; ++line) {
        (computed[line] ? result.totals : result.inputs) += 1;
        coversTotal = coversTotal || (computed[line] && line < start + count);
    }
    if (count <= result.available && (!coversTotal || count == result.available)) {
        for (int i = 0; i < count; ++i)
            result.lines.append(start + i);
    } else if (count == result.inputs) {
        for (int line = start; line < size; ++line) {
            if (!computed[line])
                result.lines.append(line);
        }
        result.mapped = true;
    }
    return result;
}

QString doesNotFit(bool columns, int count, const QString &from, const AxisFit &fit)
{
    QString message;
    if (columns)
        message =
            fit.totals == 0
                ? PastePlan::tr("Each pasted row has %1 values, but from %2 to the right edge the table has "
                                "only %3 columns. Nothing was pasted.")
                : PastePlan::tr("Each pasted row has %1 values, but from %2 to the right edge the table has "
                                "%3 columns: %4 to fill and %5 computed totals. Nothing was pasted: copy %4 "
                                "values without the totals or %3 with them, or start the paste elsewhere.");
    else
        message =
            fit.totals == 0
                ? PastePlan::tr("The pasted block has %1 rows, but from %2 to the bottom the table has only "
                                "%3 rows. Nothing was pasted.")
                : PastePlan::tr("The pasted block has %1 rows, but from %2 to the bottom the table has %3 "
                                "rows: %4 to fill and %5 computed totals. Nothing was pasted: copy %4 rows "
                                "without the totals or %3 with them, or start the paste elsewhere.");
    message = message.arg(count).arg(from).arg(fit.available);
    return fit.totals == 0 ? message : message.arg(fit.inputs).arg(fit.totals);
}

/// A value of the block that landed on a total: checked once the block's other values are in.
struct PastedTotal
{
    int cell;
    QString text;
    int row;
    int column;
};

} // namespace

PastePlan::Block PastePlan::parse(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    Block block;
    for (const QString &line : std::as_const(lines))
        block.append(line.split(u'\t'));
    return block;
}

PastePlan PastePlan::make(const Report &report, int table, int row, int column, const Block &block)
{
    PastePlan plan;
    const Format &format = *report.format();
    const TableDef &def = format.table(table);
    int width = 0;
    for (const QStringList &values : block)
        width = std::max(width, int(values.size()));
    if (block.isEmpty() || width == 0) {
        plan.m_problem = tr("The clipboard holds no values to paste.");
        return plan;
    }
    QList<bool> computedColumns(def.columns.size(), false);
    QList<bool> computedRows(def.rows.size(), false);
    for (const TotalDef &total : def.totals)
        (total.byColumn ? computedColumns : computedRows)[total.target] = true;

    const int start = def.cellIndex(row, column);
    const AxisFit columns = fit(column, width, computedColumns);
    const AxisFit rows = fit(row, int(block.size()), computedRows);
    if (columns.lines.isEmpty() || rows.lines.isEmpty()) {
        if (format.isComputed(start) && width == 1 && block.size() == 1)
            plan.m_problem = tr("%1 is a total: it is computed from its terms. Nothing was pasted.")
                                 .arg(format.cellName(start));
        else if (columns.lines.isEmpty())
            plan.m_problem = doesNotFit(
                true, width, QStringLiteral("“%1”").arg(format.columnName(table, column)), columns);
        else
            plan.m_problem = doesNotFit(false, int(block.size()),
                                        QStringLiteral("“%1”").arg(format.rowName(table, row)), rows);
        return plan;
    }

    // A value that cannot go where it lands: named with its cell and its place in the block.
    const auto refuseValue = [&plan, &format](int cell, int r, int c, const QString &problem) {
        plan.m_problem = tr("Nothing was pasted. %1 (row %2, value %3 of the block): %4")
                             .arg(format.cellName(cell))
                             .arg(r + 1)
                             .arg(c + 1)
                             .arg(problem);
        plan.m_edits.clear();
        return plan;
    };
    QList<PastedTotal> totals;
    for (int r = 0; r < block.size(); ++r) {
        for (int c = 0; c < block[r].size(); ++c) {
            const int cell = def.cellIndex(rows.lines[r], columns.lines[c]);
            const QString &text = block[r][c];
            if (format.isComputed(cell)) {
                totals.append({cell, text, r, c});
                continue;
            }
            QString problem;
            const std::optional<CellValue> value = CellInput::read(text, format.column(cell), &problem);
            if (!value)
                return refuseValue(cell, r, c, problem);
            plan.m_edits.append({cell, *value});
        }
    }

    Report after = report;
    for (const CellEdit &edit : ComputedTotals::withTotals(report, plan.m_edits))
        after.setCell(edit.first, edit.second);
    for (const PastedTotal &total : std::as_const(totals)) {
        const ColumnDef &columnDef = format.column(total.cell);
        QString problem;
        const std::optional<CellValue> value = CellInput::read(total.text, columnDef, &problem);
        if (!value)
            return refuseValue(total.cell, total.row, total.column, problem);
        if (value->isBlank())
            continue;
        const CellValue expected = ComputedTotals::expected(after, total.cell);
        if (!expected.isNumber() || expected.number() != value->number()) {
            plan.m_problem =
                tr("Nothing was pasted. The block gives %1 for %2 (row %3, value %4 of the block), a total "
                   "whose terms sum to %5. Totals are computed: copy the block without them, or check the "
                   "figures.")
                    .arg(LabelText::trimmed(total.text).toString())
                    .arg(format.cellName(total.cell))
                    .arg(total.row + 1)
                    .arg(total.column + 1)
                    .arg(expected.isNumber() ? expected.toText(columnDef.kind, columnDef.unitInCell)
                                             : tr("nothing"));
            plan.m_edits.clear();
            return plan;
        }
    }
    plan.m_skippedTotals = rows.mapped || columns.mapped;
    return plan;
}

} // namespace nianbao
