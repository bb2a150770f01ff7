// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecheck.h"

#include "reviewworkflow.h"
#include "storage/reportstore.h"

#include <algorithm>

namespace nianbao {

StoreResult<DatabaseCheckResult> DatabaseCheck::run(ReportStore &store)
{
    DatabaseCheckResult result;
    const StoreResult<QStringList> pages = store.integrityProblems();
    if (!pages)
        return pages.error();
    for (const QString &problem : pages.value())
        result.problems.append(tr("The database: %1").arg(problem));

    const StoreResult<QList<ReportSummary>> reports = store.listReports();
    if (!reports)
        return reports.error();
    // The key figures' own checksum too, which the county summary and the year table rely on.
    int firstYear = 0;
    int lastYear = -1;
    for (const ReportSummary &summary : reports.value()) {
        firstYear = lastYear < firstYear ? summary.year : std::min(firstYear, summary.year);
        lastYear = std::max(lastYear, summary.year);
    }
    const StoreResult<QHash<qint64, StoredFigureCells>> figures = store.figureCells(firstYear, lastYear);
    if (!figures)
        return figures.error();
    ReviewWorkflow workflow(store);
    for (const ReportSummary &summary : reports.value()) {
        ++result.reports;
        const QString report = tr("%1 %2").arg(summary.agency).arg(summary.year);
        const StoreResult<StoredReport> stored = store.loadReport(summary.id);
        if (!stored) {
            result.problems.append(tr("%1: %2").arg(report, stored.error().message));
            continue;
        }
        if (stored->content == ContentCheck::Damaged)
            result.problems.append(tr("%1: %2").arg(report, stored->damage()));
        else if (stored->content == ContentCheck::Unstamped)
            ++result.unstamped;
        else if (figures->value(summary.id).content == ContentCheck::Damaged)
            result.problems.append(
                tr("%1: its key figures do not match their own checksum (the database was changed outside "
                   "Nianbao); the county summary and the year table leave them out.")
                    .arg(report));
        const StoreResult<QList<RevisionInfo>> revisions = store.revisions(summary.id);
        if (!revisions)
            return revisions.error();
        for (const RevisionInfo &revision : revisions.value()) {
            ++result.snapshots;
            if (const StoreResult<Report> snapshot = store.loadRevision(summary.id, revision.revision);
                !snapshot)
                result.problems.append(tr("%1: %2").arg(report, snapshot.error().message));
        }
        const StoreResult<ApprovalCheck> approval = workflow.verifyApproval(summary.id);
        if (!approval)
            result.problems.append(tr("%1: %2").arg(report, approval.error().message));
        else if (approval->approved && !approval->intact())
            result.problems.append(tr("%1: %2").arg(report, approval->problem()));
    }
    return result;
}

} // namespace nianbao
