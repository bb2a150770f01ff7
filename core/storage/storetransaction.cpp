// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetransaction.h"

#include "sqldialect.h"
#include "storeconnection.h"
#include "storelog.h"

namespace nianbao {

StoreTransaction::StoreTransaction(StoreConnection &connection, Mode mode)
    : m_connection(connection)
{
    if (m_connection.m_depth > 0)
        m_savepoint = QStringLiteral("nested%1").arg(m_connection.m_depth);
    const QString begin = m_savepoint.isEmpty() ? m_connection.dialect().begin(mode)
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint;
    const StoreResult<void> result = m_connection.run(begin);
    if (!result) {
        m_error = result.error();
        return;
    }
    m_active = true;
    ++m_connection.m_depth;
}

StoreTransaction::~StoreTransaction()
{
    if (m_active)
        rollback();
}

StoreResult<void> StoreTransaction::commit()
{
    if (!m_active)
        return m_error;
    const StoreResult<void> result = m_connection.run(
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!result)
        return result.error(); // still active: the destructor rolls back
    m_active = false;
    --m_connection.m_depth;
    return {};
}

void StoreTransaction::rollback()
{
    StoreResult<void> result = m_connection.run(
        m_savepoint.isEmpty() ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO ") + m_savepoint);
    // A savepoint that was rolled back to stays open until it is released.
    if (result && !m_savepoint.isEmpty())
        result = m_connection.run(QStringLiteral("RELEASE ") + m_savepoint);
    if (!result)
        qCWarning(lcStore) << "rollback failed:" << result.error().message;
    m_active = false;
    --m_connection.m_depth;
}

} // namespace nianbao
