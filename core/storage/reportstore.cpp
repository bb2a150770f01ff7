// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstore.h"

#include "format.h"
#include "inputrules.h"
#include "reportjson.h"
#include "storeconnection.h"
#include "storelog.h"
#include "storeschema.h"
#include "validation/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace nianbao {

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr int ConflictLinesShown = 8;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// The driver binds a null QString as SQL NULL; the schema's text columns are NOT NULL.
QVariant textValue(const QString &text)
{
    static const QString empty = QStringLiteral("");
    return text.isNull() ? QVariant(empty) : QVariant(text);
}

StoreError error(StoreError::Code code, const QString &message)
{
    return StoreError{code, message, {}};
}

StoreError locked(ReportStatus status)
{
    return error(StoreError::Code::Locked,
                 status == ReportStatus::Approved
                     ? ReportStore::tr("The report is approved and can no longer be changed.")
                     : ReportStore::tr("The report is submitted for review and cannot be changed until the "
                                       "supervisor returns it."));
}

StoreError notFound(qint64 reportId)
{
    return error(StoreError::Code::NotFound,
                 ReportStore::tr("There is no report %1 in the database.").arg(reportId));
}

AmountUnit unitFromText(const QString &text)
{
    for (const AmountUnit unit : {AmountUnit::Yuan, AmountUnit::WanYuan}) {
        if (unitText(unit) == text)
            return unit;
    }
    return AmountUnit::None;
}

// A cell row: exact units and unit for a number (units NULL for an invalid text), and the text.
struct CellRow
{
    QVariant units;
    QString unit;
    QString text;
};

CellRow encodeCell(const CellValue &value, const ColumnDef &column)
{
    const QString text = value.toText(column.kind, column.unitInCell);
    if (value.isInvalid())
        return {QVariant(QMetaType::fromType<qint64>()), QString(), text};
    return {QVariant(value.number().units()), unitText(value.unit()), text};
}

CellValue decodeCell(const QVariant &units, const QString &unit, const QString &text)
{
    if (units.isNull())
        return CellValue::invalid(text);
    return CellValue::amount(Decimal::fromUnits(units.toLongLong()), unitFromText(unit));
}

QString cellText(const Format &format, int cell, const CellValue &value)
{
    const ColumnDef &column = format.column(cell);
    return value.toText(column.kind, column.unitInCell);
}

struct MetaField
{
    const char *id;
    QString ReportMeta::*text; ///< nullptr for the issue date
};

constexpr MetaField metaFields[] = {
    {"title", &ReportMeta::title},   {"documentNumber", &ReportMeta::documentNumber},
    {"issuer", &ReportMeta::issuer}, {"issueDate", nullptr},
    {"copyTo", &ReportMeta::copyTo}, {"agencyKind", &ReportMeta::agencyKind},
};

QString metaValue(const ReportMeta &meta, const MetaField &field)
{
    return field.text ? meta.*field.text : meta.issueDate.toString(Qt::ISODate);
}

} // namespace

struct ReportStore::ReportRow
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QString agency;
    QString agencyKind;
    int year = 0;
    const Format *format = nullptr;
    ReportStatus status = ReportStatus::Draft;
    int revision = 0;
};

QString ReportStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/nianbao.sqlite");
}

QString ReportStore::systemAccount()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    return QStringLiteral("uid %1").arg(::getuid());
#else
    return QStringLiteral("(unknown account)");
#endif
}

ReportStore::ReportStore(const QString &path, OpenMode mode)
    : m_path(path)
    , m_mode(mode)
    , m_actor(systemAccount())
    , m_connection(std::make_unique<StoreConnection>(path))
{}

ReportStore::~ReportStore() = default;

QString ReportStore::connectionName() const
{
    return m_connection->name();
}

