// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "carryover.h"
#include "finding.h"
#include "report.h"
#include "reportstatus.h"
#include "storeerror.h"
#include "storelocation.h"
#include "storetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace nianbao {

class StoreConnection;
struct StoreWrite;

/// Whether a stored report's content is what was written: its checksum, written with the content,
/// against the content as read. (Without a fixed underlying type: lupdate reads `enum class X : T`
/// at namespace scope as a class and loses the translation context of ReportStore.)
enum class ContentCheck {
    Intact,
    Unstamped, ///< stored before checksums (schema version 5 and older) and not written since
    Damaged,   ///< the content read is not what was written: the database is damaged or was edited
};

/// A report as stored: its content, the revision it is at, and its status.
struct StoredReport
{
    qint64 id = 0;
    Report report;
    int revision = 0;
    ReportStatus status = ReportStatus::Draft;
    ContentCheck content = ContentCheck::Intact;

    /// A loud message when the content is damaged (Chinese through the translation); empty otherwise.
    QString damage() const;
};

/// The key figures' cells of a stored report (KeyFigures::cellsOf its format), read without the rest
/// of its content.
struct StoredFigureCells
{
    qint64 id = 0;
    const Format *format = nullptr;
    ContentCheck content = ContentCheck::Intact;
    QHash<QString, CellValue> cells; ///< the filled ones by cell id; none when the content is damaged
};

/// A line of the report list.
struct ReportSummary
{
    qint64 id = 0;
    QString agency;
    QString agencyKind;
    int year = 0;
    QString formatId;
    ReportStatus status = ReportStatus::Draft;
    int revision = 0;
    QDateTime modified;
    std::optional<int> errors; ///< nullopt until the report has been counted
    std::optional<int> warnings;
    QString countedWith; ///< the rules version of the counts; empty when they are known to be stale

    /// Whether the counts are those of the rules of rulesVersion.
    bool countsCurrent(const QString &rulesVersion) const
    {
        return errors && warnings && countedWith == rulesVersion;
    }
};

/// One cell of a paste: its index in the format, and the value.
struct CellWrite
{
    int cell = -1;
    CellValue value;
};

/// An immutable snapshot of a whole report.
struct RevisionInfo
{
    int revision = 0;
    QDateTime at;
    QString actor;
    AuditEntry::Action reason =
        AuditEntry::Action::Import; ///< Import: as imported; Replace: before a replacing import
};

struct CreatedReport
{
    qint64 id = 0;
    int revision = 0;
    QList<CarriedItem> carried; ///< what was taken over from last year's report
};

struct ImportedReport
{
    qint64 id = 0;
    int revision = 0;
    bool replaced = false;
    QString agency; ///< the full name of the agency it is stored under (the name given may be a short one)
};

/**
 * The reports of one database — an SQLite file, or a database on a PostgreSQL server; what
 * differs between them is the SqlDialect's business. Drafts are written through at every edit, so
 * nothing needs saving and a crash loses nothing confirmed. Each edit is one short transaction
 * that names the revision it was based on; when another window or process changed the report
 * meanwhile the edit is refused with the changes it would have overwritten. Every change goes to
 * an audit log, and imports keep immutable snapshots of whole reports.
 *
 * The store never validates. The error and warning counts of the report list are computed by the
 * caller, who has the findings already (the document validates at every edit), and given with the
 * change, stamped with the rules version; a change without counts, and a change to the year before
 * (whose report the cross-year rules read), leaves them stale. CountRefresher counts stale reports
 * in the background, outside any transaction.
 *
 * Each store owns a connection of its own name, so tests and windows can open many. Failures —
 * a file that is not a database, a corrupt or newer one, a read-only file, a full disk — are
 * returned as StoreError with a message for the clerk; the file is then left as it was.
 */
class ReportStore
{
    Q_DISABLE_COPY_MOVE(ReportStore)
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
public:
    enum class OpenMode : quint8 {
        ReadWrite,
        ReadOnly,
        Administer, ///< ReadWrite, and brings a server's schema up to date (`nianbao server init`)
    };

    /// nianbao.sqlite in the application's data folder.
    static QString defaultPath();
    /// The operating-system account ($USER; "uid N" when it has no name): the default actor.
    static QString systemAccount();
    /// Opens (and creates, or upgrades to the current schema) the database at path, or the one a
    /// postgresql:// address names.
    static StoreResult<std::unique_ptr<ReportStore>> open(const QString &path,
                                                          OpenMode mode = OpenMode::ReadWrite);
    static StoreResult<std::unique_ptr<ReportStore>> open(const StoreLocation &location,
                                                          OpenMode mode = OpenMode::ReadWrite);
    ~ReportStore();

    const StoreLocation &location() const { return m_location; }
    /// The file of an SQLite store.
    const QString &path() const { return m_location.path; }
    /// Name of the Qt SQL connection, for tools that inspect the database directly.
    QString connectionName() const;
    /// The connection, for the review's stores (users, comments) that share this database and its
    /// transactions.
    StoreConnection &connection() { return *m_connection; }

