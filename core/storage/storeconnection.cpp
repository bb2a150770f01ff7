// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeconnection.h"

#include <QSqlRecord>

#include "sqldialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>

namespace nianbao {

namespace {

// The joined statements kept prepared per connection: an edit has a few shapes, a paste one per
// number of cells it changes; beyond this, writes of a new shape run one by one.
constexpr int MaxCombinedStatements = 32;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("nianbao.store.%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

StoreQuery::StoreQuery(std::shared_ptr<PreparedStatement> statement)
    : m_statement(std::move(statement))
{}

StoreQuery::StoreQuery(StoreQuery &&other) noexcept
    : m_statement(std::move(other.m_statement))
{}

StoreQuery &StoreQuery::operator=(StoreQuery &&other) noexcept
{
    if (this != &other) {
        finish();
        m_statement = std::move(other.m_statement);
    }
    return *this;
}

StoreQuery::~StoreQuery()
{
    finish();
}

QStringList StoreQuery::columns() const
{
    const QSqlRecord record = m_statement->query.record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

void StoreQuery::finish()
{
    if (!m_statement)
        return;
    m_statement->query.finish();
    m_statement->inUse = false;
    m_statement.reset();
}

StoreConnection::StoreConnection(const SqlDialect &dialect)
    : m_dialect(dialect)
    , m_name(uniqueConnectionName())
    , m_database(QSqlDatabase::addDatabase(dialect.driverName(), m_name))
{}

StoreConnection::~StoreConnection()
{
    forgetStatements();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void StoreConnection::forgetStatements()
{
    m_statements.clear();
    m_combinedStatements = 0;
}

StoreError StoreConnection::error(const QSqlError &error) const
{
    StoreError failure = m_dialect.error(error);
    // Asked now, while the holder still holds the lock.
    if (failure.code == StoreError::Code::Busy) {
        if (const QString holder = m_dialect.lockHolder(m_database); !holder.isEmpty())
            failure.message +=
                u' ' + QCoreApplication::translate("nianbao::ReportStore", "It is held by %1.").arg(holder);
    }
    return failure;
}

StoreResult<std::shared_ptr<PreparedStatement>> StoreConnection::prepare(const QString &sql)
{
    auto statement = std::make_shared<PreparedStatement>(PreparedStatement{QSqlQuery(m_database), false});
    statement->query.setForwardOnly(m_dialect.forwardOnly());
    ++m_statementsSent;
    if (!statement->query.prepare(sql))
        return error(statement->query.lastError());
    return statement;
}

StoreResult<StoreQuery> StoreConnection::exec(const QString &sql, const QVariantList &values)
{
    std::shared_ptr<PreparedStatement> statement = m_statements.value(sql);
    // A statement still being read further up the stack is not disturbed: a copy of its own runs.
    if (!statement || statement->inUse) {
        StoreResult<std::shared_ptr<PreparedStatement>> prepared = prepare(sql);
        if (!prepared)
            return prepared.error();
        statement = std::move(prepared.value());
        if (!m_statements.contains(sql))
            m_statements.insert(sql, statement);
    }
    QSqlQuery &query = statement->query;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    ++m_statementsSent;
    if (!query.exec()) {
        const StoreError failure = error(query.lastError());
        query.finish();
        return failure;
    }
    statement->inUse = true;
    return StoreQuery(std::move(statement));
}

StoreResult<qint64> StoreConnection::insert(const QString &sql, const QVariantList &values)
{
    StoreResult<StoreQuery> query = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!query)
        return query.error();
    if (!query->next())
        return StoreError{StoreError::Code::Failed,
                          QCoreApplication::translate("nianbao::ReportStore",
                                                      "The database did not say which row it added."),
                          {}};
    return query->value(0).toLongLong();
}

StoreResult<void> StoreConnection::run(const QString &sql)
{
    QSqlQuery query(m_database);
    ++m_statementsSent;
    if (!query.exec(sql))
        return error(query.lastError());
    return {};
}

StoreResult<void> StoreConnection::execWrites(const QList<StoreWrite> &writes)
{
    QStringList statements;
    QVariantList values;
    for (const StoreWrite &write : writes) {
        statements.append(write.sql);
        values += write.values;
    }
    const QString combined = writes.size() > 1 ? m_dialect.combinedWrites(statements) : QString();
    const bool known = m_statements.contains(combined);
    if (!combined.isEmpty() && (known || m_combinedStatements < MaxCombinedStatements)) {
        const StoreResult<StoreQuery> done = exec(combined, values);
        if (!known && m_statements.contains(combined))
            ++m_combinedStatements;
        if (!done)
            return done.error();
        return {};
    }
    for (const StoreWrite &write : writes) {
        if (const StoreResult<StoreQuery> done = exec(write.sql, write.values); !done)
            return done.error();
    }
    return {};
}

} // namespace nianbao