StoreResult<std::unique_ptr<ReportStore>> ReportStore::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists()) {
        QFile file(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly))
            return error(StoreError::Code::CannotOpen, tr("The database %1 cannot be read.").arg(shownPath));
        // SQLite would report a foreign file only on first use; the header says it at once.
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return error(StoreError::Code::NotADatabase,
                         tr("The file %1 is not a Nianbao database. It was left as it is.").arg(shownPath));
        if (mode == OpenMode::ReadWrite && !info.isWritable())
            return error(StoreError::Code::ReadOnly,
                         tr("The database %1 is read-only; changes could not be saved. Open it read-only or "
                            "give yourself write access.")
                             .arg(shownPath));
    } else if (mode == OpenMode::ReadOnly) {
        return error(StoreError::Code::CannotOpen, tr("The database %1 does not exist.").arg(shownPath));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return error(
            StoreError::Code::CannotOpen,
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<ReportStore> store(new ReportStore(path, mode));
    const StoreResult<void> setUp = store->setUp();
    if (!setUp) {
        StoreError failure = setUp.error();
        failure.message = tr("%1: %2").arg(shownPath, failure.message);
        return failure;
    }
    return store;
}

StoreResult<void> ReportStore::setUp()
{
    QSqlDatabase &database = m_connection->database();
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (m_mode == OpenMode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    database.setConnectOptions(options);
    if (!database.open())
        return StoreError::fromSql(database.lastError());

    // Version and integrity are checked before anything writes: a newer or damaged file stays untouched.
    StoreResult<QSqlQuery> version = m_connection->exec(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int fileVersion = version->next() ? version->value(0).toInt() : 0;
    version->finish();
    if (fileVersion > StoreSchema::currentVersion())
        return error(StoreError::Code::NewerVersion,
                     tr("The database was written by a newer version of Nianbao (schema version %1; this "
                        "version knows up to %2). It was not changed; please update Nianbao.")
                         .arg(fileVersion)
                         .arg(StoreSchema::currentVersion()));
    StoreResult<QSqlQuery> check = m_connection->exec(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return check.error();
    const QString verdict = check->next() ? check->value(0).toString() : QString();
    check->finish();
    if (verdict != u"ok") {
        // The verdict lists every damaged page; the first lines say enough.
        const QString summary = verdict.split(u'\n', Qt::SkipEmptyParts).mid(0, 2).join(u' ');
        return error(
            StoreError::Code::Corrupt,
            tr("The database is damaged (%1). It was left as it is; restore it from a backup.").arg(summary));
    }
    if (fileVersion == 0) {
        StoreResult<QSqlQuery> tables =
            m_connection->exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        if (tables->next() && tables->value(0).toInt() > 0)
            return error(
                StoreError::Code::NotADatabase,
                tr("The file is a database of another program, not of Nianbao. It was left as it is."));
    }
    if (m_mode == OpenMode::ReadOnly) {
        if (fileVersion < StoreSchema::currentVersion())
            return error(StoreError::Code::ReadOnly,
                         tr("The database needs an upgrade to this version of Nianbao, which a read-only "
                            "file does not allow."));
        const StoreResult<QSqlQuery> keys = m_connection->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!keys)
            return keys.error();
        return {};
    }

    // WAL lets readers (another window, the list) run beside the writer; FULL syncs every commit,
    // so an edit that returned is on disk.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = FULL")}) {
        const StoreResult<QSqlQuery> result = m_connection->exec(pragma);
        if (!result)
            return result.error();
    }
    return migrate(fileVersion);
}

StoreResult<void> ReportStore::migrate(int version)
{
    if (version == StoreSchema::currentVersion())
        return {};
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    // Another process may have upgraded the file while this one waited for the lock.
    StoreResult<QSqlQuery> current = m_connection->exec(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    version = current->next() ? current->value(0).toInt() : 0;
    current->finish();
    for (const Migration &migration : StoreSchema::migrations()) {
        if (migration.version <= version)
            continue;
        for (const QString &step : migration.steps) {
            const StoreResult<QSqlQuery> result = m_connection->exec(step);
            if (!result)
                return result.error();
        }
        // A pragma takes no bound values; the number comes from the migration table, not from input.
        const StoreResult<QSqlQuery> stamp =
            m_connection->exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (!stamp)
            return stamp.error();
        qCInfo(lcStore) << "migrated" << m_path << "to schema version" << migration.version;
    }
    // Reports from before the cached counts get theirs now, so that the list shows every count.
    StoreResult<QSqlQuery> uncounted =
        m_connection->exec(QStringLiteral("SELECT agency_id, year FROM reports WHERE errors IS NULL"));
    if (!uncounted)
        return uncounted.error();
    QList<std::pair<qint64, int>> reports;
    while (uncounted->next())
        reports.append({uncounted->value(0).toLongLong(), uncounted->value(1).toInt()});
    uncounted->finish();
    for (const auto &[agency, year] : std::as_const(reports)) {
        if (const StoreResult<void> counted = recount(agency, year, Recount::Report); !counted)
            return counted.error();
    }
    return transaction.commit();
}

StoreTransaction ReportStore::batch()
{
    return StoreTransaction(*m_connection, StoreTransaction::Mode::Write);
}

StoreResult<ReportStore::ReportRow> ReportStore::reportRow(qint64 reportId)
{
    StoreResult<QSqlQuery> query = m_connection->exec(
        QStringLiteral("SELECT r.agency_id, a.name, a.kind, r.year, r.format, r.status, r.revision"
                       " FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?"),
        {reportId});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(reportId);
    ReportRow row;
    row.id = reportId;
    row.agencyId = query->value(0).toLongLong();
    row.agency = query->value(1).toString();
    row.agencyKind = query->value(2).toString();
    row.year = query->value(3).toInt();
    row.format = Format::byId(query->value(4).toString());
    const std::optional<ReportStatus> status = reportStatusFromId(query->value(5).toString());
    row.revision = query->value(6).toInt();
    if (!row.format || !status)
        return error(StoreError::Code::Corrupt,
                     tr("Report %1 names an unknown format or status; it was left as it is.").arg(reportId));
    row.status = *status;
    return row;
}

StoreResult<ReportStore::ReportRow> ReportStore::editableReport(qint64 reportId, int expectedRevision)
{
    StoreResult<ReportRow> row = reportRow(reportId);
    if (!row)
        return row;
    if (!reportStatusAllowsEdits(row->status))
        return locked(row->status);
    if (row->revision == expectedRevision)
        return row;
    StoreResult<QList<AuditEntry>> log = auditLog(reportId);
    StoreError conflict = error(StoreError::Code::Conflict, {});
    QStringList lines;
    if (log) {
        for (const AuditEntry &entry : log.value()) {
            if (entry.revision <= expectedRevision)
                continue;
            conflict.changes.append(entry);
            if (lines.size() < ConflictLinesShown)
                lines.append(entry.describe(row->format));
        }
    }
    if (conflict.changes.size() > lines.size())
        lines.append(tr("… and %1 more changes").arg(conflict.changes.size() - lines.size()));
    conflict.message = tr("The report was changed elsewhere since revision %1 (it is now at revision %2), so "
                          "this change was not saved. Changes since then:\n%3")
                           .arg(expectedRevision)
                           .arg(row->revision)
                           .arg(lines.join(u'\n'));
    return conflict;
}

StoreResult<Report> ReportStore::readContent(const ReportRow &row)
{
    Report report(*row.format);
    report.meta.agencyName = row.agency;
    report.meta.agencyKind = row.agencyKind;
    report.meta.year = row.year;

    StoreResult<QSqlQuery> meta = m_connection->exec(
        QStringLiteral("SELECT title, document_number, issuer, issue_date, copy_to FROM report_meta"
                       " WHERE report_id = ?"),
        {row.id});
    if (!meta)
        return meta.error();
    if (meta->next()) {
        report.meta.title = meta->value(0).toString();
        report.meta.documentNumber = meta->value(1).toString();
        report.meta.issuer = meta->value(2).toString();
        report.meta.issueDate = QDate::fromString(meta->value(3).toString(), Qt::ISODate);
        report.meta.copyTo = meta->value(4).toString();
    }

    StoreResult<QSqlQuery> narratives =
        m_connection->exec(QStringLiteral("SELECT part, text FROM narratives WHERE report_id = ?"), {row.id});
    if (!narratives)
        return narratives.error();
    while (narratives->next()) {
        const int part = narratives->value(0).toInt();
        (part == 0 ? report.preamble : report.parts[size_t(part - 1)]) = narratives->value(1).toString();
    }

    StoreResult<QSqlQuery> cells = m_connection->exec(
        QStringLiteral("SELECT cell, units, unit, text FROM cells WHERE report_id = ?"), {row.id});
    if (!cells)
        return cells.error();
    while (cells->next()) {
        const QString cellId = cells->value(0).toString();
        if (!report.setCell(
                cellId, decodeCell(cells->value(1), cells->value(2).toString(), cells->value(3).toString())))
            qCWarning(lcStore) << "report" << row.id << "has a value for unknown cell" << cellId;
    }
    return report;
}

StoreResult<void> ReportStore::writeMeta(qint64 reportId, const ReportMeta &meta)
{
    const StoreResult<QSqlQuery> write = m_connection->exec(
        QStringLiteral(
            "INSERT OR REPLACE INTO report_meta"
            " (report_id, title, document_number, issuer, issue_date, copy_to) VALUES (?, ?, ?, ?, ?, ?)"),
        {reportId, textValue(meta.title), textValue(meta.documentNumber), textValue(meta.issuer),
         textValue(meta.issueDate.toString(Qt::ISODate)), textValue(meta.copyTo)});
    if (!write)
        return write.error();
    return {};
}

StoreResult<void> ReportStore::writeContent(qint64 reportId, const Report &report)
{
    if (const StoreResult<void> metaRow = writeMeta(reportId, report.meta); !metaRow)
        return metaRow.error();

    QSqlQuery narrative(m_connection->database());
    narrative.prepare(QStringLiteral("INSERT INTO narratives (report_id, part, text) VALUES (?, ?, ?)"));
    for (int part = 0; part <= Report::PartCount; ++part) {
        narrative.bindValue(0, reportId);
        narrative.bindValue(1, part);
        narrative.bindValue(2, textValue(part == 0 ? report.preamble : report.parts[size_t(part - 1)]));
        if (!narrative.exec())
            return StoreError::fromSql(narrative.lastError());
    }

    const Format &format = *report.format();
    QSqlQuery cell(m_connection->database());
    cell.prepare(
        QStringLiteral("INSERT INTO cells (report_id, cell, units, unit, text) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < format.cellCount(); ++i) {
        const CellValue &value = report.cell(i);
        if (value.isBlank())
            continue;
        const CellRow row = encodeCell(value, format.column(i));
        cell.bindValue(0, reportId);
        cell.bindValue(1, format.cellId(i));
        cell.bindValue(2, row.units);
        cell.bindValue(3, textValue(row.unit));
        cell.bindValue(4, textValue(row.text));
        if (!cell.exec())
            return StoreError::fromSql(cell.lastError());
    }
    return {};
}

StoreResult<void> ReportStore::deleteContent(qint64 reportId)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM report_meta WHERE report_id = ?"),
                               QStringLiteral("DELETE FROM narratives WHERE report_id = ?"),
                               QStringLiteral("DELETE FROM cells WHERE report_id = ?")}) {
        const StoreResult<QSqlQuery> result = m_connection->exec(sql, {reportId});
        if (!result)
            return result.error();
    }
    return {};
}

StoreResult<qint64> ReportStore::agencyId(const QString &name, const QString &kind)
{
    StoreResult<QSqlQuery> existing =
        m_connection->exec(QStringLiteral("SELECT id, kind FROM agencies WHERE name = ?"), {name});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        const qint64 id = existing->value(0).toLongLong();
        const bool kindChanged = !kind.isEmpty() && existing->value(1).toString() != kind;
        existing->finish();
        if (kindChanged) {
            const StoreResult<QSqlQuery> update =
                m_connection->exec(QStringLiteral("UPDATE agencies SET kind = ? WHERE id = ?"), {kind, id});
            if (!update)
                return update.error();
        }
        return id;
    }
    StoreResult<QSqlQuery> insert = m_connection->exec(
        QStringLiteral("INSERT INTO agencies (name, kind) VALUES (?, ?)"), {name, textValue(kind)});
    if (!insert)
        return insert.error();
    return insert->lastInsertId().toLongLong();
}

