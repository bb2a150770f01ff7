// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationcontext.h"

namespace nianbao {

ValidationContext::ValidationContext(const Report &report, const Report *previous)
    : report(report)
    , format(*report.format())
    , previous(previous && previous->format() ? previous : nullptr)
    , kind(AgencyKind::byId(report.meta.agencyKind))
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

} // namespace nianbao
