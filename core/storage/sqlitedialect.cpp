// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedialect.h"

#include "lockholder.h"
#include "storeconnection.h"
#include "storeschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace nianbao {

namespace {

// How long a writer waits for another one. Transactions are short (reading and checking happen before
// them), so a longer wait means something holds the lock on purpose; then the error names it.
constexpr int BusyTimeoutMs = 20000;

// Primary SQLite result codes (sqlite3.h); the driver reports them, possibly extended, as text.
enum SqliteCode : int {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADatabase = 26,
};

StoreError failure(StoreError::Code code, const QString &message)
{
    return StoreError{code, message, {}};
}

StoreResult<QVariant> pragma(StoreConnection &connection, const QString &name)
{
    StoreResult<StoreQuery> query = connection.exec(QStringLiteral("PRAGMA ") + name);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

StoreResult<void> SqliteDialect::connect(StoreConnection &connection, const StoreLocation &location,
                                         bool readOnly) const
{
    const QFileInfo info(location.path);
    const QString shownPath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists()) {
        QFile file(location.path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly))
            return failure(StoreError::Code::CannotOpen,
                           tr("The database %1 cannot be read.").arg(shownPath));
        // SQLite would report a foreign file only on first use; the header says it at once.
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return failure(StoreError::Code::NotADatabase,
                           tr("The file %1 is not a Nianbao database. It was left as it is.").arg(shownPath));
        if (!readOnly && !info.isWritable())
            return failure(
                StoreError::Code::ReadOnly,
                tr("The database %1 is read-only; changes could not be saved. Open it read-only or "
                   "give yourself write access.")
                    .arg(shownPath));
    } else if (readOnly) {
        return failure(StoreError::Code::CannotOpen, tr("The database %1 does not exist.").arg(shownPath));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return failure(
            StoreError::Code::CannotOpen,
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QSqlDatabase &database = connection.database();
    database.setDatabaseName(location.path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    // A connection opened read-only cannot remove the write-ahead log and its index when it closes:
    // every command that only reads would leave them beside the database. Where the file and its
    // folder may be written, the reading connection is an ordinary one that SQLite keeps from
    // writing (query_only), which removes them as the last connection.
    const bool mayWrite = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    if (readOnly && !mayWrite)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    database.setConnectOptions(options);
    if (!database.open())
        return error(database.lastError());
    if (readOnly && mayWrite)
        return connection.run(QStringLiteral("PRAGMA query_only = ON"));
    return {};
}

StoreResult<int> SqliteDialect::schemaVersion(StoreConnection &connection) const
{
    const StoreResult<QVariant> version = pragma(connection, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

StoreResult<void> SqliteDialect::setSchemaVersion(StoreConnection &connection, int version) const
{
    // A pragma takes no bound values; the number comes from the migration table, not from input.
    return connection.run(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

StoreResult<bool> SqliteDialect::holdsOtherTables(StoreConnection &connection) const
{
    StoreResult<StoreQuery> tables = connection.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();
    return tables->next() && tables->value(0).toInt() > 0;
}

StoreResult<void> SqliteDialect::checkIntegrity(StoreConnection &connection) const
{
    const StoreResult<QVariant> check = pragma(connection, QStringLiteral("quick_check"));
    if (!check)
        return check.error();
    const QString verdict = check->toString();
    if (verdict == u"ok")
        return {};
    // The verdict lists every damaged page; the first lines say enough.
    const QString summary = verdict.split(u'\n', Qt::SkipEmptyParts).mid(0, 2).join(u' ');
    return failure(
        StoreError::Code::Corrupt,
        tr("The database is damaged (%1). It was left as it is; restore it from a backup.").arg(summary));
}

StoreResult<QStringList> SqliteDialect::integrityProblems(StoreConnection &connection) const
{
    StoreResult<StoreQuery> check = connection.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    return problems;
}

StoreResult<void> SqliteDialect::configure(StoreConnection &connection, bool readOnly) const
{
    // WAL lets readers (another window, the list) run beside the writer; FULL syncs every commit,
    // so an edit that returned is on disk.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString &statement : std::as_const(pragmas)) {
        if (const StoreResult<void> done = connection.run(statement); !done)
            return done;
    }
    return {};
}

QStringList SqliteDialect::statements(const SchemaStep &step) const
{
    if (step.backend && *step.backend != Backend::Sqlite)
        return {};
    switch (step.kind) {
    case SchemaStep::Kind::Sql:
        return {withTypes(step.sql, u"INTEGER PRIMARY KEY", u"INTEGER", u" WITHOUT ROWID")};
    case SchemaStep::Kind::DropGuard:
        return {QStringLiteral("DROP TRIGGER %1").arg(step.name)};
    case SchemaStep::Kind::Follow:
        return {QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW%4 BEGIN %5; END")
                    .arg(step.name, step.event, step.table,
                         step.condition.isEmpty() ? QString() : QStringLiteral(" WHEN ") + step.condition,
                         step.sql)};
    case SchemaStep::Kind::Guard:
        break;
    }
    return {QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3%4 BEGIN SELECT RAISE(ABORT, '%5'); END")
                .arg(step.name, step.event, step.table,
                     step.condition.isEmpty() ? QString() : QStringLiteral(" WHEN ") + step.condition,
                     step.message)};
}

StoreResult<qint64> SqliteDialect::changeStamp(StoreConnection &connection) const
{
    const StoreResult<QVariant> version = pragma(connection, QStringLiteral("data_version"));
    if (!version)
        return version.error();
    return version->toLongLong();
}

QString SqliteDialect::begin(StoreTransaction::Mode mode) const
{
    return mode == StoreTransaction::Mode::Write ? QStringLiteral("BEGIN IMMEDIATE")
                                                 : QStringLiteral("BEGIN");
}

StoreError SqliteDialect::error(const QSqlError &error) const
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (numeric ? code : 0) {
    case SqliteBusy:
    case SqliteLocked:
        return failure(StoreError::Code::Busy,
                       tr("The database is locked by another program. Try again in a moment."));
    case SqliteReadOnly:
        return failure(StoreError::Code::ReadOnly, tr("The database is read-only; nothing was changed."));
    case SqliteFull:
        return failure(StoreError::Code::DiskFull,
                       tr("The disk is full; the last change was not saved. Free some space and try again."));
    case SqliteCorrupt:
        return failure(
            StoreError::Code::Corrupt,
            tr("The database is damaged (%1). It was left as it is; restore it from a backup.").arg(detail));
    case SqliteNotADatabase:
        return failure(StoreError::Code::NotADatabase, tr("The file is not a Nianbao database."));
    case SqliteCantOpen:
        return failure(StoreError::Code::CannotOpen,
                       tr("The database file cannot be opened (%1).").arg(detail));
    case SqliteConstraint:
        if (const std::optional<StoreError> guarded = StoreError::fromGuard(detail))
            return *guarded;
        break;
    case SqliteIoError:
        return failure(StoreError::Code::Failed,
                       tr("The database file could not be read or written (%1).").arg(detail));
    default:
        break;
    }
    return failure(StoreError::Code::Failed, tr("The database reported an error: %1").arg(detail));
}

QString SqliteDialect::lockHolder(const QSqlDatabase &database) const
{
    return LockHolder::of(database.databaseName());
}

} // namespace nianbao