StoreResult<std::optional<qint64>> ReportStore::reportIdOf(qint64 agencyId, int year)
{
    StoreResult<QSqlQuery> query = m_connection->exec(
        QStringLiteral("SELECT id FROM reports WHERE agency_id = ? AND year = ?"), {agencyId, year});
    if (!query)
        return query.error();
    return query->next() ? std::optional<qint64>(query->value(0).toLongLong()) : std::nullopt;
}

StoreResult<void> ReportStore::saveSnapshot(qint64 reportId, int revision, AuditEntry::Action reason,
                                            const Report &report)
{
    // A revision number names one content, so a snapshot of it that exists already is the same.
    const StoreResult<QSqlQuery> result = m_connection->exec(
        QStringLiteral(
            "INSERT OR IGNORE INTO revisions (report_id, revision, created, actor, reason, snapshot)"
            " VALUES (?, ?, ?, ?, ?, ?)"),
        {reportId, revision, now(), textValue(m_actor), AuditEntry::actionId(reason),
         QString::fromUtf8(QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Compact))});
    if (!result)
        return result.error();
    return {};
}

StoreResult<void> ReportStore::log(qint64 reportId, int revision, AuditEntry::Action action,
                                   const QString &target, const QString &oldValue, const QString &newValue,
                                   const QString &note)
{
    // The audit log says who did what; a change nobody is named for is not made.
    if (m_actor.trimmed().isEmpty())
        return error(StoreError::Code::Refused, tr("No one is named for this change, so it was not made."));
    const StoreResult<QSqlQuery> result = m_connection->exec(
        QStringLiteral("INSERT INTO audit_log (report_id, revision, at, actor, action, target, old_value,"
                       " new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {reportId, revision, now(), textValue(m_actor), AuditEntry::actionId(action), textValue(target),
         oldValue, newValue, textValue(note)});
    if (!result)
        return result.error();
    return {};
}

