// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemcountrule.h"

#include "validationcontext.h"

namespace nianbao {

void ItemCountRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    for (const CellRuleDef &rule : context.format.cellRules()) {
        if (!rule.targetColumn.isEmpty() || !rule.targetRow.isEmpty())
            continue;
        for (const QString &tableId : rule.tables) {
            const int t = context.format.tableIndex(tableId);
            const TableDef &table = context.format.table(t);
            // Terms name columns (summed in each row) or rows (summed in each column).
            const bool termsAreColumns = !rule.terms.isEmpty() && !rule.terms.front().column.isEmpty();
            const int lines = int(termsAreColumns ? table.rows.size() : table.columns.size());
            for (int line = 0; line < lines; ++line) {
                Decimal sum;
                QList<Location> where;
                QStringList terms;
                bool complete = true;
                for (const RuleTerm &term : rule.terms) {
                    const int index = termsAreColumns ? table.cellIndex(line, table.columnIndex(term.column))
                                                      : table.cellIndex(table.rowIndex(term.row), line);
                    const CellValue &value = context.cell(index);
                    if (!value.isNumber()) {
                        complete = false;
                        break;
                    }
                    sum = term.sign < 0 ? sum - value.number() : sum + value.number();
                    where.append(Location::ofCell(index));
                    const QString name = termsAreColumns ? table.columns[table.columnIndex(term.column)].label
                                                         : context.rowLabel(t, table.rowIndex(term.row));
                    const QString termText = name + u' ' + value.number().toString();
                    terms.append(terms.isEmpty() ? termText
                                                 : (term.sign < 0 ? tr("− %1") : tr("+ %1")).arg(termText));
                }
                if (!complete || sum >= Decimal())
                    continue;
                const QString place =
                    termsAreColumns ? context.format.rowName(t, line)
                                    : partNumeral(table.part) + u'、' + context.format.columnName(t, line);
                findings.append({rule.rule, Severity::Warning, where,
                                 tr("%1: %2 = %3, but a number of items cannot be negative")
                                     .arg(place, terms.join(u' '), sum.toString()),
                                 std::nullopt});
            }
        }
    }
}

QList<RuleDescription> ItemCountRule::descriptions() const
{
    QList<RuleDescription> described;
    for (const Format *format : Format::all()) {
        for (const CellRuleDef &rule : format->cellRules()) {
            if (!rule.targetColumn.isEmpty() || !rule.targetRow.isEmpty())
                continue;
            for (const QString &tableId : rule.tables) {
                const TableDef &table = format->table(format->tableIndex(tableId));
                described.append({rule.rule,
                                  Severity::Warning,
                                  tr("%1, in every row: %2 is not negative")
                                      .arg(partNumeral(table.part) + u'、' + table.title,
                                           ValidationContext::termsDescription(table, rule.terms)),
                                  {format->id()}});
            }
        }
    }
    return described;
}

} // namespace nianbao
