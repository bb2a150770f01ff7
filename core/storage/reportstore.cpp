// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstore.h"

#include "agencydirectory.h"
#include "format.h"
#include "inputrules.h"
#include "keyfigures.h"
#include "officelogrecords.h"
#include "reportjson.h"
#include "sqldialect.h"
#include "storeconnection.h"
#include "storedvalues.h"
#include "storelog.h"
#include "storeschema.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMap>
#include <QSqlDriver>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <algorithm>

namespace nianbao {

namespace {

constexpr int ConflictLinesShown = 8;

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

StoreError unknownFormat(qint64 reportId)
{
    return error(
        StoreError::Code::Corrupt,
        ReportStore::tr("Report %1 names an unknown format or status; it was left as it is.").arg(reportId));
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

// The filled cells of a report as the cells table holds them (id and row), in the format's order.
QList<std::pair<QString, CellRow>> storedCells(const Report &report)
{
    QList<std::pair<QString, CellRow>> cells;
    const Format &format = *report.format();
    for (int i = 0; i < format.cellCount(); ++i) {
        if (const CellValue &value = report.cell(i); !value.isBlank())
            cells.append({format.cellId(i), encodeCell(value, format.column(i))});
    }
    return cells;
}

// A field of a checksum as its length and its UTF-8, so that a value changed, lost or added (or a
// character moved from one field into the next) changes the checksum.
void addField(QCryptographicHash &hash, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
    hash.addData(utf8);
}

void addCell(QCryptographicHash &hash, const QString &cellId, const CellRow &row)
{
    addField(hash, cellId);
    addField(hash, row.units.isNull() ? QString() : QString::number(row.units.toLongLong()));
    addField(hash, row.unit);
    addField(hash, row.text);
}

// The checksum of a report's content as the store reads it: each field in a fixed order, so that
// storage details (row order, the text kept beside a number, the agency's name) do not change it.
QString contentSha256(const Report &report, const QList<std::pair<QString, CellRow>> &cells)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field :
         {report.meta.title, report.meta.documentNumber, report.meta.issuer,
          report.meta.issueDate.toString(Qt::ISODate), report.meta.copyTo, report.preamble})
        addField(hash, field);
    for (const QString &part : report.parts)
        addField(hash, part);
    for (const auto &[cellId, row] : cells)
        addCell(hash, cellId, row);
    return QString::fromLatin1(hash.result().toHex());
}

QString contentSha256(const Report &report)
{
    return contentSha256(report, storedCells(report));
}

// The figure cells (KeyFigures::cellsOf) get a checksum of their own beside the content's, written
// with it from the same content: the summary and the year table of many reports then read and
// check only those cells, and a damaged one is still seen instead of summed. (A cache of the
// figures would be as fast, but would go on showing the figures of the content that was stamped
// after the cells themselves were damaged.)
QString figuresSha256(const QList<std::pair<QString, CellRow>> &figureCells)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[cellId, row] : figureCells)
        addCell(hash, cellId, row);
    return QString::fromLatin1(hash.result().toHex());
}

// Which cells a figure stamp covers: when key-figures.json names other cells, the stamps written
// before are stale (the report is read in full), not damaged.
QString figureCellsStamp(const Format &format)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, format.id());
    for (const QString &cellId : KeyFigures::cellsOf(format))
        addField(hash, cellId);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

// The stamp of each official format (by id), as this version of key-figures.json gives it.
const QHash<QString, QString> &figureCellsStamps()
{
    static const QHash<QString, QString> stamps = [] {
        QHash<QString, QString> byFormat;
        for (const Format *format : Format::all())
            byFormat.insert(format->id(), figureCellsStamp(*format));
        return byFormat;
    }();
    return stamps;
}

// The filled figure cells among a report's stored cells, in the format's order.
QList<std::pair<QString, CellRow>> figureCellsOf(const Format &format,
                                                 const QList<std::pair<QString, CellRow>> &cells)
{
    const QStringList figureCells = KeyFigures::cellsOf(format);
    QList<std::pair<QString, CellRow>> figures;
    for (const auto &cell : cells) {
        if (figureCells.contains(cell.first))
            figures.append(cell);
    }
    return figures;
}

// The checksums a report's row keeps of its content as the next read gets it.
struct ContentStamps
{
    QString content;
    QString figures;
    QString figureCells; ///< which cells figures covers (figureCellsStamp)
};

ContentStamps stampsOf(const Report &report)
{
    const QList<std::pair<QString, CellRow>> cells = storedCells(report);
    return {contentSha256(report, cells), figuresSha256(figureCellsOf(*report.format(), cells)),
            figureCellsStamp(*report.format())};
}

QString textSha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
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
    QString contentSha256; ///< null when not stamped yet
};

struct ReportStore::EditBase
{
    ReportRow row;
    Report content;
    bool done = false; ///< the edit was stored already: its answer was lost, not the edit
};

QString StoredReport::damage() const
{
    if (content != ContentCheck::Damaged)
        return {};
    return nianbao::ReportStore::tr(
               "WARNING: the stored content of this report (%1, %2) no longer matches its checksum: "
               "the database was damaged or changed outside Nianbao. Do not rely on it; restore the "
               "database from a backup, or compare the report with its last snapshot.")
        .arg(report.meta.agencyName)
        .arg(report.meta.year);
}

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

ReportStore::ReportStore(const StoreLocation &location, OpenMode mode)
    : m_location(location)
    , m_mode(mode)
    , m_actor(systemAccount())
    , m_connection(std::make_unique<StoreConnection>(SqlDialect::of(location.backend)))
{}

ReportStore::~ReportStore() = default;

QString ReportStore::connectionName() const
{
    return m_connection->name();
}

StoreResult<std::unique_ptr<ReportStore>> ReportStore::open(const QString &path, OpenMode mode)
{
    const StoreResult<StoreLocation> location = StoreLocation::parse(path);
    if (!location)
        return location.error();
    return open(location.value(), mode);
}

StoreResult<std::unique_ptr<ReportStore>> ReportStore::open(const StoreLocation &location, OpenMode mode)
{
    std::unique_ptr<ReportStore> store(new ReportStore(location, mode));
    const SqlDialect &dialect = store->m_connection->dialect();
    if (const StoreResult<void> connected =
            dialect.connect(*store->m_connection, location, mode == OpenMode::ReadOnly);
        !connected)
        return connected.error();
    if (const StoreResult<void> setUp = store->setUp(); !setUp) {
        StoreError failure = setUp.error();
        failure.message = tr("%1: %2").arg(location.display(), failure.message);
        return failure;
    }
    return store;
}

