// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarysource.h"

#include "review/supervisedagencies.h"
#include "storage/agencydirectory.h"
#include "storage/reportstore.h"

#include <algorithm>

namespace nianbao {

StoreResult<CountySummary> SummarySource::load(ReportStore &store, int year,
                                               const std::optional<User> &viewer)
{
    StoreTransaction transaction(store.connection(), StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<QList<Agency>> agencies = AgencyDirectory(store.connection()).agencies();
    if (!agencies)
        return agencies.error();
    const QSet<QString> supervised = SupervisedAgencies::namesOf(agencies.value(), viewer);
    StoreResult<QList<ReportSummary>> reports = store.listReports();
    if (!reports)
        return reports.error();
    reports->removeIf([&](const ReportSummary &summary) {
        return summary.year > year || !supervised.contains(summary.agency);
    });
    int firstYear = year;
    for (const ReportSummary &summary : reports.value())
        firstYear = std::min(firstYear, summary.year);
    // The figures' cells of every report at once, not every report in full (issue 17: 60 agencies
    // × 5 years in 50 ms); damaged ones come back marked.
    const StoreResult<QHash<qint64, StoredFigureCells>> figures = store.figureCells(firstYear, year);
    if (!figures)
        return figures.error();
    QList<SummaryEntry> entries;
    for (const ReportSummary &summary : reports.value())
        entries.append(SummaryEntry::of(summary, figures->value(summary.id)));
    return CountySummary::build(year, entries);
}

} // namespace nianbao
