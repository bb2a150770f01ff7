// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blankrule.h"

#include "validationcontext.h"

namespace nianbao {

void BlankRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const QList<TableDef> &tables = context.format.tables();
    for (int t = 0; t < tables.size(); ++t) {
        const TableDef &table = tables[t];
        // Consecutive wholly empty rows make one finding: a report that left part 三 empty gets one
        // line, not twenty.
        int runStart = -1;
        QList<Location> run;
        const auto flushRun = [&](int end) {
            if (runStart < 0)
                return;
            const QString message =
                end - runStart == 1 ? tr("%1: the whole row is empty; write 0 where there was nothing")
                                          .arg(context.format.rowName(t, runStart))
                                    : tr("%1 to %2: %3 whole rows are empty; write 0 where there was nothing")
                                          .arg(context.format.rowName(t, runStart),
                                               context.rowLabel(t, end - 1), QString::number(end - runStart));
            findings.append({QStringLiteral("cell.blank"), Severity::Warning, run, message, std::nullopt});
            runStart = -1;
            run.clear();
        };
        for (int r = 0; r < table.rows.size(); ++r) {
            QList<Location> where;
            for (int c = 0; c < table.columns.size(); ++c) {
                const int index = table.cellIndex(r, c);
                if (context.cell(index).isBlank() && !context.absentCells.contains(index))
                    where.append(Location::ofCell(index));
            }
            if (where.size() == table.columns.size()) {
                if (runStart < 0)
                    runStart = r;
                run.append(where);
                continue;
            }
            flushRun(r);
            if (where.isEmpty())
                continue;
            QStringList names;
            for (const Location &location : std::as_const(where))
                names.append(context.format.columnName(t, context.format.address(location.cell).column));
            findings.append(
                {QStringLiteral("cell.blank"), Severity::Warning, where,
                 tr("%1: %2 empty (%3); write 0 where there was nothing")
                     .arg(context.format.rowName(t, r), QString::number(where.size()), names.join(tr(", "))),
                 std::nullopt});
        }
        flushRun(int(table.rows.size()));
    }
}

QList<RuleDescription> BlankRule::descriptions() const
{
    return {{QStringLiteral("cell.blank"), Severity::Warning,
             tr("A cell that needs a number is empty: what did not happen is written as 0.")}};
}

} // namespace nianbao
