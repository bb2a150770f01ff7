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

QList<RuleDescription> FormatYearRule::descriptions() const
{
    QStringList covers;
    for (const Format *format : Format::all())
        covers.append(format->lastYear()
                          ? tr("the %1 format for %2–%3")
                                .arg(format->id())
                                .arg(format->firstYear())
                                .arg(format->lastYear())
                          : tr("the %1 format from %2").arg(format->id()).arg(format->firstYear()));
    return {{QStringLiteral("format.year"), Severity::Error,
             tr("The report uses the tables of a format that does not cover its year (%1).")
                 .arg(covers.join(tr("; ")))}};
}

} // namespace nianbao