StoreResult<std::optional<std::pair<qint64, Report>>> ReportStore::reportOf(qint64 agencyId, int year)
{
    const StoreResult<std::optional<qint64>> id = reportIdOf(agencyId, year);
    if (!id)
        return id.error();
    if (!id.value())
        return std::optional<std::pair<qint64, Report>>();
    const StoreResult<ReportRow> row = reportRow(*id.value());
    if (!row)
        return row.error();
    StoreResult<Report> content = readContent(row.value());
    if (!content)
        return content.error();
    return std::optional(std::pair(*id.value(), std::move(content).value()));
}

StoreResult<void> ReportStore::saveCounts(qint64 reportId, const Report &report, const Report *previous)
{
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : Validator::validate(report, previous)) {
        errors += finding.severity == Severity::Error ? 1 : 0;
        warnings += finding.severity == Severity::Warning ? 1 : 0;
    }
    const StoreResult<QSqlQuery> update =
        m_connection->exec(QStringLiteral("UPDATE reports SET errors = ?, warnings = ? WHERE id = ?"),
                           {errors, warnings, reportId});
    if (!update)
        return update.error();
    return {};
}

StoreResult<void> ReportStore::recount(qint64 agencyId, int year, Recount scope)
{
    StoreResult<std::optional<std::pair<qint64, Report>>> previous = reportOf(agencyId, year - 1);
    StoreResult<std::optional<std::pair<qint64, Report>>> current = reportOf(agencyId, year);
    if (!previous)
        return previous.error();
    if (!current)
        return current.error();
    if (!current.value())
        return {};
    const Report &report = current.value()->second;
    if (const StoreResult<void> saved = saveCounts(current.value()->first, report,
                                                   previous.value() ? &previous.value()->second : nullptr);
        !saved || scope == Recount::Report)
        return saved;
    StoreResult<std::optional<std::pair<qint64, Report>>> next = reportOf(agencyId, year + 1);
    if (!next)
        return next.error();
    if (!next.value())
        return {};
    return saveCounts(next.value()->first, next.value()->second, &report);
}

