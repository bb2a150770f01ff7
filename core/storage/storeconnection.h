// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace nianbao {

/**
 * The SQLite connection of one store, under a name of its own so that many stores (tests, two
 * windows) coexist; Qt's default connection is never used. It also counts how deeply transactions
 * nest, so that StoreTransaction can use savepoints inside an outer transaction.
 */
class StoreConnection
{
    Q_DISABLE_COPY_MOVE(StoreConnection)
public:
    /// Adds a connection to the SQLite file at path, not yet open.
    explicit StoreConnection(const QString &path);
    ~StoreConnection();

    QSqlDatabase &database() { return m_database; }
    const QString &name() const { return m_name; }
    int depth() const { return m_depth; }

    /// Prepares sql, binds values in order and runs it.
    StoreResult<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});

private:
    friend class StoreTransaction;
    QString m_name;
    QSqlDatabase m_database;
    int m_depth = 0;
};

} // namespace nianbao
