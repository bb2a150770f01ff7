// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdialect.h"

#include "storeconnection.h"
#include "storeschema.h"

#include <QSqlDriver>
#include <QSqlError>

namespace nianbao {

namespace {

// Seconds libpq waits for a server that does not answer.
constexpr int ConnectTimeoutSeconds = 10;
// How long a statement waits for a row another session holds, like SQLite's busy timeout.
constexpr int LockTimeoutMs = 5000;

StoreError failure(StoreError::Code code, const QString &message)
{
    return StoreError{code, message, {}};
}

QString detailOf(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.trimmed();
}

bool mentions(const QString &text, std::initializer_list<QLatin1StringView> phrases)
{
    for (const QLatin1StringView phrase : phrases) {
        if (text.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

StoreResult<void> PostgresDialect::connect(StoreConnection &connection, const StoreLocation &location,
                                           bool) const
{
    QSqlDatabase &database = connection.database();
    database.setDatabaseName(location.database);
    if (!location.host.isEmpty())
        database.setHostName(location.host);
    if (location.port > 0)
        database.setPort(location.port);
    if (!location.user.isEmpty())
        database.setUserName(location.user);
    // Without a typed password libpq looks in PGPASSWORD and ~/.pgpass, like every client.
    if (!location.password.isEmpty())
        database.setPassword(location.password);
    database.setConnectOptions(
        QStringLiteral("connect_timeout=%1;application_name=nianbao").arg(ConnectTimeoutSeconds));
    if (!database.open())
        return connectionError(database.lastError(), location);
    return {};
}

StoreError PostgresDialect::connectionError(const QSqlError &error, const StoreLocation &location) const
{
    const QString detail = detailOf(error);
    const QString server = location.host.isEmpty() ? tr("the database server") : location.host;
    if (mentions(detail,
                 {QLatin1StringView("password authentication failed"),
                  QLatin1StringView("no password supplied"), QLatin1StringView("authentication failed"),
                  QLatin1StringView("role \""), QLatin1StringView("SCRAM")}))
        return failure(StoreError::Code::AuthenticationFailed,
                       tr("The server %1 did not accept the user name %2 with this password. Check both and "
                          "try again.")
                           .arg(server, location.user));
    if (mentions(detail, {QLatin1StringView("database \"")}) &&
        mentions(detail, {QLatin1StringView("does not exist")}))
        return failure(StoreError::Code::NoSuchDatabase,
                       tr("The server %1 has no database %2. Check the name, or ask the administrator to "
                          "create it (docs: setting up the office server).")
                           .arg(server, location.database));
    if (mentions(detail, {QLatin1StringView("permission denied"), QLatin1StringView("pg_hba.conf"),
                          QLatin1StringView("not permitted")}))
        return failure(StoreError::Code::PermissionDenied,
                       tr("The server %1 does not let %2 use the database %3. Ask the administrator to add "
                          "you as a user.")
                           .arg(server, location.user, location.database));
    return failure(StoreError::Code::Unreachable,
                   tr("The server %1 cannot be reached (%2). Check the network and the server's address and "
                      "port, or ask the administrator whether it is running.")
                       .arg(server, detail));
}

StoreResult<int> PostgresDialect::schemaVersion(StoreConnection &connection) const
{
    StoreResult<StoreQuery> known = connection.exec(
        QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                       " AND table_name = 'nianbao_schema'"));
    if (!known)
        return known.error();
    if (!known->next() || known->value(0).toInt() == 0)
        return 0;
    known->finish();
    StoreResult<StoreQuery> version = connection.exec(QStringLiteral("SELECT version FROM nianbao_schema"));
    if (!version)
        return version.error();
    return version->next() ? version->value(0).toInt() : 0;
}

StoreResult<void> PostgresDialect::setSchemaVersion(StoreConnection &connection, int version) const
{
    if (const StoreResult<void> table = connection.run(
            QStringLiteral("CREATE TABLE IF NOT EXISTS nianbao_schema ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)"));
        !table)
        return table;
    const StoreResult<StoreQuery> stamped = connection.exec(
        upsert(u"nianbao_schema", {QStringLiteral("id"), QStringLiteral("version")}, {QStringLiteral("id")}),
        {1, version});
    if (!stamped)
        return stamped.error();
    return {};
}

StoreResult<bool> PostgresDialect::holdsOtherTables(StoreConnection &connection) const
{
    StoreResult<StoreQuery> tables = connection.exec(QStringLiteral(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    if (!tables)
        return tables.error();
    return tables->next() && tables->value(0).toInt() > 0;
}

StoreResult<void> PostgresDialect::configure(StoreConnection &connection, bool readOnly) const
{
    QStringList settings{QStringLiteral("SET lock_timeout = %1").arg(LockTimeoutMs)};
    if (readOnly)
        settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const QString &setting : std::as_const(settings)) {
        if (const StoreResult<void> done = connection.run(setting); !done)
            return done;
    }
    return {};
}

QStringList PostgresDialect::statements(const SchemaStep &step) const
{
    if (step.backend && *step.backend != Backend::Postgres)
        return {};
    switch (step.kind) {
    case SchemaStep::Kind::Sql:
        return {withTypes(step.sql, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", u"BIGINT", u"")};
    case SchemaStep::Kind::DropGuard:
        return {QStringLiteral("DROP TRIGGER %1 ON %2").arg(step.name, step.table),
                QStringLiteral("DROP FUNCTION %1()").arg(step.name)};
    case SchemaStep::Kind::Follow:
        // Run with the owner's rights; the search path is fixed to the schema so that nobody's
        // temporary table can stand in for one of ours.
        return {
            QStringLiteral(
                "CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $follow$"
                " BEGIN IF %2 THEN %3; END IF; RETURN NULL; END $follow$")
                .arg(step.name,
                     step.condition.isEmpty() ? QStringLiteral("TRUE") : u'(' + step.condition + u')',
                     step.sql),
            QStringLiteral(
                "DO $path$ BEGIN EXECUTE format('ALTER FUNCTION %1() SET search_path = %I, pg_temp',"
                " current_schema()); END $path$")
                .arg(step.name),
            QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
                .arg(step.name, step.event, step.table),
        };
    case SchemaStep::Kind::Guard:
        break;
    }
    // The guard's condition reads NEW and OLD as a trigger function sees them; a BEFORE trigger
    // that returns the row lets the change through.
    return {
        QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $guard$ BEGIN"
                       " IF %2 THEN RAISE EXCEPTION '%3'; END IF;"
                       " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $guard$")
            .arg(step.name, step.condition.isEmpty() ? QStringLiteral("TRUE") : u'(' + step.condition + u')',
                 step.message),
        QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
            .arg(step.name, step.event, step.table),
    };
}

QString PostgresDialect::begin(StoreTransaction::Mode mode) const
{
    return mode == StoreTransaction::Mode::Write
               ? QStringLiteral("BEGIN")
               : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
}

QString PostgresDialect::lockRows(QStringView alias) const
{
    return QStringLiteral(" FOR UPDATE OF ") + alias.toString();
}

QStringList PostgresDialect::afterExplicitIds(const QString &table) const
{
    // An identity column's sequence does not see ids written explicitly.
    return {QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1").arg(table)};
}

QString PostgresDialect::combinedWrites(const QStringList &statements) const
{
    // Data-modifying statements in WITH: each runs once, to completion, on the statement's snapshot,
    // so none of them may depend on another's changes (the store's writes of one edit touch
    // different rows). Their order of execution is not defined: rows whose order matters (the
    // audit log's) go into one multi-row statement.
    QStringList parts;
    for (qsizetype i = 0; i + 1 < statements.size(); ++i)
        parts.append(QStringLiteral("w%1 AS (%2)").arg(i).arg(statements[i]));
    return QStringLiteral("WITH ") + parts.join(QStringLiteral(", ")) + u' ' + statements.last();
}

bool PostgresDialect::listenForChanges(StoreConnection &connection) const
{
    return connection.database().driver()->subscribeToNotification(changeChannel());
}

StoreResult<qint64> PostgresDialect::changeStamp(StoreConnection &connection) const
{
    StoreResult<StoreQuery> query = connection.exec(
        QStringLiteral("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

StoreError PostgresDialect::error(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    const QString detail = detailOf(error);
    if (state == u"P0001") {
        if (const std::optional<StoreError> guarded = StoreError::fromGuard(detail))
            return *guarded;
    } else if (state == u"23505") {
        return failure(StoreError::Code::AlreadyExists,
                       tr("The same entry was stored elsewhere at the same time; look again and retry."));
    } else if (state == u"42710") {
        return failure(StoreError::Code::AlreadyExists,
                       tr("The server has this name already (%1); choose another.").arg(detail));
    } else if (state == u"40001" || state == u"40P01" || state == u"55P03") {
        return failure(StoreError::Code::Busy,
                       tr("The report is being changed elsewhere on the server. Try again in a moment."));
    } else if (state == u"42501") {
        return failure(StoreError::Code::PermissionDenied,
                       tr("The server refused this: your account has no right to do it (%1).").arg(detail));
    } else if (state == u"25006") {
        return failure(StoreError::Code::ReadOnly, tr("The database is read-only; nothing was changed."));
    } else if (state == u"53100") {
        return failure(
            StoreError::Code::DiskFull,
            tr("The server's disk is full; the last change was not saved. Tell the administrator."));
    } else if (state.startsWith(u"08") || state.startsWith(u"57P") ||
               (state.isEmpty() &&
                (error.type() == QSqlError::ConnectionError ||
                 mentions(detail, {QLatin1StringView("connection"), QLatin1StringView("server closed")})))) {
        return failure(StoreError::Code::Unreachable,
                       tr("The connection to the server was lost; nothing of the last change was stored. "
                          "Check the network and try again."));
    }
    return failure(StoreError::Code::Failed, tr("The database reported an error: %1").arg(detail));
}

} // namespace nianbao
