// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterule.h"

#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

void DateRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const ReportMeta &meta = context.report.meta;
    const auto dateText = [](QDate date) {
        return tr("%1-%2-%3")
            .arg(QString::number(date.year()), QString::number(date.month()), QString::number(date.day()));
    };
    if (textscan::isBlank(meta.issuer))
        findings.append({QStringLiteral("date.missing"),
                         Severity::Warning,
                         {Location::ofMeta(QStringLiteral("issuer"))},
                         tr("The signature block after part 6 names no issuing agency"),
                         std::nullopt});
    if (!meta.issueDate.isValid()) {
        findings.append({QStringLiteral("date.missing"),
                         Severity::Warning,
                         {Location::ofMeta(QStringLiteral("issueDate"))},
                         tr("The signature block after part 6 has no date"),
                         std::nullopt});
        return;
    }
    if (meta.year <= 0)
        return;
    const QDate deadline = context.kind
                               ? QDate(meta.year + 1, context.kind->deadlineMonth, context.kind->deadlineDay)
                               : QDate(meta.year + 1, 1, 31);
    if (meta.issueDate > deadline)
        findings.append({QStringLiteral("date.deadline"),
                         Severity::Warning,
                         {Location::ofMeta(QStringLiteral("issueDate"))},
                         tr("The report is dated %1, after its deadline %2")
                             .arg(dateText(meta.issueDate), dateText(deadline)),
                         std::nullopt});
}

} // namespace nianbao
