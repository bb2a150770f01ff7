// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatyearrule.h"

#include "validationcontext.h"

namespace nianbao {

void FormatYearRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const ReportMeta &meta = context.report.meta;
    const Format *expected = Format::forYear(meta.year);
    if (!expected || expected->id() == meta.formatId)
        return;
    const Format *used = Format::byId(meta.formatId);
    findings.append({QStringLiteral("format.year"),
                     Severity::Error,
                     {Location::ofMeta(QStringLiteral("formatId"))},
                     tr("A report on %1 must use the %2 (%3); this report uses the %4")
                         .arg(QString::number(meta.year), expected->name(), expected->issuedBy(),
                              used ? used->name() : meta.formatId),
                     std::nullopt});
}

} // namespace nianbao