StoreResult<void> ReportStore::setUp()
{
    const SqlDialect &dialect = m_connection->dialect();
    const bool readOnly = m_mode == OpenMode::ReadOnly;
    // Version and integrity are checked before anything writes: a newer or damaged database stays untouched.
    const StoreResult<int> version = dialect.schemaVersion(*m_connection);
    if (!version)
        return version.error();
    if (version.value() > StoreSchema::currentVersion())
        return error(StoreError::Code::NewerVersion,
                     tr("The database was written by a newer version of Nianbao (schema version %1; this "
                        "version knows up to %2). It was not changed; please update Nianbao.")
                         .arg(version.value())
                         .arg(StoreSchema::currentVersion()));
    if (const StoreResult<void> intact = dialect.checkIntegrity(*m_connection); !intact)
        return intact;
    if (version.value() == 0) {
        const StoreResult<bool> foreign = dialect.holdsOtherTables(*m_connection);
        if (!foreign)
            return foreign.error();
        if (foreign.value())
            return error(
                StoreError::Code::NotADatabase,
                tr("The file is a database of another program, not of Nianbao. It was left as it is."));
    }
    if (const StoreResult<void> configured = dialect.configure(*m_connection, readOnly); !configured)
        return configured;
    const bool maintains = !readOnly && (dialect.migratesOnOpen() || m_mode == OpenMode::Administer);
    if (version.value() < StoreSchema::currentVersion()) {
        if (readOnly)
            return error(StoreError::Code::ReadOnly,
                         tr("The database needs an upgrade to this version of Nianbao, which a read-only "
                            "file does not allow."));
        if (!maintains)
            return error(
                StoreError::Code::NeedsUpgrade,
                tr("The database has schema version %1 and this version of Nianbao needs %2. Ask the "
                   "administrator to upgrade it with “nianbao server init”.")
                    .arg(version.value())
                    .arg(StoreSchema::currentVersion()));
        if (const StoreResult<void> migrated = migrate(); !migrated)
            return migrated;
    }
    // Whoever brings the schema up to date also brings the figure cells' stamps up to date.
    return maintains ? stampFigureCells() : StoreResult<void>();
}

StoreResult<void> ReportStore::migrate()
{
    const SqlDialect &dialect = m_connection->dialect();
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    // Another process may have upgraded the database while this one waited for the lock.
    const StoreResult<int> current = dialect.schemaVersion(*m_connection);
    if (!current)
        return current.error();
    for (const Migration &migration : StoreSchema::migrations()) {
        if (migration.version <= current.value())
            continue;
        for (const SchemaStep &step : migration.steps) {
            for (const QString &statement : dialect.statements(step)) {
                if (const StoreResult<void> done = m_connection->run(statement); !done)
                    return done;
            }
        }
        if (const StoreResult<void> stamped = dialect.setSchemaVersion(*m_connection, migration.version);
            !stamped)
            return stamped;
        qCInfo(lcStore) << "migrated" << m_location.display() << "to schema version" << migration.version;
    }
    // Statements prepared against the old schema are prepared again.
    m_connection->forgetStatements();
    return transaction.commit();
}

StoreResult<void> ReportStore::refreshStatistics()
{
    return m_connection->run(m_connection->dialect().afterBulkWrite());
}

bool ReportStore::isConnected() const
{
    return m_connection->database().isOpen();
}

StoreResult<void> ReportStore::reconnect()
{
    if (!m_location.isServer())
        return {};
    Q_ASSERT(m_connection->depth() == 0);
    QSqlDatabase &database = m_connection->database();
    // The notifications listened for (StoreChanges) are listened for again on the new connection.
    const QStringList channels = database.driver()->subscribedToNotifications();
    m_connection->forgetStatements();
    database.close();
    if (const StoreResult<void> connected =
            m_connection->dialect().connect(*m_connection, m_location, m_mode == OpenMode::ReadOnly);
        !connected)
        return connected;
    for (const QString &channel : channels)
        database.driver()->subscribeToNotification(channel);
    qCInfo(lcStore) << "connected to" << m_location.display() << "again";
    return setUp();
}

