// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

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

    /// Approved and both the snapshot and the content still hash to the stored value.
    bool intact() const { return approved && snapshotMatches && contentMatches; }
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
};

} // namespace nianbao