StoreResult<int> ReportStore::finishEdit(StoreTransaction &transaction, const ReportRow &row,
                                         const QList<AuditEntry> &changes)
{
    const int revision = row.revision + 1;
    const StoreResult<QSqlQuery> update =
        m_connection->exec(QStringLiteral("UPDATE reports SET revision = ?, modified = ? WHERE id = ?"),
                           {revision, now(), row.id});
    if (!update)
        return update.error();
    for (const AuditEntry &change : changes) {
        const StoreResult<void> logged =
            log(row.id, revision, change.action, change.target, change.oldValue, change.newValue);
        if (!logged)
            return logged.error();
    }
    if (const StoreResult<void> counted = recount(row.agencyId, row.year, Recount::ReportAndNext); !counted)
        return counted.error();
    const StoreResult<void> committed = transaction.commit();
    if (!committed)
        return committed.error();
    return revision;
}

StoreResult<CreatedReport> ReportStore::createReport(const QString &agencyName, const QString &agencyKind,
                                                     int year)
{
    const QString name = agencyName.trimmed();
    const Format *format = Format::forYear(year);
    if (const std::optional<QString> refused = InputRules::nameRefusal(InputRules::Name::Agency, name))
        return error(StoreError::Code::InvalidInput, *refused);
    if (const std::optional<QString> refused = InputRules::yearRefusal(year))
        return error(StoreError::Code::InvalidInput, *refused);
    if (!format)
        return error(StoreError::Code::InvalidInput,
                     tr("No official report format covers the year %1.").arg(year));

    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<qint64> agency = agencyId(name, agencyKind);
    if (!agency)
        return agency.error();
    const StoreResult<std::optional<qint64>> existing = reportIdOf(agency.value(), year);
    if (!existing)
        return existing.error();
    if (existing.value())
        return error(StoreError::Code::AlreadyExists,
                     tr("The report of %1 for %2 already exists.").arg(name).arg(year));

    Report report(*format);
    report.meta.agencyName = name;
    report.meta.agencyKind = agencyKind;
    report.meta.year = year;
    CreatedReport created;
    const StoreResult<std::optional<qint64>> previousId = reportIdOf(agency.value(), year - 1);
    if (!previousId)
        return previousId.error();
    if (previousId.value()) {
        const StoreResult<ReportRow> previousRow = reportRow(*previousId.value());
        if (!previousRow)
            return previousRow.error();
        const StoreResult<Report> previous = readContent(previousRow.value());
        if (!previous)
            return previous.error();
        created.carried = CarryOver::apply(previous.value(), report);
    }

    const QString time = now();
    StoreResult<QSqlQuery> insert = m_connection->exec(
        QStringLiteral("INSERT INTO reports (agency_id, year, format, status, revision, created, modified)"
                       " VALUES (?, ?, ?, ?, 1, ?, ?)"),
        {agency.value(), year, format->id(), reportStatusId(ReportStatus::Draft), time, time});
    if (!insert)
        return insert.error();
    created.id = insert->lastInsertId().toLongLong();
    created.revision = 1;
    if (const StoreResult<void> written = writeContent(created.id, report); !written)
        return written.error();
    if (const StoreResult<void> logged = log(created.id, created.revision, AuditEntry::Action::Create, {}, {},
                                             QString::number(created.carried.size()));
        !logged)
        return logged.error();
    if (const StoreResult<void> counted = recount(agency.value(), year, Recount::ReportAndNext); !counted)
        return counted.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

StoreResult<ImportedReport> ReportStore::importReport(const Report &report, bool replace)
{
    const QString name = report.meta.agencyName.trimmed();
    if (!report.format() || name.isEmpty() || report.meta.year <= 0)
        return error(StoreError::Code::InvalidInput,
                     tr("A report needs its agency, its year and a format to be stored."));
    if (const std::optional<QString> refused = InputRules::reportRefusal(report))
        return error(StoreError::Code::InvalidInput, *refused);

    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<qint64> agency = agencyId(name, report.meta.agencyKind);
    if (!agency)
        return agency.error();
    const StoreResult<std::optional<qint64>> existing = reportIdOf(agency.value(), report.meta.year);
    if (!existing)
        return existing.error();

    ImportedReport imported;
    const QString time = now();
    if (existing.value()) {
        if (!replace)
            return error(StoreError::Code::AlreadyExists,
                         tr("The report of %1 for %2 is already stored; import it with replace to replace it "
                            "(the stored content is kept as a revision).")
                             .arg(name)
                             .arg(report.meta.year));
        const StoreResult<ReportRow> old = reportRow(*existing.value());
        if (!old)
            return old.error();
        if (!reportStatusAllowsEdits(old->status))
            return locked(old->status);
        const StoreResult<Report> oldContent = readContent(old.value());
        if (!oldContent)
            return oldContent.error();
        if (const StoreResult<void> kept =
                saveSnapshot(old->id, old->revision, AuditEntry::Action::Replace, oldContent.value());
            !kept)
            return kept.error();
        if (const StoreResult<void> deleted = deleteContent(old->id); !deleted)
            return deleted.error();
        imported = {old->id, old->revision + 1, true};
        // The status stays: a returned report replaced by an import is still to be resubmitted.
        const StoreResult<QSqlQuery> update = m_connection->exec(
            QStringLiteral("UPDATE reports SET format = ?, revision = ?, modified = ? WHERE id = ?"),
            {report.format()->id(), imported.revision, time, imported.id});
        if (!update)
            return update.error();
    } else {
        StoreResult<QSqlQuery> insert = m_connection->exec(
            QStringLiteral(
                "INSERT INTO reports (agency_id, year, format, status, revision, created, modified)"
                " VALUES (?, ?, ?, ?, 1, ?, ?)"),
            {agency.value(), report.meta.year, report.format()->id(), reportStatusId(ReportStatus::Draft),
             time, time});
        if (!insert)
            return insert.error();
        imported = {insert->lastInsertId().toLongLong(), 1, false};
    }
    if (const StoreResult<void> written = writeContent(imported.id, report); !written)
        return written.error();
    if (const StoreResult<void> kept =
            saveSnapshot(imported.id, imported.revision, AuditEntry::Action::Import, report);
        !kept)
        return kept.error();
    if (const StoreResult<void> logged =
            log(imported.id, imported.revision,
                imported.replaced ? AuditEntry::Action::Replace : AuditEntry::Action::Import);
        !logged)
        return logged.error();
    if (const StoreResult<void> counted = recount(agency.value(), report.meta.year, Recount::ReportAndNext);
        !counted)
        return counted.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return imported;
}

StoreResult<StoredReport> ReportStore::loadReport(qint64 reportId)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<ReportRow> row = reportRow(reportId);
    if (!row)
        return row.error();
    StoreResult<Report> content = readContent(row.value());
    if (!content)
        return content.error();
    return StoredReport{reportId, std::move(content).value(), row->revision, row->status};
}

