// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

namespace nianbao {

class StoreConnection;

/**
 * Guard of one transaction: it rolls back when it goes out of scope unless commit() succeeded, so
 * an early return or a failed statement never leaves half an edit behind. Inside another
 * transaction of the same connection it becomes a savepoint, so a batch (e.g. importing many
 * reports in one transaction) can wrap operations that have transactions of their own.
 */
class StoreTransaction
{
    Q_DISABLE_COPY_MOVE(StoreTransaction)
public:
    enum class Mode : quint8 {
        Read,  ///< a consistent snapshot for several reads
        Write, ///< takes the write lock at once, so a read-then-write edit cannot deadlock
    };

    StoreTransaction(StoreConnection &connection, Mode mode);
    ~StoreTransaction();

    /// Whether the transaction began; otherwise error() says why.
    bool isActive() const { return m_active; }
    const StoreError &error() const { return m_error; }

    StoreResult<void> commit();

private:
    void rollback();

    StoreConnection &m_connection;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_active = false;
    StoreError m_error;
};

} // namespace nianbao
