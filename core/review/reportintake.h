// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity.h"
#include "storage/reportstore.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * Bringing a report into a store — a new draft, an imported file, an import that replaces the
 * stored draft — or deleting a draft, by an identity that may: the command line and the application
 * go through here, so both check the same right (ReviewPolicy::importRefusal, deleteRefusal) and
 * name the same actor in the audit log. The check and the write are one transaction, so nobody can
 * change the report in between.
 */
class ReportIntake
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportIntake)
public:
    ReportIntake(ReportStore &store, Identity identity);

    StoreResult<CreatedReport> createReport(const QString &agencyName, const QString &agencyKind, int year);
    /// counts: those of the report's findings, when the caller has them (see ReportStore::importReport).
    StoreResult<ImportedReport> importReport(const Report &report, bool replace = false,
                                             const std::optional<StampedCounts> &counts = std::nullopt);

    /// Deletes the draft with everything kept about it; refused (nothing deleted) for a report
    /// that is not a draft or not the identity's to delete. Returns the report as it was.
    StoreResult<StoredReport> deleteDraft(qint64 reportId);

private:
    /// Why the identity may not bring the agency's report of the year in; nullopt when it may.
    StoreResult<std::optional<QString>> refusal(const QString &agency, int year);

    ReportStore &m_store;
    Identity m_identity;
};

} // namespace nianbao
