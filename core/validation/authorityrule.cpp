// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorityrule.h"

#include "validationcontext.h"

namespace nianbao {

void AuthorityRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const auto [t, row] = context.format.authorityRow();
    if (t < 0 || !context.kind || context.kind->canMakeRules)
        return;
    const TableDef &table = context.format.table(t);
    QList<Location> where;
    QStringList values;
    for (int c = 0; c < table.columns.size(); ++c) {
        const int index = table.cellIndex(row, c);
        const CellValue &value = context.cell(index);
        if (!value.isNumber() || value.number() == Decimal())
            continue;
        where.append(Location::ofCell(index));
        values.append(table.columns[c].label + u' ' + value.number().toString());
    }
    if (where.isEmpty())
        return;
    findings.append({QStringLiteral("rules.authority"), Severity::Warning, where,
                     tr("%1: a %2 cannot make %3, so the row must be all 0 (%4)")
                         .arg(context.format.rowName(t, row), context.kind->label, table.rows[row].label,
                              values.join(tr(", "))),
                     std::nullopt});
}

QList<RuleDescription> AuthorityRule::descriptions() const
{
    QStringList makers;
    QStringList others;
    for (const AgencyKind &kind : AgencyKind::all())
        (kind.canMakeRules ? makers : others).append(kind.label);
    return {{QStringLiteral("rules.authority"), Severity::Warning,
             tr("The 规章 counts are not 0 in the report of an agency that cannot make 规章 (only %1 can; %2 "
                "cannot).")
                 .arg(makers.join(u'、'), others.join(u'、'))}};
}

} // namespace nianbao
