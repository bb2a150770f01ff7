// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalseal.h"

#include "textlayout/reportreader.h"
#include "textlayout/reportwriter.h"

#include <QCryptographicHash>

namespace nianbao {

QString ApprovalCheck::problem() const
{
    if (!approved || intact())
        return {};
    if (signature == Signature::Missing)
        return nianbao::ApprovalSeal::tr(
                   "WARNING: %1 signs approvals with a key, but this approval carries no signature: it "
                   "was not made by %1 through Nianbao. Do not publish this report before checking "
                   "it.")
            .arg(approvedBy);
    if (signature == Signature::Invalid)
        return nianbao::ApprovalSeal::tr(
                   "WARNING: the signature of this approval is not %1's (key %2), or it was made over "
                   "another text: the approval was forged or changed. Do not publish this report "
                   "before checking it.")
            .arg(approvedBy, keyFingerprint);
    if (storedHash.isEmpty())
        return nianbao::ApprovalSeal::tr(
            "WARNING: this report is marked approved, but no supervisor's approval is on "
            "record. The database was changed outside Nianbao; do not publish this report "
            "before checking it.");
    if (!contentMatches && !snapshotMatches)
        return nianbao::ApprovalSeal::tr(
                   "WARNING: neither the stored content nor the snapshot of this approved report "
                   "matches what %1 approved on %2. The database was changed outside Nianbao; "
                   "do not publish this report before checking it.")
            .arg(approvedBy, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!contentMatches)
        return nianbao::ApprovalSeal::tr(
                   "WARNING: the stored content of this approved report no longer matches what "
                   "%1 approved on %2. The database was changed outside Nianbao; do not publish "
                   "this report before checking it.")
            .arg(approvedBy, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return nianbao::ApprovalSeal::tr(
               "WARNING: the snapshot of revision %1, which %2 approved on %3, no longer matches "
               "its approval. The database was changed outside Nianbao.")
        .arg(revision)
        .arg(approvedBy, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

bool ApprovalSeal::isSignedReport(const Report &report, int layoutVersion, const QString &signedText,
                                  const QString &signedSha256)
{
    if (layoutVersion == ReportWriter::LayoutVersion)
        return hash(report) == signedSha256;
    const ReadResult signedReport = ReportReader::read(signedText);
    return signedReport.isReport && hash(signedReport.report) == hash(report);
}

QString ApprovalSeal::hash(const Report &report)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(ReportWriter::write(report).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace nianbao
