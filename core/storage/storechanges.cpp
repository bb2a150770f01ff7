// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storechanges.h"

#include "reportstore.h"
#include "sqldialect.h"
#include "storeconnection.h"

#include <QSqlDriver>

namespace nianbao {

StoreChanges::StoreChanges(ReportStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietInterval);
    connect(&m_quiet, &QTimer::timeout, this, &StoreChanges::reportsChanged);

    StoreConnection &connection = store.connection();
    m_notified = connection.dialect().listenForChanges(connection);
    if (m_notified) {
        // Our own changes are already shown by whoever made them.
        connect(connection.database().driver(), &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource source) {
                    if (channel == SqlDialect::changeChannel() && source != QSqlDriver::SelfSource)
                        m_quiet.start();
                });
        return;
    }
    if (const StoreResult<qint64> stamp = connection.dialect().changeStamp(connection))
        m_stamp = stamp.value();
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, &StoreChanges::poll);
    m_poll.start();
}

void StoreChanges::poll()
{
    StoreConnection &connection = m_store.connection();
    // Inside a transaction the stamp is the transaction's own view.
    if (connection.depth() > 0)
        return;
    const StoreResult<qint64> stamp = connection.dialect().changeStamp(connection);
    if (!stamp || stamp.value() == m_stamp)
        return;
    m_stamp = stamp.value();
    m_quiet.start();
}

} // namespace nianbao
