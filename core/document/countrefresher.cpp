// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrefresher.h"

#include "storage/reportstore.h"
#include "validation/validator.h"

#include <QElapsedTimer>

namespace nianbao {

namespace {

// Short enough that typing in the editor never waits for a slice.
constexpr std::chrono::milliseconds SliceBudget{8};

struct Counted
{
    qint64 reportId = 0;
    int revision = 0;
    StampedCounts counts;
};

} // namespace

CountRefresher::CountRefresher(ReportStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!step(SliceBudget))
            m_timer.stop();
    });
}

StoreResult<StampedCounts> CountRefresher::countFor(ReportStore &store, const Report &report)
{
    std::optional<Report> previous;
    const StoreResult<qint64> previousId = store.findReport(report.meta.agencyName, report.meta.year - 1);
    if (previousId) {
        const StoreResult<StoredReport> stored = store.loadReport(previousId.value());
        if (!stored)
            return stored.error();
        previous = stored->report;
    } else if (previousId.error().code != StoreError::Code::NotFound) {
        return previousId.error();
    }
    return Validator::count(report, previous ? &*previous : nullptr);
}

StoreResult<int> CountRefresher::start()
{
    const StoreResult<QList<qint64>> stale = m_store.staleCounts(Validator::rulesVersion());
    if (!stale)
        return stale.error();
    m_pending = stale.value();
    m_done = 0;
    m_total = int(m_pending.size());
    if (m_total > 0) {
        Q_EMIT progress(0, m_total);
        m_timer.start();
    }
    return m_total;
}

bool CountRefresher::step(std::chrono::milliseconds budget)
{
    if (m_pending.isEmpty())
        return false;
    QElapsedTimer clock;
    clock.start();
    QList<Counted> slice;
    while (!m_pending.isEmpty() && (slice.isEmpty() || clock.durationElapsed() < budget)) {
        const qint64 id = m_pending.takeFirst();
        const StoreResult<StoredReport> stored = m_store.loadReport(id);
        if (!stored) {
            // Gone meanwhile (or unreadable, which opening it will say): nothing to count.
            if (stored.error().code != StoreError::Code::NotFound)
                Q_EMIT failed(stored.error().message);
            continue;
        }
        const StoreResult<std::optional<StoredReport>> previous = m_store.previousReport(id);
        const Report *before = previous && previous.value() ? &previous.value()->report : nullptr;
        slice.append({id, stored->revision, Validator::count(stored->report, before)});
    }
    QList<Counted> saved;
    {
        StoreTransaction transaction = m_store.batch();
        for (const Counted &item : std::as_const(slice)) {
            const StoreResult<bool> kept = m_store.saveCounts(item.reportId, item.revision, item.counts);
            if (!kept) {
                Q_EMIT failed(kept.error().message);
                m_pending.clear();
                return false;
            }
            if (kept.value())
                saved.append(item);
        }
        if (const StoreResult<void> committed = transaction.commit(); !committed) {
            Q_EMIT failed(committed.error().message);
            m_pending.clear();
            return false;
        }
    }
    for (const Counted &item : std::as_const(saved))
        Q_EMIT counted(item.reportId, item.counts.counts);
    m_done += int(slice.size());
    Q_EMIT progress(m_done, m_total);
    if (!m_pending.isEmpty())
        return true;
    Q_EMIT finished();
    return false;
}

} // namespace nianbao