StoreResult<QString> ReportStore::login()
{
    if (!m_location.isServer())
        return QString();
    StoreResult<StoreQuery> query = m_connection->exec(QStringLiteral("SELECT current_user"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

StoreTransaction ReportStore::batch()
{
    return StoreTransaction(*m_connection, StoreTransaction::Mode::Write);
}

StoreResult<std::optional<ReportStore::ReportRow>> ReportStore::selectReportRow(qint64 reportId,
                                                                                const QString &lockRows)
{
    StoreResult<StoreQuery> query = m_connection->exec(
        QStringLiteral(
            "SELECT r.agency_id, a.name, a.kind, r.year, r.format, r.status, r.revision,"
            " r.content_sha256 FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?") +
            lockRows,
        {reportId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ReportRow>();
    ReportRow row;
    row.id = reportId;
    row.agencyId = query->value(0).toLongLong();
    row.agency = query->value(1).toString();
    row.agencyKind = query->value(2).toString();
    row.year = query->value(3).toInt();
    row.format = Format::byId(query->value(4).toString());
    const std::optional<ReportStatus> status = reportStatusFromId(query->value(5).toString());
    row.revision = query->value(6).toInt();
    if (!query->isNull(7))
        row.contentSha256 = query->value(7).toString();
    if (!row.format || !status)
        return unknownFormat(reportId);
    row.status = *status;
    return std::optional<ReportRow>(row);
}

StoreResult<ReportStore::ReportRow> ReportStore::reportRow(qint64 reportId, Lock lock)
{
    // Where the dialect locks rows with a statement (a server), the report as it is once locked: a
    // server that waited for another edit's lock gives the row that edit left.
    const QString lockRows = lock == Lock::ForChange ? m_connection->dialect().lockRows(u"r") : QString();
    const StoreResult<std::optional<ReportRow>> row = selectReportRow(reportId, lockRows);
    if (!row)
        return row.error();
    if (row.value())
        return *row.value();
    if (lockRows.isEmpty())
        return notFound(reportId);
    // Not there, or the server shows this user the report but does not let them change it.
    const StoreResult<std::optional<ReportRow>> visible = selectReportRow(reportId, {});
    if (!visible)
        return visible.error();
    if (!visible.value())
        return notFound(reportId);
    const ReportRow &shown = *visible.value();
    return reportStatusAllowsEdits(shown.status)
               ? error(StoreError::Code::PermissionDenied,
                       tr("The server does not let you change the report of %1.").arg(shown.agency))
               : locked(shown.status);
}

StoreResult<ReportStore::EditBase> ReportStore::editBase(qint64 reportId, int expectedRevision,
                                                         const ThisEdit &thisEdit)
{
    StoreResult<ReportRow> row = reportRow(reportId, Lock::ForChange);
    if (!row)
        return row.error();
    if (!reportStatusAllowsEdits(row->status))
        return locked(row->status);
    StoreResult<Report> content = readContent(row.value());
    if (!content)
        return content.error();
    EditBase base{std::move(row).value(), std::move(content).value()};
    if (base.row.revision == expectedRevision)
        return base;
    const StoreError conflict = conflictSince(base.row, expectedRevision);
    // The one revision since is this edit, stored while its answer was lost (the connection broke
    // after the commit) and now sent again: only its entries in the log, in this store's name, and
    // its values in the content. The report is then as this edit makes it: done, not refused.
    const auto ours = [&](const AuditEntry &entry) {
        return entry.revision == base.row.revision && entry.actor == m_actor &&
               thisEdit.logs(base.content, entry);
    };
    if (base.row.revision == expectedRevision + 1 && !conflict.changes.isEmpty() &&
        std::all_of(conflict.changes.cbegin(), conflict.changes.cend(), ours) &&
        thisEdit.holds(base.content)) {
        qCInfo(lcStore) << "report" << reportId << "revision" << base.row.revision
                        << "is this edit, stored already";
        base.done = true;
        return base;
    }
    return conflict;
}

StoreError ReportStore::conflictSince(const ReportRow &row, int expectedRevision)
{
    StoreResult<QList<AuditEntry>> log = auditLog(row.id);
    StoreError conflict = error(StoreError::Code::Conflict, {});
    QStringList lines;
    if (log) {
        for (const AuditEntry &entry : log.value()) {
            if (entry.revision <= expectedRevision)
                continue;
            conflict.changes.append(entry);
            if (lines.size() < ConflictLinesShown)
                lines.append(entry.describe(row.format));
        }
    }
    if (conflict.changes.size() > lines.size())
        lines.append(tr("… and %1 more changes").arg(conflict.changes.size() - lines.size()));
    conflict.message = tr("The report was changed elsewhere since revision %1 (it is now at revision %2), so "
                          "this change was not saved. Changes since then:\n%3")
                           .arg(expectedRevision)
                           .arg(row.revision)
                           .arg(lines.join(u'\n'));
    return conflict;
}

StoreResult<Report> ReportStore::readContent(const ReportRow &row)
{
    Report report(*row.format);
    report.meta.agencyName = row.agency;
    report.meta.agencyKind = row.agencyKind;
    report.meta.year = row.year;

    // The metadata, the texts and the cells in one statement: one round trip to a server. Columns:
    // what the row is, the part or cell, a cell's units, unit and text (a part's text), the metadata.
    // The cells come first: PostgreSQL types the union of the first two selects on its own, and a
    // column of NULLs in both would become text, which the units (a number) would not match.
    StoreResult<StoreQuery> content = m_connection->exec(
        QStringLiteral(
            "SELECT 'c', cell, units, unit, text, NULL, NULL, NULL, NULL, NULL"
            " FROM cells WHERE report_id = ?"
            " UNION ALL SELECT 'n', CAST(part AS TEXT), NULL, NULL, text, NULL, NULL, NULL, NULL, NULL"
            " FROM narratives WHERE report_id = ?"
            " UNION ALL SELECT 'm', NULL, NULL, NULL, NULL, title, document_number, issuer, issue_date,"
            " copy_to FROM report_meta WHERE report_id = ?"),
        {row.id, row.id, row.id});
    if (!content)
        return content.error();
    while (content->next()) {
        const QString kind = content->value(0).toString();
        if (kind == u"m") {
            report.meta.title = content->value(5).toString();
            report.meta.documentNumber = content->value(6).toString();
            report.meta.issuer = content->value(7).toString();
            report.meta.issueDate = QDate::fromString(content->value(8).toString(), Qt::ISODate);
            report.meta.copyTo = content->value(9).toString();
        } else if (kind == u"n") {
            report.narrative(content->value(1).toInt()) = content->value(4).toString();
        } else {
            const QString cellId = content->value(1).toString();
            if (!report.setCell(cellId, decodeCell(content->value(2), content->value(3).toString(),
                                                   content->value(4).toString())))
                qCWarning(lcStore) << "report" << row.id << "has a value for unknown cell" << cellId;
        }
    }
    return report;
}

StoreWrite ReportStore::metaWrite(qint64 reportId, const ReportMeta &meta)
{
    static const QString upsert = SqlDialect::upsert(
        u"report_meta",
        {QStringLiteral("report_id"), QStringLiteral("title"), QStringLiteral("document_number"),
         QStringLiteral("issuer"), QStringLiteral("issue_date"), QStringLiteral("copy_to")},
        {QStringLiteral("report_id")});
    return {upsert,
            {reportId, stored::text(meta.title), stored::text(meta.documentNumber), stored::text(meta.issuer),
             stored::text(meta.issueDate.toString(Qt::ISODate)), stored::text(meta.copyTo)}};
}

StoreResult<void> ReportStore::writeContent(qint64 reportId, const Report &report)
{
    const StoreWrite metaRow = metaWrite(reportId, report.meta);
    if (const StoreResult<StoreQuery> meta = m_connection->exec(metaRow.sql, metaRow.values); !meta)
        return meta.error();

    for (int part = 0; part <= Report::PartCount; ++part) {
        const StoreResult<StoreQuery> narrative = m_connection->exec(
            QStringLiteral("INSERT INTO narratives (report_id, part, text) VALUES (?, ?, ?)"),
            {reportId, part, stored::text(report.narrative(part))});
        if (!narrative)
            return narrative.error();
    }

    for (const auto &[cellId, row] : storedCells(report)) {
        const StoreResult<StoreQuery> cell = m_connection->exec(
            QStringLiteral("INSERT INTO cells (report_id, cell, units, unit, text) VALUES (?, ?, ?, ?, ?)"),
            {reportId, cellId, row.units, stored::text(row.unit), stored::text(row.text)});
        if (!cell)
            return cell.error();
    }
    // What was written reads back as it was given (contentSha256 hashes a cell as it is stored).
    const ContentStamps stamps = stampsOf(report);
    const StoreResult<StoreQuery> stamped = m_connection->exec(
        QStringLiteral(
            "UPDATE reports SET content_sha256 = ?, figures_sha256 = ?, figures_cells = ? WHERE id = ?"),
        {stamps.content, stamps.figures, stamps.figureCells, reportId});
    if (!stamped)
        return stamped.error();
    return {};
}

StoreResult<void> ReportStore::stampFigureCells()
{
    // Every open that keeps the schema comes here: the database selects only the reports without a
    // current stamp, so that an open of a database whose stamps are current reads none of them.
    QString stale = QStringLiteral("figures_sha256 IS NULL");
    QVariantList values;
    for (auto stamp = figureCellsStamps().cbegin(); stamp != figureCellsStamps().cend(); ++stamp) {
        stale += QStringLiteral(" OR (format = ? AND figures_cells IS DISTINCT FROM ?)");
        values << stamp.key() << stamp.value();
    }
    StoreResult<StoreQuery> query =
        m_connection->exec(QStringLiteral("SELECT id, format, status, figures_sha256 FROM reports"
                                          " WHERE content_sha256 IS NOT NULL AND (%1)")
                               .arg(stale),
                           values);
    if (!query)
        return query.error();
    // A locked report keeps a stamp it has (its guard, as for its content's checksum): one of other
    // figure cells then stays stale and the report is read in full.
    QList<qint64> unstamped;
    while (query->next()) {
        const bool editable = reportStatusAllowsEdits(
            reportStatusFromId(query->value(2).toString()).value_or(ReportStatus::Draft));
        if (Format::byId(query->value(1).toString()) && (query->isNull(3) || editable))
            unstamped.append(query->value(0).toLongLong());
    }
    query->finish();
    if (unstamped.isEmpty())
        return {};
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    for (const qint64 id : std::as_const(unstamped)) {
        const StoreResult<ReportRow> row = reportRow(id);
        if (!row)
            return row.error();
        const StoreResult<Report> content = readContent(row.value());
        if (!content)
            return content.error();
        // Damaged content is not stamped as if it were intact: it stays to be read in full, and seen.
        const ContentStamps stamps = stampsOf(content.value());
        if (stamps.content != row->contentSha256)
            continue;
        const StoreResult<StoreQuery> stamped = m_connection->exec(
            QStringLiteral("UPDATE reports SET figures_sha256 = ?, figures_cells = ? WHERE id = ?"),
            {stamps.figures, stamps.figureCells, id});
        if (!stamped)
            return stamped.error();
    }
    qCInfo(lcStore) << "stamped the figure cells of" << unstamped.size() << "reports";
    return transaction.commit();
}

StoreResult<void> ReportStore::deleteContent(qint64 reportId)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM report_meta WHERE report_id = ?"),
                               QStringLiteral("DELETE FROM narratives WHERE report_id = ?"),
                               QStringLiteral("DELETE FROM cells WHERE report_id = ?")}) {
        const StoreResult<StoreQuery> result = m_connection->exec(sql, {reportId});
        if (!result)
            return result.error();
    }
    return {};
}

StoreResult<qint64> ReportStore::agencyId(const QString &name, const QString &kind)
{
    return AgencyDirectory(*m_connection).resolve(name, kind);
}

StoreResult<std::optional<qint64>> ReportStore::lastYearsReportId(qint64 agencyId, int year)
{
    const StoreResult<std::optional<qint64>> own = reportIdOf(agencyId, year - 1);
    if (!own || own.value())
        return own;
    // The same agency stored under another form of its name before agencies had aliases.
    const StoreResult<QList<qint64>> same = AgencyDirectory(*m_connection).sameAgency(agencyId);
    if (!same)
        return same.error();
    for (const qint64 other : same.value()) {
        if (other == agencyId)
            continue;
        const StoreResult<std::optional<qint64>> found = reportIdOf(other, year - 1);
        if (!found || found.value())
            return found;
    }
    return std::optional<qint64>();
}

StoreResult<std::optional<qint64>> ReportStore::reportIdOf(qint64 agencyId, int year)
{
    StoreResult<StoreQuery> query = m_connection->exec(
        QStringLiteral("SELECT id FROM reports WHERE agency_id = ? AND year = ?"), {agencyId, year});
    if (!query)
        return query.error();
    return query->next() ? std::optional<qint64>(query->value(0).toLongLong()) : std::nullopt;
}

StoreResult<void> ReportStore::saveSnapshot(qint64 reportId, int revision, AuditEntry::Action reason,
                                            const Report &report)
{
    // A revision number names one content, so a snapshot of it that exists already is the same.
    static const QString insert = SqlDialect::insertUnlessPresent(
        u"revisions",
        {QStringLiteral("report_id"), QStringLiteral("revision"), QStringLiteral("created"),
         QStringLiteral("actor"), QStringLiteral("reason"), QStringLiteral("snapshot"),
         QStringLiteral("snapshot_sha256")},
        {QStringLiteral("report_id"), QStringLiteral("revision")});
    const QString snapshot =
        QString::fromUtf8(QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Compact));
    const StoreResult<StoreQuery> result = m_connection->exec(
        insert, {reportId, revision, stored::time(QDateTime::currentDateTimeUtc()), stored::text(m_actor),
                 AuditEntry::actionId(reason), snapshot, textSha256(snapshot)});
    if (!result)
        return result.error();
    return {};
}

StoreResult<StoreWrite> ReportStore::auditWrite(qint64 reportId, int revision,
                                                const QList<AuditEntry> &entries) const
{
    // The audit log says who did what; a change nobody is named for is not made.
    if (m_actor.trimmed().isEmpty())
        return error(StoreError::Code::Refused, tr("No one is named for this change, so it was not made."));
    // One statement for every entry, in the order given (their ids follow it).
    StoreWrite write{QStringLiteral("INSERT INTO audit_log (report_id, revision, at, actor, action, target,"
                                    " old_value, new_value, note) VALUES "),
                     {}};
    const QString at = stored::time(QDateTime::currentDateTimeUtc());
    QStringList rows;
    for (const AuditEntry &entry : entries) {
        rows.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        write.values << reportId << revision << at << stored::text(m_actor)
                     << AuditEntry::actionId(entry.action) << stored::text(entry.target) << entry.oldValue
                     << entry.newValue << stored::text(entry.note);
    }
    write.sql += rows.join(QStringLiteral(", "));
    return write;
}

StoreResult<void> ReportStore::log(qint64 reportId, int revision, AuditEntry::Action action,
                                   const QString &target, const QString &oldValue, const QString &newValue,
                                   const QString &note)
{
    AuditEntry entry;
    entry.action = action;
    entry.target = target;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.note = note;
    const StoreResult<StoreWrite> write = auditWrite(reportId, revision, {entry});
    if (!write)
        return write.error();
    return m_connection->execWrites({write.value()});
}

StoreWrite ReportStore::countsWrite(qint64 reportId, int revision, const StampedCounts &counts)
{
    // Counts of an older revision than those kept (a slow background count) do not replace them.
    return {QStringLiteral(
                "INSERT INTO report_counts (report_id, revision, errors, warnings, rules_version)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (report_id) DO UPDATE SET"
                " revision = excluded.revision, errors = excluded.errors, warnings = excluded.warnings,"
                " rules_version = excluded.rules_version WHERE report_counts.revision <= excluded.revision"),
            {reportId, revision, counts.counts.errors, counts.counts.warnings,
             stored::text(counts.rulesVersion)}};
}

QList<StoreWrite> ReportStore::countWrites(qint64 reportId, int revision, qint64 agencyId, int year,
                                           const std::optional<StampedCounts> &counts)
{
    // Without counts, those kept are of an older revision than the report's now, which makes them stale.
    QList<StoreWrite> writes;
    if (counts)
        writes.append(countsWrite(reportId, revision, *counts));
    // The cross-year rules of the next year's report read this one.
    writes.append({QStringLiteral("UPDATE report_counts SET rules_version = NULL WHERE report_id IN"
                                  " (SELECT id FROM reports WHERE agency_id = ? AND year = ?)"),
                   {agencyId, year + 1}});
    return writes;
}

StoreResult<void> ReportStore::writeCounts(qint64 reportId, int revision, qint64 agencyId, int year,
                                           const std::optional<StampedCounts> &counts)
{
    return m_connection->execWrites(countWrites(reportId, revision, agencyId, year, counts));
}

StoreResult<bool> ReportStore::saveCounts(qint64 reportId, int revision, const StampedCounts &counts)
{
    const StoreWrite kept = countsWrite(reportId, revision, counts);
    if (const StoreResult<StoreQuery> written = m_connection->exec(kept.sql, kept.values); !written)
        return written.error();
    StoreResult<StoreQuery> current =
        m_connection->exec(QStringLiteral("SELECT revision FROM reports WHERE id = ?"), {reportId});
    if (!current)
        return current.error();
    if (!current->next())
        return notFound(reportId);
    return current->value(0).toInt() == revision;
}

StoreResult<QList<qint64>> ReportStore::staleCounts(const QString &rulesVersion)
{
    StoreResult<StoreQuery> query = m_connection->exec(
        QStringLiteral("SELECT r.id FROM reports r LEFT JOIN report_counts c ON c.report_id = r.id"
                       " WHERE c.rules_version IS NULL OR c.rules_version <> ? OR c.revision <> r.revision"
                       " ORDER BY r.year DESC, r.id"),
        {rulesVersion});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

StoreResult<int> ReportStore::finishEdit(StoreTransaction &transaction, const ReportRow &row,
                                         const Report &content, QList<StoreWrite> writes,
                                         const QList<AuditEntry> &changes,
                                         const std::optional<StampedCounts> &counts)
{
    const int revision = row.revision + 1;
    // The checksums of the content as the next read gets it, computed here instead of read back.
    const ContentStamps stamps = stampsOf(content);
    writes.append({QStringLiteral("UPDATE reports SET revision = ?, modified = ?, content_sha256 = ?,"
                                  " figures_sha256 = ?, figures_cells = ? WHERE id = ?"),
                   {revision, stored::time(QDateTime::currentDateTimeUtc()), stamps.content, stamps.figures,
                    stamps.figureCells, row.id}});
    const StoreResult<StoreWrite> logged = auditWrite(row.id, revision, changes);
    if (!logged)
        return logged.error();
    writes.append(logged.value());
    writes += countWrites(row.id, revision, row.agencyId, row.year, counts);
    // On a server the whole edit is one statement: one round trip besides the lock and the commit.
    if (const StoreResult<void> written = m_connection->execWrites(writes); !written)
        return written.error();
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
    const StoreResult<std::optional<qint64>> previousId = lastYearsReportId(agency.value(), year);
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

    const QString time = stored::time(QDateTime::currentDateTimeUtc());
    const StoreResult<qint64> insert = m_connection->insert(
        QStringLiteral("INSERT INTO reports (agency_id, year, format, status, revision, created, modified)"
                       " VALUES (?, ?, ?, ?, 1, ?, ?)"),
        {agency.value(), year, format->id(), reportStatusId(ReportStatus::Draft), time, time});
    if (!insert)
        return insert.error();
    created.id = insert.value();
    created.revision = 1;
    if (const StoreResult<void> written = writeContent(created.id, report); !written)
        return written.error();
    if (const StoreResult<void> logged = log(created.id, created.revision, AuditEntry::Action::Create, {}, {},
                                             QString::number(created.carried.size()));
        !logged)
        return logged.error();
    if (const StoreResult<void> counted =
            writeCounts(created.id, created.revision, agency.value(), year, std::nullopt);
        !counted)
        return counted.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

StoreResult<ImportedReport> ReportStore::importReport(const Report &report, bool replace,
                                                      const std::optional<StampedCounts> &counts)
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

    StoreResult<StoreQuery> named =
        m_connection->exec(QStringLiteral("SELECT name FROM agencies WHERE id = ?"), {agency.value()});
    if (!named)
        return named.error();
    const QString storedUnder = named->next() ? named->value(0).toString() : name;
    named->finish();
    ImportedReport imported;
    const QString time = stored::time(QDateTime::currentDateTimeUtc());
    if (existing.value()) {
        if (!replace)
            return error(StoreError::Code::AlreadyExists,
                         tr("The report of %1 for %2 is already stored; import it with replace to replace it "
                            "(the stored content is kept as a revision).")
                             .arg(name)
                             .arg(report.meta.year));
        const StoreResult<ReportRow> old = reportRow(*existing.value(), Lock::ForChange);
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
        imported = {old->id, old->revision + 1, true, storedUnder};
        // The status stays: a returned report replaced by an import is still to be resubmitted.
        const StoreResult<StoreQuery> update = m_connection->exec(
            QStringLiteral("UPDATE reports SET format = ?, revision = ?, modified = ? WHERE id = ?"),
            {report.format()->id(), imported.revision, time, imported.id});
        if (!update)
            return update.error();
    } else {
        const StoreResult<qint64> insert = m_connection->insert(
            QStringLiteral(
                "INSERT INTO reports (agency_id, year, format, status, revision, created, modified)"
                " VALUES (?, ?, ?, ?, 1, ?, ?)"),
            {agency.value(), report.meta.year, report.format()->id(), reportStatusId(ReportStatus::Draft),
             time, time});
        if (!insert)
            return insert.error();
        imported = {insert.value(), 1, false, storedUnder};
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
    if (const StoreResult<void> counted =
            writeCounts(imported.id, imported.revision, agency.value(), report.meta.year, counts);
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
    StoredReport stored{reportId, std::move(content).value(), row->revision, row->status};
    stored.content = row->contentSha256.isNull()                          ? ContentCheck::Unstamped
                     : row->contentSha256 == contentSha256(stored.report) ? ContentCheck::Intact
                                                                          : ContentCheck::Damaged;
    return stored;
}

StoreResult<qint64> ReportStore::findReport(const QString &agencyName, int year)
{
    StoreResult<StoreQuery> query =
        m_connection->exec(QStringLiteral("SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id"
                                          " WHERE a.name = ? AND r.year = ?"),
                           {agencyName.trimmed(), year});
    if (!query)
        return query.error();
    if (query->next())
        return query->value(0).toLongLong();
    query->finish();
    // Another name of the agency: an alias, or its short or full name.
    const StoreResult<AgencyMatch> agency = AgencyDirectory(*m_connection).match(agencyName);
    if (!agency)
        return agency.error();
    if (agency->isSure()) {
        const StoreResult<std::optional<qint64>> found = reportIdOf(agency->agency.id, year);
        if (!found)
            return found.error();
        if (found.value())
            return *found.value();
    }
    return error(StoreError::Code::NotFound,
                 tr("There is no report of %1 for %2 in the database.").arg(agencyName.trimmed()).arg(year));
}

StoreResult<std::optional<StoredReport>> ReportStore::previousReport(qint64 reportId)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<ReportRow> row = reportRow(reportId);
    if (!row)
        return row.error();
    const StoreResult<std::optional<qint64>> previousId = lastYearsReportId(row->agencyId, row->year);
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
        "SELECT r.id, a.name, a.kind, r.year, r.format, r.status, r.revision, r.modified, c.errors,"
        " c.warnings, c.rules_version, c.revision FROM reports r JOIN agencies a ON a.id = r.agency_id"
        " LEFT JOIN report_counts c ON c.report_id = r.id");
    const QString order = QStringLiteral(" ORDER BY r.year DESC, a.name");
    StoreResult<StoreQuery> query =
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
        summary.modified = stored::timeFrom(query->value(7));
        if (!query->value(8).isNull())
            summary.errors = query->value(8).toInt();
        if (!query->value(9).isNull())
            summary.warnings = query->value(9).toInt();
        // Counts of an earlier revision are stale: they say nothing about the content now.
        if (query->value(11).toInt() == summary.revision)
            summary.countedWith = query->value(10).toString();
        list.append(summary);
    }
    return list;
}

StoreResult<QHash<QString, int>> ReportStore::firstReportYears()
{
    StoreResult<StoreQuery> query = m_connection->exec(
        QStringLiteral("SELECT a.name, MIN(r.year) FROM reports r JOIN agencies a ON a.id = r.agency_id"
                       " GROUP BY a.name"));
    if (!query)
        return query.error();
    QHash<QString, int> years;
    while (query->next())
        years.insert(query->value(0).toString(), query->value(1).toInt());
    return years;
}

StoreResult<QHash<qint64, StoredFigureCells>> ReportStore::figureCells(int firstYear, int lastYear)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    StoreResult<StoreQuery> reports = m_connection->exec(
        QStringLiteral(
            "SELECT id, format, figures_sha256, figures_cells FROM reports WHERE year BETWEEN ? AND ?"),
        {firstYear, lastYear});
    if (!reports)
        return reports.error();
    QHash<qint64, StoredFigureCells> figures;
    QHash<qint64, QString> stamps; // the reports whose figure cells are stamped, and the stamp
    QList<qint64> unstamped;
    while (reports->next()) {
        StoredFigureCells report;
        report.id = reports->value(0).toLongLong();
        report.format = Format::byId(reports->value(1).toString());
        if (!report.format)
            return unknownFormat(report.id);
        if (!reports->isNull(2) &&
            reports->value(3).toString() == figureCellsStamps().value(report.format->id()))
            stamps.insert(report.id, reports->value(2).toString());
        else
            unstamped.append(report.id);
        figures.insert(report.id, report);
    }
    reports->finish();

    // One statement for the figure cells of every report of the years, whatever their format.
    static const QString select = [] {
        QStringList marks;
        marks.fill(QStringLiteral("?"), KeyFigures::cellsOfEveryFormat().size());
        return QStringLiteral("SELECT c.report_id, c.cell, c.units, c.unit, c.text FROM cells c"
                              " JOIN reports r ON r.id = c.report_id WHERE r.year BETWEEN ? AND ?"
                              " AND c.cell IN (%1)")
            .arg(marks.join(QStringLiteral(", ")));
    }();
    QVariantList values{firstYear, lastYear};
    for (const QString &cellId : KeyFigures::cellsOfEveryFormat())
        values.append(cellId);
    StoreResult<StoreQuery> cells = m_connection->exec(select, values);
    if (!cells)
        return cells.error();
    QHash<const Format *, QHash<QString, int>> figureCellIndexes; // cell id → its index in the format
    struct FigureCell
    {
        int index = -1; ///< in the format
        QString id;
        CellValue value;
    };
    QHash<qint64, QList<FigureCell>> rows;
    while (cells->next()) {
        const qint64 id = cells->value(0).toLongLong();
        if (!stamps.contains(id))
            continue;
        const Format *format = figures[id].format;
        auto indexes = figureCellIndexes.find(format);
        if (indexes == figureCellIndexes.end()) {
            indexes = figureCellIndexes.insert(format, {});
            for (const QString &cellId : KeyFigures::cellsOf(*format))
                indexes->insert(cellId, format->cellIndex(cellId));
        }
        // A cell another format sums, or one this format does not know, is no figure of this report.
        const QString cellId = cells->value(1).toString();
        const auto index = indexes->constFind(cellId);
        if (index == indexes->cend())
            continue;
        rows[id].append(
            {index.value(), cellId,
             decodeCell(cells->value(2), cells->value(3).toString(), cells->value(4).toString())});
    }
    cells->finish();

    for (auto stamp = stamps.cbegin(); stamp != stamps.cend(); ++stamp) {
        QList<FigureCell> &read = rows[stamp.key()];
        std::sort(read.begin(), read.end(),
                  [](const FigureCell &a, const FigureCell &b) { return a.index < b.index; });
        StoredFigureCells &report = figures[stamp.key()];
        // Hashed as the stamp hashed them: each value as a report read in full holds it, encoded.
        QList<std::pair<QString, CellRow>> ordered;
        read.removeIf([](const FigureCell &cell) { return cell.value.isBlank(); });
        for (const FigureCell &cell : std::as_const(read))
            ordered.append({cell.id, encodeCell(cell.value, report.format->column(cell.index))});
        if (figuresSha256(ordered) != stamp.value()) {
            report.content = ContentCheck::Damaged;
            continue;
        }
        for (const FigureCell &cell : std::as_const(read))
            report.cells.insert(cell.id, cell.value);
    }

    for (const qint64 id : std::as_const(unstamped)) {
        const StoreResult<StoredReport> stored = loadReport(id);
        if (!stored)
            return stored.error();
        StoredFigureCells &report = figures[id];
        report.content = stored->content;
        if (report.content == ContentCheck::Damaged)
            continue;
        for (const QString &cellId : KeyFigures::cellsOf(*report.format)) {
            if (const CellValue &value = stored->report.cell(report.format->cellIndex(cellId));
                !value.isBlank())
                report.cells.insert(cellId, value);
        }
    }
    return figures;
}