    /// After many reports were written at once (a generated or copied database): the database's
    /// query planner learns the tables as they are now.
    StoreResult<void> refreshStatistics();
    /// Connects anew, as it was opened, after the connection to the server was lost (an Unreachable
    /// error): the server restarted, or the network came back. Statements are prepared again on the
    /// new connection. Call it with no transaction open. A file needs nothing of the kind.
    StoreResult<void> reconnect();
    /// Whether the store has a connection: false after a reconnect() that failed.
    bool isConnected() const;
    /// The role the server knows this connection as (its login); empty for an SQLite file, which
    /// has no logins.
    StoreResult<QString> login();

    /// Who the audit log names for this store's changes (default: the operating-system account).
    /// A change is refused while it is empty.
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// Groups several operations into one transaction (e.g. a bulk import); rolled back unless committed.
    StoreTransaction batch();

    /// A new draft in the year's format, starting from the agency's report of the year before. It is
    /// not counted yet.
    StoreResult<CreatedReport> createReport(const QString &agencyName, const QString &agencyKind, int year);
    /// Stores a whole report as a draft, with its counts when the caller has them. A report of the
    /// same agency and year is an error unless replace is set; a replaced report keeps its old
    /// content as a revision snapshot.
    StoreResult<ImportedReport> importReport(const Report &report, bool replace = false,
                                             const std::optional<StampedCounts> &counts = std::nullopt);

    StoreResult<StoredReport> loadReport(qint64 reportId);
    /// The report of the agency agencyName names (its full name, an alias, or surely its short or
    /// full name: AgencyMatcher) for year.
    StoreResult<qint64> findReport(const QString &agencyName, int year);
    /// The same agency's report of the year before, if stored (also under another form of the
    /// agency's name).
    StoreResult<std::optional<StoredReport>> previousReport(qint64 reportId);
    /// Every report, or those of one year, newest year first.
    StoreResult<QList<ReportSummary>> listReports(std::optional<int> year = std::nullopt);
    /// The year of each agency's first report, by the agency's name (on a server, of the reports the
    /// login may read): one row an agency where listReports() is one a report.
    StoreResult<QHash<QString, int>> firstReportYears();
    /// The key figures' cells of every report of the years firstYear … lastYear, by report id: the
    /// county summary and the year table, which need a dozen figures of many reports and not their
    /// text. Checked against a checksum of those cells alone; a report without one (written before
    /// it, or for another list of figure cells) is read in full and checked as loadReport does.
    StoreResult<QHash<qint64, StoredFigureCells>> figureCells(int firstYear, int lastYear);

    /// Edits: each returns the report's new revision (unchanged when the value was already there).
    /// counts are those of the report after the edit; without them the report's counts go stale.
    StoreResult<int> setCell(qint64 reportId, int cell, const CellValue &value, int expectedRevision,
                             const std::optional<StampedCounts> &counts = std::nullopt);
    StoreResult<int> setCell(qint64 reportId, const QString &cellId, const CellValue &value,
                             int expectedRevision, const std::optional<StampedCounts> &counts = std::nullopt);
    /// Several cells at once (a paste): one revision, all stored or none.
    StoreResult<int> setCells(qint64 reportId, const QList<CellWrite> &changes, int expectedRevision,
                              const std::optional<StampedCounts> &counts = std::nullopt);
    /// part 0 is the preamble, 1 … 6 the parts 一 … 六.
    StoreResult<int> setNarrative(qint64 reportId, int part, const QString &text, int expectedRevision,
                                  const std::optional<StampedCounts> &counts = std::nullopt);
    /// Changes the descriptive metadata; agency, year and format of a stored report stay as they are.
    StoreResult<int> setMeta(qint64 reportId, const ReportMeta &meta, int expectedRevision,
                             const std::optional<StampedCounts> &counts = std::nullopt);

    /// Keeps the counts of the report as it was at revision (unless counts of a later revision are
    /// kept); true when that is still the report's revision, so the counts are current.
    StoreResult<bool> saveCounts(qint64 reportId, int revision, const StampedCounts &counts);
    /// The reports whose counts are missing, of an older revision, or not of rulesVersion, by id.
    StoreResult<QList<qint64>> staleCounts(const QString &rulesVersion);

    /// Moves the report to another status for a review action (Submit, Return, Approve) in one
    /// transaction: bumps the revision, logs the transition with its note and keeps a snapshot of the
    /// content under the new revision. Who may do it is ReviewWorkflow's business; this only refuses
    /// a stale expectedRevision, and the database refuses transitions the workflow never makes.
    /// Returns the new revision.
    StoreResult<int> changeStatus(qint64 reportId, ReportStatus to, AuditEntry::Action action,
                                  const QString &note, int expectedRevision);
    /// Deletes a draft with everything kept about it (content, snapshots, audit log, counts) in one
    /// transaction; a report in any other status is refused (Locked) and nothing is deleted. Who may
    /// is ReportIntake's business; on a server the database decides once more. The next year's
    /// report is counted again (its cross-year rules read this one).
    StoreResult<void> deleteDraft(qint64 reportId);

