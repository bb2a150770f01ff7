// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

namespace nianbao {

/**
 * PostgreSQL through Qt's QPSQL driver (libpq), an office's server: the schema version in the
 * table nianbao_schema, guards as PL/pgSQL functions called by row triggers, identity columns,
 * transactions in READ COMMITTED that lock the report row they change (SELECT … FOR UPDATE), a
 * read snapshot in REPEATABLE READ, and failures told apart by SQLSTATE — or, for a connection
 * that never came about, by libpq's text. TLS is used when the server offers it (libpq's
 * sslmode=prefer). Only `nianbao server init`, run by an administrator, creates or upgrades the
 * schema.
 */
class PostgresDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
public:
    Backend backend() const override { return Backend::Postgres; }
    QString driverName() const override;

    StoreResult<void> connect(StoreConnection &connection, const StoreLocation &location,
                              bool readOnly) const override;
    StoreResult<int> schemaVersion(StoreConnection &connection) const override;
    StoreResult<void> setSchemaVersion(StoreConnection &connection, int version) const override;
    StoreResult<bool> holdsOtherTables(StoreConnection &connection) const override;
    StoreResult<void> checkIntegrity(StoreConnection &) const override { return {}; }
    /// The server checks its own pages (data checksums, its logs); what Nianbao checks on a server
    /// is the content, by its checksums.
    StoreResult<QStringList> integrityProblems(StoreConnection &) const override { return QStringList(); }
    StoreResult<void> configure(StoreConnection &connection, bool readOnly) const override;
    bool knowsLogin() const override { return true; }
    bool migratesOnOpen() const override { return false; }

    QStringList statements(const SchemaStep &step) const override;

    QString begin(StoreTransaction::Mode mode) const override;
    QString lockRows(QStringView alias) const override;
    QString combinedWrites(const QStringList &statements) const override;
    bool forwardOnly() const override { return false; }
    /// Autovacuum analyses a table a while after it grew; until then a report's content is read by a
    /// plan for an empty table, which under row-level security checks every report (0.6 s a read).
    QString afterBulkWrite() const override { return QStringLiteral("ANALYZE"); }
    QStringList afterExplicitIds(const QString &table) const override;
    /// LISTEN on changeChannel(), which a trigger on reports notifies (migration 8).
    bool listenForChanges(StoreConnection &connection) const override;
    /// Not needed while listening; the transaction counter otherwise.
    StoreResult<qint64> changeStamp(StoreConnection &connection) const override;

    StoreError error(const QSqlError &error) const override;
    /// Why a connection could not be opened, from libpq's text (it has no SQLSTATE then).
    StoreError connectionError(const QSqlError &error, const StoreLocation &location) const;
};

} // namespace nianbao