StoreResult<int> ReportStore::setCell(qint64 reportId, int cell, const CellValue &value, int expectedRevision,
                                      const std::optional<StampedCounts> &counts)
{
    return setCells(reportId, {{cell, value}}, expectedRevision, counts);
}

StoreResult<int> ReportStore::setCells(qint64 reportId, const QList<CellWrite> &changes, int expectedRevision,
                                       const std::optional<StampedCounts> &counts)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const auto valid = [&changes](const Report &content) {
        return std::all_of(changes.cbegin(), changes.cend(), [&content](const CellWrite &change) {
            return change.cell >= 0 && change.cell < content.format()->cellCount();
        });
    };
    ThisEdit thisEdit;
    thisEdit.logs = [&](const Report &content, const AuditEntry &entry) {
        const Format &format = *content.format();
        return valid(content) && entry.action == AuditEntry::Action::Cell &&
               std::any_of(changes.cbegin(), changes.cend(), [&](const CellWrite &change) {
                   return format.cellId(change.cell) == entry.target &&
                          cellText(format, change.cell, change.value) == entry.newValue;
               });
    };
    thisEdit.holds = [&](const Report &content) {
        // Each cell as its last value in the list.
        QMap<int, CellValue> last;
        for (const CellWrite &change : changes)
            last.insert(change.cell, change.value);
        return valid(content) && std::all_of(last.keyValueBegin(), last.keyValueEnd(), [&](const auto &cell) {
                   return content.cell(cell.first) == cell.second;
               });
    };
    StoreResult<EditBase> base = editBase(reportId, expectedRevision, thisEdit);
    if (!base)
        return base.error();
    if (base->done)
        return base->row.revision;
    const ReportRow &row = base->row;
    Report &report = base->content;
    const Format &format = *row.format;
    QList<AuditEntry> logged;
    // Each cell's last value (nullopt: blank, its row goes), written once.
    QMap<int, std::optional<CellRow>> written;
    for (const CellWrite &change : changes) {
        if (change.cell < 0 || change.cell >= format.cellCount())
            return error(StoreError::Code::InvalidInput,
                         tr("The report's format has no cell %1.").arg(change.cell));
        const CellValue oldValue = report.cell(change.cell);
        if (oldValue == change.value)
            continue;
        const CellRow encoded = encodeCell(change.value, format.column(change.cell));
        written.insert(change.cell, change.value.isBlank() ? std::nullopt : std::optional<CellRow>(encoded));
        // As the next read gets it, for the checksum.
        report.setCell(change.cell, change.value.isBlank()
                                        ? CellValue()
                                        : decodeCell(encoded.units, encoded.unit, encoded.text));
        AuditEntry entry;
        entry.action = AuditEntry::Action::Cell;
        entry.target = format.cellId(change.cell);
        entry.oldValue = cellText(format, change.cell, oldValue);
        entry.newValue = cellText(format, change.cell, change.value);
        logged.append(entry);
    }
    if (logged.isEmpty())
        return row.revision;
    static const QString upsert =
        SqlDialect::upsert(u"cells",
                           {QStringLiteral("report_id"), QStringLiteral("cell"), QStringLiteral("units"),
                            QStringLiteral("unit"), QStringLiteral("text")},
                           {QStringLiteral("report_id"), QStringLiteral("cell")});
    QList<StoreWrite> writes;
    for (auto cell = written.cbegin(); cell != written.cend(); ++cell) {
        const QString cellId = format.cellId(cell.key());
        const std::optional<CellRow> &encoded = cell.value();
        writes.append(encoded
                          ? StoreWrite{upsert,
                                       {reportId, cellId, encoded->units, stored::text(encoded->unit),
                                        stored::text(encoded->text)}}
                          : StoreWrite{QStringLiteral("DELETE FROM cells WHERE report_id = ? AND cell = ?"),
                                       {reportId, cellId}});
    }
    return finishEdit(transaction, row, report, writes, logged, counts);
}

