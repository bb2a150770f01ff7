// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"
#include "storage/storeerror.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace nianbao {

class Report;
class ReportStore;

/**
 * Counts the findings of the stored reports whose counts are missing or were computed by other
 * rules (Validator::rulesVersion() changed with a new version of Nianbao), so that the report list
 * shows every count. It works in the background on the event loop, in slices of a few
 * milliseconds, so the window stays responsive, and reports its progress. Each report is read and
 * validated outside any transaction; the counts of a slice are then written in one short
 * transaction, and only for reports still at the revision that was counted (an edit meanwhile
 * brought its own counts).
 */
class CountRefresher : public QObject
{
    Q_OBJECT
public:
    explicit CountRefresher(ReportStore &store, QObject *parent = nullptr);

    /// The counts of a report that is about to be stored, with the stored report of the year before.
    static StoreResult<StampedCounts> countFor(ReportStore &store, const Report &report);

    /// Finds the stale reports and starts counting them; returns how many there are.
    StoreResult<int> start();
    bool isRunning() const { return m_timer.isActive(); }
    /// Counts reports for about budget; false when none is left. start() calls it from the event
    /// loop; tests call it directly.
    bool step(std::chrono::milliseconds budget);

Q_SIGNALS:
    void progress(int done, int total);
    /// The counts of one report were stored.
    void counted(qint64 reportId, const FindingCounts &counts);
    void failed(const QString &message);
    void finished();

private:
    ReportStore &m_store;
    QList<qint64> m_pending;
    int m_done = 0;
    int m_total = 0;
    QTimer m_timer;
};

} // namespace nianbao