StoreResult<qint64> ReportStore::findReport(const QString &agencyName, int year)
{
    StoreResult<QSqlQuery> query =
        m_connection->exec(QStringLiteral("SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id"
                                          " WHERE a.name = ? AND r.year = ?"),
                           {agencyName.trimmed(), year});
    if (!query)
        return query.error();
    if (!query->next())
        return error(
            StoreError::Code::NotFound,
            tr("There is no report of %1 for %2 in the database.").arg(agencyName.trimmed()).arg(year));
    return query->value(0).toLongLong();
}

StoreResult<std::optional<StoredReport>> ReportStore::previousReport(qint64 reportId)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<ReportRow> row = reportRow(reportId);
    if (!row)
        return row.error();
    const StoreResult<std::optional<qint64>> previousId = reportIdOf(row->agencyId, row->year - 1);
    if (!previousId)
        return previousId.error();
    if (!previousId.value())
        return std::optional<StoredReport>();
    StoreResult<StoredReport> previous = loadReport(*previousId.value());
    if (!previous)
        return previous.error();
    return std::optional<StoredReport>(std::move(previous).value());
}

StoreResult<QList<ReportSummary>> ReportStore::listReports(std::optional<int> year)
{
    const QString select = QStringLiteral(
        "SELECT r.id, a.name, a.kind, r.year, r.format, r.status, r.revision, r.modified, r.errors,"
        " r.warnings FROM reports r JOIN agencies a ON a.id = r.agency_id");
    const QString order = QStringLiteral(" ORDER BY r.year DESC, a.name");
    StoreResult<QSqlQuery> query =
        year ? m_connection->exec(select + QStringLiteral(" WHERE r.year = ?") + order, {*year})
             : m_connection->exec(select + order);
    if (!query)
        return query.error();
    QList<ReportSummary> list;
    while (query->next()) {
        ReportSummary summary;
        summary.id = query->value(0).toLongLong();
        summary.agency = query->value(1).toString();
        summary.agencyKind = query->value(2).toString();
        summary.year = query->value(3).toInt();
        summary.formatId = query->value(4).toString();
        summary.status = reportStatusFromId(query->value(5).toString()).value_or(ReportStatus::Draft);
        summary.revision = query->value(6).toInt();
        summary.modified = timeFromText(query->value(7).toString());
        if (!query->value(8).isNull())
            summary.errors = query->value(8).toInt();
        if (!query->value(9).isNull())
            summary.warnings = query->value(9).toInt();
        list.append(summary);
    }
    return list;
}