StoreResult<int> ReportStore::setCell(qint64 reportId, const QString &cellId, const CellValue &value,
                                      int expectedRevision, const std::optional<StampedCounts> &counts)
{
    const StoreResult<ReportRow> row = reportRow(reportId);
    if (!row)
        return row.error();
    const int cell = row->format->cellIndex(cellId);
    if (cell < 0)
        return error(StoreError::Code::InvalidInput, tr("The report's format has no cell %1.").arg(cellId));
    return setCell(reportId, cell, value, expectedRevision, counts);
}

StoreResult<int> ReportStore::setNarrative(qint64 reportId, int part, const QString &text,
                                           int expectedRevision, const std::optional<StampedCounts> &counts)
{
    if (part < 0 || part > Report::PartCount)
        return error(StoreError::Code::InvalidInput, tr("A report has no part %1.").arg(part));
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    ThisEdit thisEdit;
    thisEdit.logs = [&](const Report &, const AuditEntry &entry) {
        return entry.action == AuditEntry::Action::Narrative &&
               entry.target == AuditEntry::narrativeTarget(part) && entry.newValue == text;
    };
    thisEdit.holds = [&](const Report &content) { return content.narrative(part) == text; };
    StoreResult<EditBase> base = editBase(reportId, expectedRevision, thisEdit);
    if (!base)
        return base.error();
    if (base->done || base->content.narrative(part) == text)
        return base->row.revision;
    base->content.narrative(part) = text;
    static const QString upsert = SqlDialect::upsert(
        u"narratives", {QStringLiteral("report_id"), QStringLiteral("part"), QStringLiteral("text")},
        {QStringLiteral("report_id"), QStringLiteral("part")});
    // The new text alone: the log of a part's edits (or a snapshot) gives every earlier text.
    AuditEntry change;
    change.action = AuditEntry::Action::Narrative;
    change.target = AuditEntry::narrativeTarget(part);
    change.newValue = text;
    return finishEdit(transaction, base->row, base->content, {{upsert, {reportId, part, stored::text(text)}}},
                      {change}, counts);
}

