// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterule.h"

#include "textscan.h"
#include "validationcontext.h"

#include <QMap>

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

QList<RuleDescription> DateRule::descriptions() const
{
    // The deadlines are data per kind of agency: list which kinds have which.
    QMap<std::pair<int, int>, QStringList> kindsByDeadline;
    for (const AgencyKind &kind : AgencyKind::all())
        kindsByDeadline[{kind.deadlineMonth, kind.deadlineDay}].append(kind.label);
    QStringList deadlines;
    for (auto it = kindsByDeadline.cbegin(); it != kindsByDeadline.cend(); ++it)
        deadlines.append(
            tr("%1 %2 for %3").arg(it.key().first).arg(it.key().second).arg(it.value().join(u'、')));
    return {{QStringLiteral("date.missing"), Severity::Warning,
             tr("The signature after part 六 lacks the issuing agency or the date.")},
            {QStringLiteral("date.deadline"), Severity::Warning,
             tr("The report is dated after its deadline in the following year (month day: %1).")
                 .arg(deadlines.join(tr("; ")))}};
}

} // namespace nianbao
