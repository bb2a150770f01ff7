// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace nianbao {

class SqlDialect;
class StoreConnection;

/// A statement a connection keeps prepared, and whether a StoreQuery is reading it now.
struct PreparedStatement
{
    QSqlQuery query;
    bool inUse = false;
};

/**
 * The result of one statement, read row by row. The statement stays prepared in its connection
 * for the next call with the same SQL; the query is reset (and its locks released) when this goes
 * out of scope or finish() is called.
 */
class StoreQuery
{
    Q_DISABLE_COPY(StoreQuery)
public:
    StoreQuery(StoreQuery &&other) noexcept;
    StoreQuery &operator=(StoreQuery &&other) noexcept;
    ~StoreQuery();

    bool next() { return m_statement->query.next(); }
    QVariant value(int column) const { return m_statement->query.value(column); }
    bool isNull(int column) const { return m_statement->query.isNull(column); }
    int rowsAffected() const { return m_statement->query.numRowsAffected(); }
    /// The names of the result's columns.
    QStringList columns() const;
    /// Ends reading before the last row.
    void finish();

private:
    friend class StoreConnection;
    explicit StoreQuery(std::shared_ptr<PreparedStatement> statement);

    std::shared_ptr<PreparedStatement> m_statement;
};

/// A statement that changes rows and returns nothing, with its values in order.
struct StoreWrite
{
    QString sql;
    QVariantList values;
};

/**
 * The connection of one store, under a name of its own so that many stores (tests, two windows)
 * coexist; Qt's default connection is never used. It keeps each statement prepared once, speaks
 * to the database in the store's SqlDialect, and counts how deeply transactions nest, so that
 * StoreTransaction can use savepoints inside an outer transaction.
 */
class StoreConnection
{
    Q_DISABLE_COPY_MOVE(StoreConnection)
public:
    /// Adds a connection through the dialect's driver, not yet open.
    explicit StoreConnection(const SqlDialect &dialect);
    ~StoreConnection();

    QSqlDatabase &database() { return m_database; }
    const QString &name() const { return m_name; }
    const SqlDialect &dialect() const { return m_dialect; }
    int depth() const { return m_depth; }

    /// Prepares sql (once per connection), binds values in order and runs it.
    StoreResult<StoreQuery> exec(const QString &sql, const QVariantList &values = {});
    /// Runs an INSERT with values and returns the id the database gave the new row.
    StoreResult<qint64> insert(const QString &sql, const QVariantList &values);
    /// Runs sql as it is, unprepared: schema changes and transaction control.
    StoreResult<void> run(const QString &sql);
    /// Runs the writes in order, all or (with the transaction they are part of) none; as one
    /// statement where the dialect can join them, so that a server is asked once, not once each.
    StoreResult<void> execWrites(const QList<StoreWrite> &writes);
    /// How often the database was asked to prepare or run a statement so far: on a server, each
    /// time is a round trip over the network.
    qint64 statementsSent() const { return m_statementsSent; }
    /// The failure of a statement in the dialect's words.
    StoreError error(const QSqlError &error) const;
    /// Drops every prepared statement (before the schema changes, and on closing).
    void forgetStatements();

private:
    friend class StoreTransaction;
    StoreResult<std::shared_ptr<PreparedStatement>> prepare(const QString &sql);

    const SqlDialect &m_dialect;
    QString m_name;
    QSqlDatabase m_database;
    QHash<QString, std::shared_ptr<PreparedStatement>> m_statements;
    int m_combinedStatements = 0; ///< how many of m_statements execWrites joined
    int m_depth = 0;
    qint64 m_statementsSent = 0;
};

} // namespace nianbao
