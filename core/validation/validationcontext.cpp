// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationcontext.h"

#include <QCoreApplication>

namespace nianbao {

ValidationContext::ValidationContext(const Report &report, const Report *previous,
                                     const QSet<int> &absentCells)
    : report(report)
    , format(*report.format())
    , previous(previous && previous->format() ? previous : nullptr)
    , kind(AgencyKind::byId(report.meta.agencyKind))
    , absentCells(absentCells)
{
    if (!kind)
        kind = AgencyKind::guessFromName(report.meta.agencyName);
    narrative[0] = {Location::TitlePart, report.meta.title};
    narrative[1] = {Location::PreamblePart, report.preamble};
    for (int i = 0; i < Report::PartCount; ++i)
        narrative[size_t(i + 2)] = {i + 1, report.parts[size_t(i)]};
}

QString ValidationContext::rowLabel(int table, int row) const
{
    const RowDef &r = format.table(table).rows[row];
    return r.group + (r.shortLabel.isEmpty() ? r.label : r.shortLabel);
}

std::optional<Fix> ValidationContext::fix(int cell, Decimal value) const
{
    const CellKind kind = format.column(cell).kind;
    if (kind != CellKind::SignedCount && value < Decimal())
        return std::nullopt;
    if (kind == CellKind::Amount)
        return Fix{cell, CellValue::amount(value, report.cell(cell).unit())};
    return Fix{cell, CellValue::count(value.integerPart())};
}

QString ValidationContext::termsDescription(const TableDef &table, const QList<RuleTerm> &terms)
{
    QString text;
    for (const RuleTerm &term : terms) {
        QString name = term.column.isEmpty() ? table.rows[table.rowIndex(term.row)].label
                                             : table.columns[table.columnIndex(term.column)].label;
        if (term.fromPrevious)
            name = QCoreApplication::translate("nianbao::Validator", "last year’s %1").arg(name);
        if (text.isEmpty())
            text = term.sign < 0 ? QCoreApplication::translate("nianbao::Validator", "− %1").arg(name) : name;
        else
            text += u' ' + (term.sign < 0 ? QCoreApplication::translate("nianbao::Validator", "− %1")
                                          : QCoreApplication::translate("nianbao::Validator", "+ %1"))
                               .arg(name);
    }
    return text;
}

} // namespace nianbao
