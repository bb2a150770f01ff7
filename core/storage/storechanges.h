// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace nianbao {

class ReportStore;

/**
 * Tells a window that someone else added a report or changed one's status — a clerk in another
 * township submitting while the supervisor has the year's overview open. On a server the database
 * notifies (LISTEN/NOTIFY); an SQLite file tells nobody, so its change stamp is compared every few
 * seconds. Bursts (a whole import) become one reportsChanged().
 */
class StoreChanges : public QObject
{
    Q_OBJECT
public:
    /// Listens on the store's connection; the store outlives this.
    explicit StoreChanges(ReportStore &store, QObject *parent = nullptr);

    /// Whether the database itself notifies (false: the change stamp is polled).
    bool notified() const { return m_notified; }

    static constexpr int PollInterval = 3000;
    static constexpr int QuietInterval = 300;

Q_SIGNALS:
    void reportsChanged();

private:
    void poll();

    ReportStore &m_store;
    bool m_notified = false;
    qint64 m_stamp = -1;
    QTimer m_poll;
    QTimer m_quiet;
};

} // namespace nianbao