StoreResult<int> ReportStore::setMeta(qint64 reportId, const ReportMeta &meta, int expectedRevision,
                                      const std::optional<StampedCounts> &counts)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    ThisEdit thisEdit;
    thisEdit.logs = [&meta](const Report &, const AuditEntry &entry) {
        return entry.action == AuditEntry::Action::Meta &&
               std::any_of(std::cbegin(metaFields), std::cend(metaFields), [&](const MetaField &field) {
                   return entry.target == AuditEntry::metaTarget(QString::fromLatin1(field.id)) &&
                          entry.newValue == metaValue(meta, field);
               });
    };
    thisEdit.holds = [&meta](const Report &content) {
        return std::all_of(std::cbegin(metaFields), std::cend(metaFields), [&](const MetaField &field) {
            return metaValue(content.meta, field) == metaValue(meta, field);
        });
    };
    StoreResult<EditBase> base = editBase(reportId, expectedRevision, thisEdit);
    if (!base)
        return base.error();
    const ReportRow &row = base->row;
    if (meta.agencyName.trimmed() != row.agency || meta.year != row.year ||
        (!meta.formatId.isEmpty() && meta.formatId != row.format->id()))
        return error(StoreError::Code::InvalidInput,
                     tr("The agency, year and format of a stored report cannot be changed."));
    if (base->done)
        return row.revision;
    Report &content = base->content;

    QList<AuditEntry> changes;
    for (const MetaField &field : metaFields) {
        const QString oldValue = metaValue(content.meta, field);
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
        return row.revision;
    QList<StoreWrite> writes{metaWrite(reportId, meta)};
    if (meta.agencyKind != row.agencyKind)
        writes.append({QStringLiteral("UPDATE agencies SET kind = ? WHERE id = ?"),
                       {stored::text(meta.agencyKind), row.agencyId}});
    // The agency, year and format stay those of the row; the rest is what the next read gets.
    content.meta.title = meta.title;
    content.meta.documentNumber = meta.documentNumber;
    content.meta.issuer = meta.issuer;
    content.meta.issueDate = QDate::fromString(meta.issueDate.toString(Qt::ISODate), Qt::ISODate);
    content.meta.copyTo = meta.copyTo;
    return finishEdit(transaction, row, content, writes, changes, counts);
}

