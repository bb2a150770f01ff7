// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

namespace nianbao {

/**
 * SQLite, one file on one PC: the schema version in `PRAGMA user_version`, WAL with a full sync at
 * every commit (an edit that returned is on disk), the write lock taken when a write transaction
 * begins (BEGIN IMMEDIATE, so read-then-write never deadlocks), guards as triggers that RAISE, and
 * failures told apart by SQLite's result codes. The store upgrades the file when it opens it.
 */
class SqliteDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
public:
    Backend backend() const override { return Backend::Sqlite; }
    QString driverName() const override;

    StoreResult<void> connect(StoreConnection &connection, const StoreLocation &location,
                              bool readOnly) const override;
    StoreResult<int> schemaVersion(StoreConnection &connection) const override;
    StoreResult<void> setSchemaVersion(StoreConnection &connection, int version) const override;
    StoreResult<bool> holdsOtherTables(StoreConnection &connection) const override;
    StoreResult<void> checkIntegrity(StoreConnection &connection) const override;
    StoreResult<QStringList> integrityProblems(StoreConnection &connection) const override;
    StoreResult<void> configure(StoreConnection &connection, bool readOnly) const override;
    bool knowsLogin() const override { return false; }
    bool migratesOnOpen() const override { return true; }

    QStringList statements(const SchemaStep &step) const override;

    QString begin(StoreTransaction::Mode mode) const override;
    QString lockRows(QStringView) const override { return {}; }
    /// In the program's own process a statement costs no round trip; SQLite has no way to join them.
    QString combinedWrites(const QStringList &) const override { return {}; }
    bool forwardOnly() const override { return true; }
    QString afterBulkWrite() const override { return QStringLiteral("PRAGMA optimize"); }
    /// An INTEGER PRIMARY KEY continues after the largest id by itself.
    QStringList afterExplicitIds(const QString &) const override { return {}; }
    /// SQLite tells no other process; `PRAGMA data_version` changes when another one commits.
    bool listenForChanges(StoreConnection &) const override { return false; }
    StoreResult<qint64> changeStamp(StoreConnection &connection) const override;

    StoreError error(const QSqlError &error) const override;
    QString lockHolder(const QSqlDatabase &database) const override;
};

} // namespace nianbao
