// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "totalrule.h"

#include "validationcontext.h"

namespace nianbao {

void TotalRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const QList<TableDef> &tables = context.format.tables();
    for (int t = 0; t < tables.size(); ++t) {
        const TableDef &table = tables[t];
        for (const TotalDef &total : table.totals) {
            // byColumn: the target is a column, checked in every row ("line"); otherwise a row.
            const int lines = int(total.byColumn ? table.rows.size() : table.columns.size());
            const auto cellOf = [&](int line, int other) {
                return total.byColumn ? table.cellIndex(line, other) : table.cellIndex(other, line);
            };
            for (int line = 0; line < lines; ++line) {
                const int targetIndex = cellOf(line, total.target);
                const CellValue &target = context.cell(targetIndex);
                if (target.isInvalid())
                    continue;
                Decimal sum;
                int numbers = 0;
                bool anyInvalid = false;
                for (int term : total.terms) {
                    const CellValue &value = context.cell(cellOf(line, term));
                    anyInvalid = anyInvalid || value.isInvalid();
                    numbers += value.isNumber() ? 1 : 0;
                    sum = sum + value.number();
                }
                if (anyInvalid || numbers == 0)
                    continue;
                const bool blankTotal = target.isBlank();
                // A blank total is an error only when every term is written and they add up to something:
                // then its value is certain, and a reader of the table cannot see that hundreds are missing.
                // Otherwise the blank is only `cell.blank`'s.
                if (blankTotal ? (numbers < total.terms.size() || sum == Decimal()) : sum == target.number())
                    continue;
                QList<Location> where{Location::ofCell(targetIndex)};
                QStringList termNames;
                for (int term : total.terms) {
                    where.append(Location::ofCell(cellOf(line, term)));
                    termNames.append(total.byColumn ? context.format.columnName(t, term)
                                                    : context.rowLabel(t, term));
                }
                const QString terms = total.termsName.isEmpty() ? termNames.join(tr(", ")) : total.termsName;
                const QString message =
                    blankTotal ? tr("%1: the total is not filled in; the sum of %2 is %3, so it must be %3")
                                     .arg(context.format.cellName(targetIndex), terms, sum.toString())
                               : tr("%1: the sum of %2 is %3, the table says %4")
                                     .arg(context.format.cellName(targetIndex), terms, sum.toString(),
                                          target.number().toString());
                findings.append({total.rule, Severity::Error, where, message, context.fix(targetIndex, sum)});
            }
        }
    }
}

QList<RuleDescription> TotalRule::descriptions() const
{
    QList<RuleDescription> described;
    for (const Format *format : Format::all()) {
        for (int t = 0; t < format->tables().size(); ++t) {
            const TableDef &table = format->table(t);
            const QString place =
                partNumeral(table.part) + (table.title.isEmpty() ? QString() : u'、' + table.title);
            for (const TotalDef &total : table.totals) {
                QStringList terms;
                for (int term : total.terms)
                    terms.append(total.byColumn ? format->columnName(t, term) : table.rows[term].label);
                const QString target =
                    total.byColumn ? format->columnName(t, total.target) : table.rows[total.target].label;
                const QString termsText = total.termsName.isEmpty()
                                              ? terms.join(u'、')
                                              : total.termsName + u'（' + terms.join(u'、') + u'）';
                described.append({total.rule,
                                  Severity::Error,
                                  (total.byColumn ? tr("%1, in every row: %2 = the sum of %3")
                                                  : tr("%1, in every column: %2 = the sum of %3"))
                                      .arg(place, target, termsText),
                                  {format->id()}});
            }
        }
    }
    return described;
}

} // namespace nianbao