StoreResult<int> ReportStore::changeStatus(qint64 reportId, ReportStatus to, AuditEntry::Action action,
                                           const QString &note, int expectedRevision)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<ReportRow> row = reportRow(reportId, Lock::ForChange);
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
    const StoreResult<StoreQuery> update = m_connection->exec(
        QStringLiteral("UPDATE reports SET status = ?, revision = ?, modified = ? WHERE id = ?"),
        {reportStatusId(to), revision, stored::time(QDateTime::currentDateTimeUtc()), reportId});
    if (!update)
        return update.error();
    if (const StoreResult<void> kept = saveSnapshot(reportId, revision, action, content.value()); !kept)
        return kept.error();
    // The content is the same, and so are its counts.
    const StoreResult<StoreQuery> counts = m_connection->exec(
        QStringLiteral("UPDATE report_counts SET revision = ? WHERE report_id = ? AND revision = ?"),
        {revision, reportId, row->revision});
    if (!counts)
        return counts.error();
    if (const StoreResult<void> logged = log(reportId, revision, action, QStringLiteral("status"),
                                             reportStatusId(row->status), reportStatusId(to), note);
        !logged)
        return logged.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return revision;
}

StoreResult<void> ReportStore::deleteDraft(qint64 reportId)
{
    StoreTransaction transaction(*m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    // Not locked for a change first: on a server a supervisor deletes a draft they may not edit.
    // The deletion itself names the status it expects, so a report submitted meanwhile stays.
    const StoreResult<ReportRow> row = reportRow(reportId);
    if (!row)
        return row.error();
    if (row->status != ReportStatus::Draft)
        return error(StoreError::Code::Locked, tr("Only a draft can be deleted; the %1 report of %2 is “%3”.")
                                                   .arg(row->year)
                                                   .arg(row->agency, reportStatusLabel(row->status)));
    const StoreResult<StoreQuery> deleted =
        m_connection->exec(QStringLiteral("DELETE FROM reports WHERE id = ? AND status = ?"),
                           {reportId, reportStatusId(row->status)});
    if (!deleted)
        return deleted.error();
    if (deleted->rowsAffected() != 1)
        return error(StoreError::Code::PermissionDenied,
                     tr("The %1 report of %2 was not deleted: it is no longer a draft, or the server does "
                        "not let you delete it.")
                         .arg(row->year)
                         .arg(row->agency));
    // A server's own trigger logs it with the login (StoreSchema, migration 14).
    if (!m_connection->dialect().knowsLogin()) {
        if (const StoreResult<void> logged = OfficeLogRecords(*m_connection)
                                                 .draftDeleted({row->agency, row->year, row->revision,
                                                                m_actor, QDateTime::currentDateTimeUtc()});
            !logged)
            return logged;
    }
    if (const StoreResult<void> next = writeCounts(reportId, row->revision, row->agencyId, row->year, {});
        !next)
        return next;
    return transaction.commit();
}

StoreResult<QList<RevisionInfo>> ReportStore::revisions(qint64 reportId)
{
    if (const StoreResult<ReportRow> row = reportRow(reportId); !row)
        return row.error();
    StoreResult<StoreQuery> query = m_connection->exec(
        QStringLiteral(
            "SELECT revision, created, actor, reason FROM revisions WHERE report_id = ? ORDER BY revision"),
        {reportId});
    if (!query)
        return query.error();
    QList<RevisionInfo> list;
    while (query->next()) {
        list.append(
            {query->value(0).toInt(), stored::timeFrom(query->value(1)), query->value(2).toString(),
             AuditEntry::actionFromId(query->value(3).toString()).value_or(AuditEntry::Action::Import)});
    }
    return list;
}

StoreResult<QHash<qint64, RevisionInfo>> ReportStore::lastSubmissions(int year)
{
    StoreResult<StoreQuery> query = m_connection->exec(
        QStringLiteral("SELECT v.report_id, v.revision, v.created, v.actor FROM revisions v"
                       " JOIN reports r ON r.id = v.report_id WHERE r.year = ? AND v.reason = ?"
                       " ORDER BY v.report_id, v.revision"),
        {year, AuditEntry::actionId(AuditEntry::Action::Submit)});
    if (!query)
        return query.error();
    // A returned and submitted again report has several: in revision order, the last one stays.
    QHash<qint64, RevisionInfo> submissions;
    while (query->next()) {
        submissions.insert(query->value(0).toLongLong(),
                           {query->value(1).toInt(), stored::timeFrom(query->value(2)),
                            query->value(3).toString(), AuditEntry::Action::Submit});
    }
    return submissions;
}

StoreResult<Report> ReportStore::loadRevision(qint64 reportId, int revision)
{
    StoreResult<StoreQuery> query = m_connection->exec(
        QStringLiteral(
            "SELECT snapshot, snapshot_sha256 FROM revisions WHERE report_id = ? AND revision = ?"),
        {reportId, revision});
    if (!query)
        return query.error();
    if (!query->next())
        return error(StoreError::Code::NotFound,
                     tr("Report %1 has no snapshot of revision %2.").arg(reportId).arg(revision));
    const QString text = query->value(0).toString();
    if (!query->isNull(1) && query->value(1).toString() != textSha256(text))
        return error(
            StoreError::Code::Corrupt,
            tr("The snapshot of revision %1 no longer matches its checksum: the database was damaged "
               "or changed outside Nianbao. Do not rely on it; restore the database from a backup.")
                .arg(revision));
    QString problem;
    const QJsonDocument snapshot = QJsonDocument::fromJson(text.toUtf8());
    std::optional<Report> report = ReportJson::fromJson(snapshot.object(), &problem);
    if (!report)
        return error(StoreError::Code::Corrupt,
                     tr("The snapshot of revision %1 cannot be read (%2).").arg(revision).arg(problem));
    return std::move(*report);
}

StoreResult<QStringList> ReportStore::integrityProblems()
{
    return m_connection->dialect().integrityProblems(*m_connection);
}

StoreResult<QList<AuditEntry>> ReportStore::auditLog(qint64 reportId)
{
    if (const StoreResult<ReportRow> row = reportRow(reportId); !row)
        return row.error();
    StoreResult<StoreQuery> query = m_connection->exec(
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
        entry.at = stored::timeFrom(query->value(2));
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
