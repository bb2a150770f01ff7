// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carryrule.h"

#include "validationcontext.h"

namespace nianbao {

namespace {

/// The cell of a term in the report it comes from, -1 when that report's format lacks it.
int termCell(const TableDef &table, const TableDef *sourceTable, int line, const CellRuleDef &rule,
             const RuleTerm &term)
{
    if (!sourceTable)
        return -1;
    const bool byColumn = !rule.targetColumn.isEmpty();
    const int row = byColumn ? sourceTable->rowIndex(table.rows[line].id) : sourceTable->rowIndex(term.row);
    const int column =
        byColumn ? sourceTable->columnIndex(term.column) : sourceTable->columnIndex(table.columns[line].id);
    return row < 0 || column < 0 ? -1 : sourceTable->cellIndex(row, column);
}

} // namespace

void CarryRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const Report *previous = context.previous;
    if (!previous)
        return;
    const Format &previousFormat = *previous->format();
    for (const CellRuleDef &rule : context.format.cellRules()) {
        const bool byColumn = !rule.targetColumn.isEmpty();
        if ((!byColumn && rule.targetRow.isEmpty()) ||
            (!rule.previousFormat.isEmpty() && rule.previousFormat != previousFormat.id()))
            continue;
        for (const QString &tableId : rule.tables) {
            const int t = context.format.tableIndex(tableId);
            const TableDef &table = context.format.table(t);
            const int previousIndex = previousFormat.tableIndex(tableId);
            const TableDef *previousTable =
                previousIndex < 0 ? nullptr : &previousFormat.table(previousIndex);
            const int target =
                byColumn ? table.columnIndex(rule.targetColumn) : table.rowIndex(rule.targetRow);
            const int lines = int(byColumn ? table.rows.size() : table.columns.size());
            for (int line = 0; line < lines; ++line) {
                const int targetIndex =
                    byColumn ? table.cellIndex(line, target) : table.cellIndex(target, line);
                const CellValue &targetValue = context.cell(targetIndex);
                if (!targetValue.isNumber())
                    continue;
                Decimal expected;
                QStringList terms;
                QList<Location> where{Location::ofCell(targetIndex)};
                bool complete = true;
                for (const RuleTerm &term : rule.terms) {
                    const Report &source = term.fromPrevious ? *previous : context.report;
                    const int index =
                        termCell(table, term.fromPrevious ? previousTable : &table, line, rule, term);
                    if (index < 0 || !source.cell(index).isNumber()) {
                        complete = false;
                        break;
                    }
                    const Decimal value = source.cell(index).number();
                    expected = term.sign < 0 ? expected - value : expected + value;
                    if (!term.fromPrevious)
                        where.append(Location::ofCell(index));
                    const QString name = byColumn ? table.columns[table.columnIndex(term.column)].label
                                                  : context.rowLabel(t, table.rowIndex(term.row));
                    const QString termText =
                        (term.fromPrevious ? tr("last year’s %1").arg(name) : name) + u' ' + value.toString();
                    terms.append(terms.isEmpty() ? (term.sign < 0 ? tr("− %1").arg(termText) : termText)
                                                 : (term.sign < 0 ? tr("− %1") : tr("+ %1")).arg(termText));
                }
                if (!complete || expected == targetValue.number())
                    continue;
                findings.append(
                    {rule.rule, Severity::Warning, where,
                     tr("%1 is %2, expected %3 (%4)")
                         .arg(context.format.cellName(targetIndex), targetValue.number().toString(),
                              expected.toString(), terms.join(u' ')),
                     context.fix(targetIndex, expected)});
            }
        }
    }
}

QList<RuleDescription> CarryRule::descriptions() const
{
    QList<RuleDescription> described;
    for (const Format *format : Format::all()) {
        for (const CellRuleDef &rule : format->cellRules()) {
            const bool byColumn = !rule.targetColumn.isEmpty();
            if (!byColumn && rule.targetRow.isEmpty())
                continue;
            for (const QString &tableId : rule.tables) {
                const TableDef &table = format->table(format->tableIndex(tableId));
                const QString target = byColumn ? table.columns[table.columnIndex(rule.targetColumn)].label
                                                : table.rows[table.rowIndex(rule.targetRow)].label;
                const QString when = rule.previousFormat.isEmpty()
                                         ? tr("when last year's report is known")
                                         : tr("when last year's report is known and in the %1 format")
                                               .arg(rule.previousFormat);
                described.append(
                    {rule.rule,
                     Severity::Warning,
                     (byColumn ? tr("%1, in every row: %2 = %3 (%4)")
                               : tr("%1, in every column: %2 = %3 (%4)"))
                         .arg(partNumeral(table.part) +
                                  (table.title.isEmpty() ? QString() : u'、' + table.title),
                              target, ValidationContext::termsDescription(table, rule.terms), when),
                     {format->id()}});
            }
        }
    }
    return described;
}

} // namespace nianbao