StoreResult<int> ReportStore::setCell(qint64 reportId, int cell, const CellValue &value, int expectedRevision)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<ReportRow> row = editableReport(reportId, expectedRevision);
    if (!row)
        return row.error();
    const Format &format = *row->format;
    if (cell < 0 || cell >= format.cellCount())
        return error(StoreError::Code::InvalidInput, tr("The report's format has no cell %1.").arg(cell));
    const QString cellId = format.cellId(cell);

    StoreResult<QSqlQuery> old = m_connection->exec(
        QStringLiteral("SELECT units, unit, text FROM cells WHERE report_id = ? AND cell = ?"),
        {reportId, cellId});
    if (!old)
        return old.error();
    const CellValue oldValue =
        old->next() ? decodeCell(old->value(0), old->value(1).toString(), old->value(2).toString())
                    : CellValue();
    old->finish();
    if (oldValue == value)
        return row->revision;

    const StoreResult<QSqlQuery> write =
        value.isBlank()
            ? m_connection->exec(QStringLiteral("DELETE FROM cells WHERE report_id = ? AND cell = ?"),
                                 {reportId, cellId})
            : [&] {
                  const CellRow encoded = encodeCell(value, format.column(cell));
                  return m_connection->exec(
                      QStringLiteral("INSERT OR REPLACE INTO cells (report_id, cell, units, unit, text)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {reportId, cellId, encoded.units, textValue(encoded.unit), textValue(encoded.text)});
              }();
    if (!write)
        return write.error();
    AuditEntry change;
    change.action = AuditEntry::Action::Cell;
    change.target = cellId;
    change.oldValue = cellText(format, cell, oldValue);
    change.newValue = cellText(format, cell, value);
    return finishEdit(transaction, row.value(), {change});
}

StoreResult<int> ReportStore::setCell(qint64 reportId, const QString &cellId, const CellValue &value,
                                      int expectedRevision)
{
    const StoreResult<ReportRow> row = reportRow(reportId);
    if (!row)
        return row.error();
    const int cell = row->format->cellIndex(cellId);
    if (cell < 0)
        return error(StoreError::Code::InvalidInput, tr("The report's format has no cell %1.").arg(cellId));
    return setCell(reportId, cell, value, expectedRevision);
}

StoreResult<int> ReportStore::setNarrative(qint64 reportId, int part, const QString &text,
                                           int expectedRevision)
{
    if (part < 0 || part > Report::PartCount)
        return error(StoreError::Code::InvalidInput, tr("A report has no part %1.").arg(part));
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<ReportRow> row = editableReport(reportId, expectedRevision);
    if (!row)
        return row.error();
    StoreResult<QSqlQuery> old = m_connection->exec(
        QStringLiteral("SELECT text FROM narratives WHERE report_id = ? AND part = ?"), {reportId, part});
    if (!old)
        return old.error();
    const QString oldText = old->next() ? old->value(0).toString() : QString();
    old->finish();
    if (oldText == text)
        return row->revision;
    const StoreResult<QSqlQuery> write = m_connection->exec(
        QStringLiteral("INSERT OR REPLACE INTO narratives (report_id, part, text) VALUES (?, ?, ?)"),
        {reportId, part, textValue(text)});
    if (!write)
        return write.error();
    // The new text alone: the log of a part's edits (or a snapshot) gives every earlier text.
    AuditEntry change;
    change.action = AuditEntry::Action::Narrative;
    change.target = AuditEntry::narrativeTarget(part);
    change.newValue = text;
    return finishEdit(transaction, row.value(), {change});
}

StoreResult<int> ReportStore::setMeta(qint64 reportId, const ReportMeta &meta, int expectedRevision)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<ReportRow> row = editableReport(reportId, expectedRevision);
    if (!row)
        return row.error();
    if (meta.agencyName.trimmed() != row->agency || meta.year != row->year ||
        (!meta.formatId.isEmpty() && meta.formatId != row->format->id()))
        return error(StoreError::Code::InvalidInput,
                     tr("The agency, year and format of a stored report cannot be changed."));
    const StoreResult<Report> current = readContent(row.value());
    if (!current)
        return current.error();

    QList<AuditEntry> changes;
    for (const MetaField &field : metaFields) {
        const QString oldValue = metaValue(current->meta, field);
        const QString newValue = metaValue(meta, field);
        if (oldValue == newValue)
            continue;
        AuditEntry change;
        change.action = AuditEntry::Action::Meta;
        change.target = AuditEntry::metaTarget(QString::fromLatin1(field.id));
        change.oldValue = oldValue;
        change.newValue = newValue;
        changes.append(change);
    }
    if (changes.isEmpty())
        return row->revision;
    if (const StoreResult<void> write = writeMeta(reportId, meta); !write)
        return write.error();
    if (meta.agencyKind != row->agencyKind) {
        const StoreResult<QSqlQuery> kind =
            m_connection->exec(QStringLiteral("UPDATE agencies SET kind = ? WHERE id = ?"),
                               {textValue(meta.agencyKind), row->agencyId});
        if (!kind)
            return kind.error();
    }
    return finishEdit(transaction, row.value(), changes);
}

