// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"
#include "storelocation.h"
#include "storetransaction.h"

#include <QStringList>

class QSqlDatabase;
class QSqlError;

namespace nianbao {

class StoreConnection;
struct SchemaStep;

/**
 * Everything that differs between the database systems a store can live in, in one place: how to
 * connect and check a database, where the schema version is kept, how a schema step is written
 * (types, triggers), how a transaction begins and locks the row it changes, and what a failure
 * means for the user. The store and the review speak portable SQL (prepared statements with bound
 * values, `INSERT … ON CONFLICT`, `RETURNING id`) and ask the dialect for the rest; there is no
 * `if (postgres)` anywhere else.
 *
 * One stateless instance per backend (of()); a connection keeps a reference to its dialect.
 */
class SqlDialect
{
    Q_DISABLE_COPY_MOVE(SqlDialect)
public:
    virtual ~SqlDialect() = default;

    static const SqlDialect &of(Backend backend);

    virtual Backend backend() const = 0;
    /// The Qt SQL driver (QSQLITE, QPSQL).
    virtual QString driverName() const = 0;

    // Opening

    /// Checks the location and opens the connection to it.
    virtual StoreResult<void> connect(StoreConnection &connection, const StoreLocation &location,
                                      bool readOnly) const = 0;
    /// The schema version the database is at; 0 for a database Nianbao never wrote.
    virtual StoreResult<int> schemaVersion(StoreConnection &connection) const = 0;
    virtual StoreResult<void> setSchemaVersion(StoreConnection &connection, int version) const = 0;
    /// Whether a database at schema version 0 holds another program's tables.
    virtual StoreResult<bool> holdsOtherTables(StoreConnection &connection) const = 0;
    /// Refuses a damaged database before anything writes to it.
    virtual StoreResult<void> checkIntegrity(StoreConnection &connection) const = 0;
    /// Every page and index checked (slow: `nianbao db check`); one line per problem found.
    virtual StoreResult<QStringList> integrityProblems(StoreConnection &connection) const = 0;
    /// Session settings once the database is known to be good.
    virtual StoreResult<void> configure(StoreConnection &connection, bool readOnly) const = 0;
    /// Whether the database knows who is connected (a server's login) and names them itself where
    /// the program may not write (a deleted draft's row in the office's log); in a file the store
    /// names whom it acts as.
    virtual bool knowsLogin() const = 0;
    /// Whether opening a database may create or upgrade its schema. On a server only the
    /// administrator's `nianbao server init` does, with rights the users do not have.
    virtual bool migratesOnOpen() const = 0;

    // Schema

    /// The statements of one migration step in this dialect; none when the step is for another.
    virtual QStringList statements(const SchemaStep &step) const = 0;

    // Statements

    virtual QString begin(StoreTransaction::Mode mode) const = 0;
    /// Ends a SELECT that reads rows of the table alias which the transaction is about to change,
    /// so that a concurrent edit of the same report waits instead of overwriting.
    virtual QString lockRows(QStringView alias) const = 0;
    /// After rows were written with the ids they had elsewhere (db copy): what makes the table's
    /// next id follow them.
    virtual QStringList afterExplicitIds(const QString &table) const = 0;
    /// After many rows were written at once: what lets the query planner know the tables' new sizes
    /// and values now, not when the database's background work gets to it.
    virtual QString afterBulkWrite() const = 0;
    /// Statements that change rows and return nothing, joined into one that makes every change
    /// (their `?` in the same order); empty where the database runs one statement at a time.
    virtual QString combinedWrites(const QStringList &statements) const = 0;
    /// Whether results are read row by row from the driver (cheaper) or fetched whole.
    virtual bool forwardOnly() const = 0;

    // Changes made by other connections
    /// Subscribes the connection to the notifications other connections send when a report is
    /// added or changes status; false when the database sends none and the caller must compare
    /// changeStamp() from time to time.
    virtual bool listenForChanges(StoreConnection &connection) const = 0;
    /// A value that differs after another connection committed a change.
    virtual StoreResult<qint64> changeStamp(StoreConnection &connection) const = 0;
    /// The notification channel of listenForChanges().
    static QString changeChannel();

    /// `INSERT … ON CONFLICT (keys) DO UPDATE` of every other column.
    static QString upsert(QStringView table, const QStringList &columns, const QStringList &keys);
    /// `INSERT … ON CONFLICT (keys) DO NOTHING`: an existing row stays as it is.
    static QString insertUnlessPresent(QStringView table, const QStringList &columns,
                                       const QStringList &keys);

    // Failures

    /// What a failed statement means, with a message for the user.
    virtual StoreError error(const QSqlError &error) const = 0;
    /// Which program holds the lock a Busy failure waited for ("nianbao import … (pid 1234)"); empty
    /// when the database cannot tell.
    virtual QString lockHolder(const QSqlDatabase &database) const;

protected:
    SqlDialect() = default;
    /// Replaces the type words of a portable schema statement ({id}, {bigint}, {norowid}).
    static QString withTypes(QString sql, QStringView id, QStringView bigint, QStringView withoutRowid);
};

} // namespace nianbao
