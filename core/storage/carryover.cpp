// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carryover.h"

#include "auditentry.h"
#include "format.h"
#include "report.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

const QString carryPrefix = QStringLiteral("carry.");

// The value of target from the previous report's terms, or blank when a term is not a number
// (nothing is known to carry) or the sum does not fit the target's kind.
CellValue carriedValue(const Report &previous, const QStringList &termCells, const ColumnDef &target)
{
    Decimal sum;
    AmountUnit unit = AmountUnit::None;
    for (const QString &cellId : termCells) {
        const CellValue term = previous.cell(cellId);
        if (!term.isNumber())
            return {};
        sum = sum + term.number();
        if (unit == AmountUnit::None)
            unit = term.unit();
    }
    const CellValue value = CellValue::parse(sum.toString(), target.kind);
    if (!value.isNumber())
        return {};
    return target.kind == CellKind::Amount ? CellValue::amount(value.number(), unit) : value;
}

QList<CarriedItem> carryCells(const Report &previous, Report &report)
{
    const Format &format = *report.format();
    QList<CarriedItem> carried;
    for (const CellRuleDef &rule : format.cellRules()) {
        if (!rule.rule.startsWith(carryPrefix))
            continue;
        if (!rule.previousFormat.isEmpty() && rule.previousFormat != previous.meta.formatId)
            continue;
        for (const QString &tableId : rule.tables) {
            const TableDef &table = format.table(format.tableIndex(tableId));
            const bool byColumn = !rule.targetColumn.isEmpty();
            const int lines = int(byColumn ? table.rows.size() : table.columns.size());
            for (int line = 0; line < lines; ++line) {
                const int row = byColumn ? line : table.rowIndex(rule.targetRow);
                const int column = byColumn ? table.columnIndex(rule.targetColumn) : line;
                if (row < 0 || column < 0)
                    continue;
                QStringList termCells;
                for (const RuleTerm &term : rule.terms) {
                    if (!term.fromPrevious)
                        continue;
                    termCells.append(tableId + u'/' + (byColumn ? table.rows[row].id : term.row) + u'/' +
                                     (byColumn ? term.column : table.columns[column].id));
                }
                if (termCells.isEmpty())
                    continue;
                const int cell = table.cellIndex(row, column);
                const ColumnDef &target = table.columns[column];
                const CellValue value = carriedValue(previous, termCells, target);
                if (value.isBlank())
                    continue;
                report.setCell(cell, value);
                carried.append({format.cellId(cell), format.cellName(cell),
                                value.toText(target.kind, target.unitInCell), rule.rule});
            }
        }
    }
    return carried;
}

} // namespace

QString CarryOver::movedOn(const QString &text, int fromYear, int toYear)
{
    const QRegularExpression year(QStringLiteral("(?<!\\d)%1(?=年)").arg(fromYear));
    return QString(text).replace(year, QString::number(toYear));
}

QList<CarriedItem> CarryOver::apply(const Report &previous, Report &report)
{
    QList<CarriedItem> carried;
    if (report.format() && previous.format())
        carried = carryCells(previous, report);
    const auto carryText = [&](const QString &target, const QString &from, QString *to) {
        if (from.isEmpty())
            return;
        *to = from;
        carried.append({target, AuditEntry::targetName(target, report.format()), from, {}});
    };
    carryText(AuditEntry::narrativeTarget(0),
              movedOn(previous.preamble, previous.meta.year, report.meta.year), &report.preamble);
    carryText(AuditEntry::metaTarget(QStringLiteral("issuer")), previous.meta.issuer, &report.meta.issuer);
    carryText(AuditEntry::metaTarget(QStringLiteral("copyTo")), previous.meta.copyTo, &report.meta.copyTo);
    return carried;
}

} // namespace nianbao