StoreResult<int> ReportStore::changeStatus(qint64 reportId, ReportStatus to, AuditEntry::Action action,
                                           const QString &note, int expectedRevision)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<ReportRow> row = reportRow(reportId);
    if (!row)
        return row.error();
    if (row->revision != expectedRevision)
        return error(StoreError::Code::Conflict,
                     tr("The report was changed elsewhere since revision %1 (it is now at revision %2); "
                        "look at it again before you act on it.")
                         .arg(expectedRevision)
                         .arg(row->revision));
    const StoreResult<Report> content = readContent(row.value());
    if (!content)
        return content.error();
    const int revision = row->revision + 1;
    const StoreResult<QSqlQuery> update = m_connection->exec(
        QStringLiteral("UPDATE reports SET status = ?, revision = ?, modified = ? WHERE id = ?"),
        {reportStatusId(to), revision, now(), reportId});
    if (!update)
        return update.error();
    if (const StoreResult<void> kept = saveSnapshot(reportId, revision, action, content.value()); !kept)
        return kept.error();
    if (const StoreResult<void> logged = log(reportId, revision, action, QStringLiteral("status"),
                                             reportStatusId(row->status), reportStatusId(to), note);
        !logged)
        return logged.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return revision;
}

StoreResult<QList<RevisionInfo>> ReportStore::revisions(qint64 reportId)
{
    if (const StoreResult<ReportRow> row = reportRow(reportId); !row)
        return row.error();
    StoreResult<QSqlQuery> query = m_connection->exec(
        QStringLiteral(
            "SELECT revision, created, actor, reason FROM revisions WHERE report_id = ? ORDER BY revision"),
        {reportId});
    if (!query)
        return query.error();
    QList<RevisionInfo> list;
    while (query->next()) {
        list.append(
            {query->value(0).toInt(), timeFromText(query->value(1).toString()), query->value(2).toString(),
             AuditEntry::actionFromId(query->value(3).toString()).value_or(AuditEntry::Action::Import)});
    }
    return list;
}

StoreResult<Report> ReportStore::loadRevision(qint64 reportId, int revision)
{
    StoreResult<QSqlQuery> query = m_connection->exec(
        QStringLiteral("SELECT snapshot FROM revisions WHERE report_id = ? AND revision = ?"),
        {reportId, revision});
    if (!query)
        return query.error();
    if (!query->next())
        return error(StoreError::Code::NotFound,
                     tr("Report %1 has no snapshot of revision %2.").arg(reportId).arg(revision));
    QString problem;
    const QJsonDocument snapshot = QJsonDocument::fromJson(query->value(0).toString().toUtf8());
    std::optional<Report> report = ReportJson::fromJson(snapshot.object(), &problem);
    if (!report)
        return error(StoreError::Code::Corrupt,
                     tr("The snapshot of revision %1 cannot be read (%2).").arg(revision).arg(problem));
    return std::move(*report);
}

StoreResult<QList<AuditEntry>> ReportStore::auditLog(qint64 reportId)
{
    if (const StoreResult<ReportRow> row = reportRow(reportId); !row)
        return row.error();
    StoreResult<QSqlQuery> query = m_connection->exec(
        QStringLiteral("SELECT id, revision, at, actor, action, target, old_value, new_value, note"
                       " FROM audit_log WHERE report_id = ? ORDER BY id"),
        {reportId});
    if (!query)
        return query.error();
    QList<AuditEntry> list;
    while (query->next()) {
        const std::optional<AuditEntry::Action> action = AuditEntry::actionFromId(query->value(4).toString());
        if (!action)
            continue;
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.revision = query->value(1).toInt();
        entry.at = timeFromText(query->value(2).toString());
        entry.actor = query->value(3).toString();
        entry.action = *action;
        entry.target = query->value(5).toString();
        entry.oldValue = query->value(6).toString();
        entry.newValue = query->value(7).toString();
        entry.note = query->value(8).toString();
        list.append(entry);
    }
    return list;
}

} // namespace nianbao
