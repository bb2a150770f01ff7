// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "signing/exportseal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace nianbao {

/// The result of checking an approved report against the hash stored at its approval.
struct ApprovalCheck
{
    bool approved = false; ///< false: the report is not approved, nothing to check
    int revision = 0;      ///< the approved revision
    QDateTime at;
    QString approvedBy;
    QString storedHash;   ///< hex SHA-256 stored at the approval; empty when no approval is on record
    QString snapshotHash; ///< of the approved revision's snapshot now
    QString contentHash;  ///< of the report's current content now
    bool snapshotMatches = false;
    bool contentMatches = false;

    enum class Signature : quint8 {
        None,    ///< approved without a key (the supervisor has none): the hash alone
        Valid,   ///< signed by the supervisor's key, over the text the hashes are of
        Invalid, ///< a signature that the supervisor's key did not make, or over another text
        Missing, ///< the supervisor signs with a key, but this approval carries no signature
    };
    Signature signature = Signature::None;
    QString keyFingerprint;         ///< of the key that signed (Valid, Invalid)
    std::optional<ExportSeal> seal; ///< Valid: what an export of the report carries

    /// Approved, both the snapshot and the content still hash to the stored value, and a signature
    /// where the supervisor signs.
    bool intact() const
    {
        return approved && snapshotMatches && contentMatches &&
               (signature == Signature::None || signature == Signature::Valid);
    }
    /// A loud message for the user when not intact (Chinese through the translation); empty if intact.
    QString problem() const;
};

/**
 * The tamper evidence of an approval: the SHA-256 of a report's canonical text layout
 * (ReportWriter::write, UTF-8). The text layout is what gets published, so any change that
 * matters to a reader changes the hash, while storage details (row order, ids) do not.
 */
class ApprovalSeal
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ApprovalSeal)
public:
    /// Lower-case hex SHA-256 of ReportWriter::write(report).
    static QString hash(const Report &report);
    /// Whether report is the report whose canonical text was signed: by its SHA-256 when the text was
    /// written in this program's layout, and as read back from the signed text when an older layout
    /// wrote it — so that a later change of the writer does not break old approvals.
    static bool isSignedReport(const Report &report, int layoutVersion, const QString &signedText,
                               const QString &signedSha256);
};

} // namespace nianbao
