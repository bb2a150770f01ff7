// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalseal.h"

#include "textlayout/reportwriter.h"

#include <QCryptographicHash>

namespace nianbao {

QString ApprovalCheck::problem() const
{
    if (!approved || (snapshotMatches && contentMatches))
        return {};
    if (storedHash.isEmpty())
        return ApprovalSeal::tr(
            "WARNING: this report is marked approved, but no supervisor's approval is on "
            "record. The database was changed outside Nianbao; do not publish this report "
            "before checking it.");
    if (!contentMatches && !snapshotMatches)
        return ApprovalSeal::tr(
                   "WARNING: neither the stored content nor the snapshot of this approved report "
                   "matches what %1 approved on %2. The database was changed outside Nianbao; "
                   "do not publish this report before checking it.")
            .arg(approvedBy, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!contentMatches)
        return ApprovalSeal::tr("WARNING: the stored content of this approved report no longer matches what "
                                "%1 approved on %2. The database was changed outside Nianbao; do not publish "
                                "this report before checking it.")
            .arg(approvedBy, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return ApprovalSeal::tr(
               "WARNING: the snapshot of revision %1, which %2 approved on %3, no longer matches "
               "its approval. The database was changed outside Nianbao.")
        .arg(revision)
        .arg(approvedBy, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString ApprovalSeal::hash(const Report &report)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(ReportWriter::write(report).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace nianbao
