// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportintake.h"

#include "reviewpolicy.h"
#include "storage/agencydirectory.h"

namespace nianbao {

ReportIntake::ReportIntake(ReportStore &store, Identity identity)
    : m_store(store)
    , m_identity(std::move(identity))
{}

StoreResult<std::optional<QString>> ReportIntake::refusal(const QString &agency, int year)
{
    if (!m_identity.user)
        return std::optional<QString>(); // a personal database: no roles to check
    // The agency the name means: the clerk of 坎市镇人民政府 imports the report titled 坎市镇.
    const StoreResult<AgencyMatch> meant = AgencyDirectory(m_store.connection()).match(agency);
    if (!meant)
        return meant.error();
    const QString name = meant->isSure() ? meant->agency.name : agency.trimmed();
    std::optional<ReportStatus> stored;
    const StoreResult<qint64> id = m_store.findReport(name, year);
    if (id) {
        const StoreResult<StoredReport> report = m_store.loadReport(id.value());
        if (!report)
            return report.error();
        stored = report->status;
    } else if (id.error().code != StoreError::Code::NotFound) {
        return id.error();
    }
    return ReviewPolicy::importRefusal(*m_identity.user, name, stored);
}

StoreResult<CreatedReport> ReportIntake::createReport(const QString &agencyName, const QString &agencyKind,
                                                      int year)
{
    StoreTransaction transaction = m_store.batch();
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<std::optional<QString>> refused = refusal(agencyName, year);
    if (!refused)
        return refused.error();
    if (refused.value())
        return StoreError{StoreError::Code::Refused, *refused.value(), {}};
    const ActingAs acting(m_store, m_identity.name);
    StoreResult<CreatedReport> created = m_store.createReport(agencyName, agencyKind, year);
    if (!created)
        return created;
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

StoreResult<ImportedReport> ReportIntake::importReport(const Report &report, bool replace,
                                                       const std::optional<StampedCounts> &counts)
{
    StoreTransaction transaction = m_store.batch();
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<std::optional<QString>> refused = refusal(report.meta.agencyName, report.meta.year);
    if (!refused)
        return refused.error();
    if (refused.value())
        return StoreError{StoreError::Code::Refused, *refused.value(), {}};
    const ActingAs acting(m_store, m_identity.name);
    StoreResult<ImportedReport> imported = m_store.importReport(report, replace, counts);
    if (!imported)
        return imported;
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return imported;
}

StoreResult<StoredReport> ReportIntake::deleteDraft(qint64 reportId)
{
    StoreTransaction transaction = m_store.batch();
    if (!transaction.isActive())
        return transaction.error();
    StoreResult<StoredReport> report = m_store.loadReport(reportId);
    if (!report)
        return report;
    if (const std::optional<QString> refused =
            ReviewPolicy::deleteRefusal(m_identity.user, report->report.meta.agencyName, report->status))
        return StoreError{StoreError::Code::Refused, *refused, {}};
    // The office's log names who deleted it (on a server, the login).
    const ActingAs acting(m_store, m_identity.name);
    if (const StoreResult<void> deleted = m_store.deleteDraft(reportId); !deleted)
        return deleted.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace nianbao