    StoreResult<QList<RevisionInfo>> revisions(qint64 reportId);
    /// The last submission (the last revision whose reason is Submit) of each report of year that was
    /// ever submitted, by report id: one statement for the whole year where revisions() is two for
    /// each report. On a server only the reports the login may read.
    StoreResult<QHash<qint64, RevisionInfo>> lastSubmissions(int year);
    /// The snapshot of a revision; a Corrupt error when it no longer matches its checksum.
    StoreResult<Report> loadRevision(qint64 reportId, int revision);
    StoreResult<QList<AuditEntry>> auditLog(qint64 reportId);

    /// The database's own check of its pages and indexes (slow); one line per problem.
    StoreResult<QStringList> integrityProblems();

private:
    struct ReportRow;

    enum class Lock : quint8 { None, ForChange };

    ReportStore(const StoreLocation &location, OpenMode mode);
    StoreResult<void> setUp();
    StoreResult<void> migrate();

    /// The report's row, read with lockRows at the end of the statement; nullopt when none came back.
    StoreResult<std::optional<ReportRow>> selectReportRow(qint64 reportId, const QString &lockRows);
    StoreResult<ReportRow> reportRow(qint64 reportId, Lock lock = Lock::None);
    /// The report locked for an edit made on expectedRevision, and its content.
    struct EditBase;
    /// How an edit knows itself again: whether an audit entry is one it logs, and whether the
    /// content holds every value it asks for.
    struct ThisEdit
    {
        std::function<bool(const Report &content, const AuditEntry &entry)> logs;
        std::function<bool(const Report &content)> holds;
    };
    /// The report locked for an edit made on expectedRevision. At another revision the edit is
    /// refused as a conflict, unless the one revision since is thisEdit itself (done).
    StoreResult<EditBase> editBase(qint64 reportId, int expectedRevision, const ThisEdit &thisEdit);
    /// The Conflict error of an edit made on expectedRevision, with the changes made since.
    StoreError conflictSince(const ReportRow &row, int expectedRevision);
    StoreResult<Report> readContent(const ReportRow &row);
    /// Writes the content of a report that has none, and stamps its checksum.
    StoreResult<void> writeContent(qint64 reportId, const Report &report);
    static StoreWrite metaWrite(qint64 reportId, const ReportMeta &meta);
    /// Stamps the figure cells of the reports whose intact content has no stamp of the figure cells
    /// of this version yet (see figureCells); run by whoever may change the schema, after it.
    StoreResult<void> stampFigureCells();
    StoreResult<void> deleteContent(qint64 reportId);
    StoreResult<qint64> agencyId(const QString &name, const QString &kind);
    StoreResult<std::optional<qint64>> reportIdOf(qint64 agencyId, int year);
    /// The report of the year before year of the agency, or of the agency stored under another
    /// form of its name (AgencyDirectory::sameAgency).
    StoreResult<std::optional<qint64>> lastYearsReportId(qint64 agencyId, int year);
    StoreResult<void> saveSnapshot(qint64 reportId, int revision, AuditEntry::Action reason,
                                   const Report &report);
    /// The audit log's entries of one change, in the actor's name; refused while nobody is named.
    StoreResult<StoreWrite> auditWrite(qint64 reportId, int revision, const QList<AuditEntry> &entries) const;
    StoreResult<void> log(qint64 reportId, int revision, AuditEntry::Action action,
                          const QString &target = {}, const QString &oldValue = {},
                          const QString &newValue = {}, const QString &note = {});
    /// Keeps the counts of the report's revision, unless newer ones are kept already.
    static StoreWrite countsWrite(qint64 reportId, int revision, const StampedCounts &counts);
    /// countsWrite when there are counts (without, those kept are stale: of an older revision), and
    /// the next year's report marked stale, whose cross-year rules read this one.
    static QList<StoreWrite> countWrites(qint64 reportId, int revision, qint64 agencyId, int year,
                                         const std::optional<StampedCounts> &counts);
    StoreResult<void> writeCounts(qint64 reportId, int revision, qint64 agencyId, int year,
                                  const std::optional<StampedCounts> &counts);
    /// Writes the content's changes, bumps the revision with the checksum of content (the report
    /// after the change, as the next read gets it), logs the changes, stores the counts and commits.
    StoreResult<int> finishEdit(StoreTransaction &transaction, const ReportRow &row, const Report &content,
                                QList<StoreWrite> writes, const QList<AuditEntry> &changes,
                                const std::optional<StampedCounts> &counts);

    StoreLocation m_location;
    OpenMode m_mode;
    QString m_actor;
    std::unique_ptr<StoreConnection> m_connection;
};

} // namespace nianbao
