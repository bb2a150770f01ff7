// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeconnection.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace nianbao {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("nianbao.store.%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

StoreConnection::StoreConnection(const QString &path)
    : m_name(uniqueConnectionName())
    , m_database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
{
    m_database.setDatabaseName(path);
}

StoreConnection::~StoreConnection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

StoreResult<QSqlQuery> StoreConnection::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return StoreError::fromSql(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::fromSql(query.lastError());
    return query;
}

} // namespace nianbao
