// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarysource.h"

#include "storage/reportstore.h"

namespace nianbao {

StoreResult<CountySummary> SummarySource::load(ReportStore &store, int year)
{
    StoreTransaction transaction(store.connection(), StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<QList<ReportSummary>> reports = store.listReports();
    if (!reports)
        return reports.error();
    QList<SummaryEntry> entries;
    for (const ReportSummary &summary : reports.value()) {
        if (summary.year > year)
            continue;
        const StoreResult<StoredReport> stored = store.loadReport(summary.id);
        if (!stored)
            return stored.error();
        entries.append(SummaryEntry::of(summary, stored->report));
    }
    return CountySummary::build(year, entries);
}

} // namespace nianbao
