// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeschema.h"

#include "sqldialect.h"

namespace nianbao {

namespace {

const QString lockedStatuses = QStringLiteral("('submitted', 'approved')");
const QString reportLocked = QStringLiteral("nianbao: report locked");

// The content tables of a report refuse every change while the report is submitted or approved.
QList<SchemaStep> contentLocked(const QString &table)
{
    return {
        SchemaStep::guard(table + QStringLiteral("_locked_insert"), table, QStringLiteral("INSERT"),
                          QStringLiteral("(SELECT status FROM reports WHERE id = NEW.report_id) IN ") +
                              lockedStatuses,
                          reportLocked),
        SchemaStep::guard(table + QStringLiteral("_locked_update"), table, QStringLiteral("UPDATE"),
                          QStringLiteral("EXISTS (SELECT 1 FROM reports WHERE id IN (OLD.report_id, "
                                         "NEW.report_id) AND status IN ") +
                              lockedStatuses + u')',
                          reportLocked),
        SchemaStep::guard(table + QStringLiteral("_locked_delete"), table, QStringLiteral("DELETE"),
                          QStringLiteral("(SELECT status FROM reports WHERE id = OLD.report_id) IN ") +
                              lockedStatuses,
                          reportLocked),
    };
}

const QString recordFixed = QStringLiteral("nianbao: record fixed");
const QString appendOnly = QStringLiteral("nianbao: history append-only");

// The guards of a table that is only ever added to.
QList<SchemaStep> appendOnlyGuards(const QString &table)
{
    return {
        SchemaStep::guard(table + QStringLiteral("_immutable"), table, QStringLiteral("UPDATE"), {},
                          appendOnly),
        SchemaStep::guard(table + QStringLiteral("_kept"), table, QStringLiteral("DELETE"), {}, appendOnly)};
}

// A guard that refuses to change the columns of table: the keys that say which report a row
// belongs to, and who wrote it.
SchemaStep columnsFixed(const QString &table, const QStringList &columns)
{
    QStringList changed;
    for (const QString &column : columns)
        changed.append(QStringLiteral("NEW.%1 IS DISTINCT FROM OLD.%1").arg(column));
    return SchemaStep::guard(table + QStringLiteral("_fixed"), table,
                             QStringLiteral("UPDATE OF ") + columns.join(QStringLiteral(", ")),
                             changed.join(QStringLiteral(" OR ")), recordFixed);
}

// 5: the database guards its history and who owns what, so that no statement can move content
// between reports (change a report's id, edit the rows under the old id, change it back) or rewrite
// what happened: ids and owners never change, a revision only goes forward, the audit log,
// snapshots and acknowledged warnings are only ever added to, and an approval is recorded only for
// the approved revision of its report.
Migration guardedHistory()
{
    Migration guarded{5, {}};
    guarded.steps.append(
        columnsFixed(QStringLiteral("reports"), {QStringLiteral("id"), QStringLiteral("agency_id"),
                                                 QStringLiteral("year"), QStringLiteral("created")}));
    guarded.steps.append(SchemaStep::guard(QStringLiteral("reports_revision_forward"),
                                           QStringLiteral("reports"), QStringLiteral("UPDATE OF revision"),
                                           QStringLiteral("NEW.revision < OLD.revision"), recordFixed));
    guarded.steps.append(columnsFixed(QStringLiteral("agencies"), {QStringLiteral("id")}));
    guarded.steps.append(
        columnsFixed(QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("name")}));
    for (const QString &table :
         {QStringLiteral("report_meta"), QStringLiteral("narratives"), QStringLiteral("cells")})
        guarded.steps.append(columnsFixed(table, {QStringLiteral("report_id")}));
    guarded.steps.append(
        columnsFixed(QStringLiteral("comments"),
                     {QStringLiteral("id"), QStringLiteral("report_id"), QStringLiteral("author")}));
    for (const QString &table : {QStringLiteral("audit_log"), QStringLiteral("acknowledgements")})
        guarded.steps += appendOnlyGuards(table);
    guarded.steps.append(SchemaStep::guard(QStringLiteral("revisions_kept"), QStringLiteral("revisions"),
                                           QStringLiteral("DELETE"), {}, appendOnly));
    guarded.steps.append(SchemaStep::guard(
        QStringLiteral("approvals_of_approved"), QStringLiteral("approvals"), QStringLiteral("INSERT"),
        QStringLiteral("NOT EXISTS (SELECT 1 FROM reports WHERE id = NEW.report_id AND status = 'approved'"
                       " AND revision = NEW.revision)"),
        QStringLiteral("nianbao: approval refused")));
    return guarded;
}

// On a server: who may see and change what, enforced by PostgreSQL for every login whatever
// program it uses (psql included). A login is a clerk or a supervisor of this database when it is
// a member of the group role (table rights) and the database's users table names it with that role
// (which rows); the administrator who owns the tables is neither and is not limited.
const QString clerkGroup = QStringLiteral("nianbao_clerk");
const QString supervisorGroup = QStringLiteral("nianbao_supervisor");
const QString bothGroups = clerkGroup + QStringLiteral(", ") + supervisorGroup;

SchemaStep onServer(const QString &sql)
{
    return SchemaStep::statementFor(Backend::Postgres, sql);
}

// Whether the login is a clerk of the report's agency (agencyId: an SQL expression).
QString clerkCovers(const QString &agencyId)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM agencies a JOIN user_agencies ua ON ua.agency = a.name"
                          " JOIN users u ON u.id = ua.user_id WHERE a.id = %1 AND u.name = current_user"
                          " AND u.role = 'clerk')")
        .arg(agencyId);
}

const QString isSupervisor =
    QStringLiteral("EXISTS (SELECT 1 FROM users WHERE name = current_user AND role = 'supervisor')");

// The report row reportId names is one the login may see (the reports' own policies decide), and
// when statuses is given, in one of them.
QString reportVisible(const QString &table, const QString &statuses = {})
{
    QString condition =
        QStringLiteral("EXISTS (SELECT 1 FROM reports r WHERE r.id = %1.report_id").arg(table);
    if (!statuses.isEmpty())
        condition += QStringLiteral(" AND r.status IN ") + statuses;
    return condition + u')';
}

QList<SchemaStep> serverRights()
{
    const QString editable = QStringLiteral("('draft', 'returned')");
    QList<SchemaStep> steps{
        onServer(
            QStringLiteral("DO $roles$ BEGIN"
                           " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nianbao_clerk') THEN"
                           " CREATE ROLE nianbao_clerk NOLOGIN; END IF;"
                           " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nianbao_supervisor') THEN"
                           " CREATE ROLE nianbao_supervisor NOLOGIN; END IF; END $roles$")),
        // Only Nianbao's logins connect; nobody makes temporary tables that could stand in for
        // the users table in a function's search.
        onServer(QStringLiteral(
            "DO $connect$ BEGIN"
            " EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());"
            " EXECUTE format('GRANT CONNECT ON DATABASE %I TO nianbao_clerk, nianbao_supervisor',"
            " current_database()); END $connect$")),
        onServer(
            QStringLiteral("GRANT SELECT ON agencies, reports, report_meta, narratives, cells, revisions,"
                           " audit_log, users, user_agencies, comments, acknowledgements, approvals,"
                           " report_counts, signing_keys, nianbao_schema TO ") +
            bothGroups),
        onServer(QStringLiteral("GRANT INSERT (name, kind), UPDATE (kind) ON agencies TO ") + bothGroups),
        onServer(
            QStringLiteral(
                "GRANT INSERT, UPDATE (status, revision, modified, format, content_sha256) ON reports TO ") +
            bothGroups),
        onServer(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON report_meta, narratives, cells TO ") +
                 clerkGroup),
        onServer(QStringLiteral("GRANT INSERT ON report_meta, narratives, cells TO ") + supervisorGroup),
        onServer(QStringLiteral("GRANT INSERT ON revisions, audit_log, acknowledgements, comments TO ") +
                 bothGroups),
        onServer(QStringLiteral("GRANT UPDATE (resolved, resolved_by, resolved_at) ON comments TO ") +
                 bothGroups),
        onServer(QStringLiteral("GRANT INSERT, UPDATE ON report_counts TO ") + bothGroups),
        onServer(QStringLiteral("GRANT INSERT ON approvals, signing_keys TO ") + supervisorGroup),
    };
    // A supervisor registers signing keys for themselves only: a key in another's name would let
    // its holder sign approvals that verify as that person's.
    steps << onServer(QStringLiteral("ALTER TABLE signing_keys ENABLE ROW LEVEL SECURITY"))
          << onServer(QStringLiteral("CREATE POLICY readers ON signing_keys FOR SELECT TO ") + bothGroups +
                      QStringLiteral(" USING (true)"))
          << onServer(QStringLiteral("CREATE POLICY own_keys ON signing_keys FOR INSERT TO nianbao_supervisor"
                                     " WITH CHECK (user_id = (SELECT id FROM users WHERE name = current_user"
                                     " AND role = 'supervisor'))"));
    // The reports: a clerk sees those of their agencies and changes them while draft or returned
    // (submitting is the last change); a supervisor sees all and changes only submitted ones, to
    // returned or approved. Nobody changes an approved report.
    const QString covers = clerkCovers(QStringLiteral("reports.agency_id"));
    steps << onServer(QStringLiteral("ALTER TABLE reports ENABLE ROW LEVEL SECURITY"))
          << onServer(
                 QStringLiteral("CREATE POLICY clerk_reads ON reports FOR SELECT TO nianbao_clerk USING (") +
                 covers + u')')
          << onServer(QStringLiteral("CREATE POLICY clerk_adds ON reports FOR INSERT TO nianbao_clerk"
                                     " WITH CHECK (status = 'draft' AND ") +
                      covers + u')')
          << onServer(QStringLiteral("CREATE POLICY clerk_edits ON reports FOR UPDATE TO nianbao_clerk"
                                     " USING (status IN ") +
                      editable + QStringLiteral(" AND ") + covers +
                      QStringLiteral(") WITH CHECK (status IN ('draft', 'returned', 'submitted') AND ") +
                      covers + u')')
          << onServer(
                 QStringLiteral("CREATE POLICY supervisor_reads ON reports FOR SELECT TO nianbao_supervisor"
                                " USING (") +
                 isSupervisor + u')')
          << onServer(
                 QStringLiteral("CREATE POLICY supervisor_adds ON reports FOR INSERT TO nianbao_supervisor"
                                " WITH CHECK (status = 'draft' AND ") +
                 isSupervisor + u')')
          << onServer(
                 QStringLiteral("CREATE POLICY supervisor_reviews ON reports FOR UPDATE TO nianbao_supervisor"
                                " USING (status = 'submitted' AND ") +
                 isSupervisor + QStringLiteral(") WITH CHECK (status IN ('returned', 'approved') AND ") +
                 isSupervisor + u')');
    // The content of a report: read with the report, written by its clerk while it is editable; a
    // supervisor fills a new draft (an import) but edits nothing.
    for (const QString &table :
         {QStringLiteral("report_meta"), QStringLiteral("narratives"), QStringLiteral("cells")}) {
        steps
            << onServer(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table))
            << onServer(QStringLiteral("CREATE POLICY readers ON %1 FOR SELECT TO %2 USING (%3)")
                            .arg(table, bothGroups, reportVisible(table)))
            << onServer(QStringLiteral("CREATE POLICY clerk_writes ON %1 FOR ALL TO nianbao_clerk USING (%2)"
                                       " WITH CHECK (%2)")
                            .arg(table, reportVisible(table, editable)))
            << onServer(QStringLiteral("CREATE POLICY supervisor_fills ON %1 FOR INSERT TO nianbao_supervisor"
                                       " WITH CHECK (%2)")
                            .arg(table, reportVisible(table, QStringLiteral("('draft')"))));
    }
    // What is kept about a report is read and added with the report; nothing is changed or removed
    // (no right to), but for resolving a comment and recounting.
    for (const QString &table :
         {QStringLiteral("revisions"), QStringLiteral("audit_log"), QStringLiteral("acknowledgements"),
          QStringLiteral("comments"), QStringLiteral("approvals"), QStringLiteral("report_counts")}) {
        steps << onServer(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table))
              << onServer(QStringLiteral("CREATE POLICY readers ON %1 FOR SELECT TO %2 USING (%3)")
                              .arg(table, bothGroups, reportVisible(table)))
              << onServer(QStringLiteral("CREATE POLICY writers ON %1 FOR INSERT TO %2 WITH CHECK (%3)")
                              .arg(table, table == u"approvals" ? supervisorGroup : bothGroups,
                                   reportVisible(table)));
    }
    for (const QString &table : {QStringLiteral("comments"), QStringLiteral("report_counts")})
        steps << onServer(QStringLiteral("CREATE POLICY changers ON %1 FOR UPDATE TO %2 USING (%3)")
                              .arg(table, bothGroups, reportVisible(table)));
    // The audit log and every record of who did something names the login the server knows, not a
    // name the program sends. The administrator (no user of the review) names the actor: a copy of
    // an office's database keeps the names it had.
    steps
        << onServer(QStringLiteral(
               "CREATE FUNCTION nianbao_actor_is_login() RETURNS trigger LANGUAGE plpgsql AS $actor$ BEGIN"
               " IF EXISTS (SELECT 1 FROM users WHERE name = current_user) THEN"
               " NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], current_user::text));"
               " END IF; RETURN NEW; END $actor$"))
        << onServer(QStringLiteral(
               "DO $path$ BEGIN EXECUTE format('ALTER FUNCTION nianbao_actor_is_login() SET search_path = %I,"
               " pg_temp', current_schema()); END $path$"));
    const QList<std::pair<QString, QString>> actors{
        {QStringLiteral("audit_log"), QStringLiteral("actor")},
        {QStringLiteral("revisions"), QStringLiteral("actor")},
        {QStringLiteral("acknowledgements"), QStringLiteral("actor")},
        {QStringLiteral("approvals"), QStringLiteral("actor")},
        {QStringLiteral("comments"), QStringLiteral("author")},
    };
    for (const auto &[table, column] : actors)
        steps << onServer(QStringLiteral("CREATE TRIGGER %1_names_login BEFORE INSERT ON %1 FOR EACH ROW"
                                         " EXECUTE FUNCTION nianbao_actor_is_login('%2')")
                              .arg(table, column));
    // Whoever has the year's overview open hears of a new report or a status change at once
    // (LISTEN/NOTIFY; SqlDialect::changeChannel()): one notification per report and transaction.
    steps.append(onServer(
        QStringLiteral("CREATE FUNCTION nianbao_report_changed() RETURNS trigger LANGUAGE plpgsql AS $f$"
                       " BEGIN PERFORM pg_notify('%1', NEW.id::text); RETURN NULL; END $f$")
            .arg(SqlDialect::changeChannel())));
    steps.append(
        onServer(QStringLiteral("CREATE TRIGGER reports_changed AFTER INSERT OR UPDATE OF status"
                                " ON reports FOR EACH ROW EXECUTE FUNCTION nianbao_report_changed()")));
    return steps;
}

// 9: agencies are things, not strings: besides its full name an agency has short names and
// aliases (each names one agency) and may have a parent; the agencies clerks were assigned to
// before any report of theirs was stored become agencies too. A parent refers to a row that a copy
// may write after its child, so the reference is checked when the transaction commits.
Migration agencyNames()
{
    return {
        9,
        {
            SchemaStep::statement(QStringLiteral("ALTER TABLE agencies ADD COLUMN parent_id {bigint}"
                                                 " REFERENCES agencies(id) DEFERRABLE INITIALLY DEFERRED")),
            SchemaStep::statement(QStringLiteral(
                "CREATE TABLE agency_names ("
                " name TEXT PRIMARY KEY CHECK (name <> ''),"
                " agency_id {bigint} NOT NULL REFERENCES agencies(id) ON DELETE CASCADE){norowid}")),
            SchemaStep::statement(
                QStringLiteral("CREATE INDEX agency_names_agency ON agency_names(agency_id)")),
            SchemaStep::statement(QStringLiteral(
                "INSERT INTO agencies (name, kind) SELECT DISTINCT agency, '' FROM user_agencies"
                " WHERE agency NOT IN (SELECT name FROM agencies)")),
            // Everyone reads the list; a supervisor keeps it (names, parents, renaming, which
            // moves the clerks' assignments along). A clerk adds an agency only by storing its
            // first report, as before.
            onServer(QStringLiteral("GRANT SELECT ON agency_names TO ") + bothGroups),
            onServer(QStringLiteral("GRANT INSERT, DELETE ON agency_names TO ") + supervisorGroup),
            onServer(QStringLiteral("GRANT INSERT (parent_id), UPDATE (name, parent_id) ON agencies TO ") +
                     supervisorGroup),
            // The clerks of a renamed agency stay its clerks: the database moves their
            // assignments (a supervisor has no right to change assignments themselves).
            SchemaStep::follow(
                QStringLiteral("agencies_renamed"), QStringLiteral("agencies"),
                QStringLiteral("UPDATE OF name"), QStringLiteral("NEW.name IS DISTINCT FROM OLD.name"),
                QStringLiteral("UPDATE user_agencies SET agency = NEW.name WHERE agency = OLD.name")),
        }};
}

// 10: a draft report can be deleted — only a draft: a report that was ever submitted keeps its
// review history. What the database keeps of a report (snapshots, audit log, acknowledged warnings)
// stays as long as the report does and goes with a deleted draft: the guards now refuse to remove
// such a row only while its report exists (a cascade from the report's deletion runs after the
// report's row is gone). On a server a clerk deletes the drafts of their agencies, a supervisor
// any draft, and whoever has the year's overview open hears of it.
Migration draftsDeleted()
{
    Migration deleted{10,
                      {
                          SchemaStep::dropGuard(QStringLiteral("reports_kept"), QStringLiteral("reports")),
                          SchemaStep::guard(QStringLiteral("reports_kept"), QStringLiteral("reports"),
                                            QStringLiteral("DELETE"), QStringLiteral("OLD.status <> 'draft'"),
                                            QStringLiteral("nianbao: only a draft is deleted")),
                      }};
    const QString reportExists = QStringLiteral("EXISTS (SELECT 1 FROM reports WHERE id = OLD.report_id)");
    for (const QString &table :
         {QStringLiteral("audit_log"), QStringLiteral("acknowledgements"), QStringLiteral("revisions")}) {
        const QString name = table + QStringLiteral("_kept");
        deleted.steps << SchemaStep::dropGuard(name, table)
                      << SchemaStep::guard(name, table, QStringLiteral("DELETE"), reportExists, appendOnly);
    }
    deleted.steps
        << onServer(QStringLiteral("GRANT DELETE ON reports TO ") + bothGroups)
        << onServer(QStringLiteral("CREATE POLICY clerk_deletes ON reports FOR DELETE TO nianbao_clerk"
                                   " USING (status = 'draft' AND ") +
                    clerkCovers(QStringLiteral("reports.agency_id")) + u')')
        << onServer(
               QStringLiteral("CREATE POLICY supervisor_deletes ON reports FOR DELETE TO nianbao_supervisor"
                              " USING (status = 'draft' AND ") +
               isSupervisor + u')')
        << onServer(
               QStringLiteral("CREATE FUNCTION nianbao_report_deleted() RETURNS trigger LANGUAGE plpgsql"
                              " AS $f$ BEGIN PERFORM pg_notify('%1', OLD.id::text); RETURN NULL; END $f$")
                   .arg(SqlDialect::changeChannel()))
        << onServer(QStringLiteral("CREATE TRIGGER reports_deleted AFTER DELETE ON reports FOR EACH ROW"
                                   " EXECUTE FUNCTION nianbao_report_deleted()"));
    return deleted;
}

// 11: the office's own deadline for a year's reports, earlier than the statutory 31 January; a
// year without one keeps the statutory deadline. Everyone reads it; on a server only a supervisor
// sets it.
Migration officeDeadlines()
{
    return {11,
            {
                SchemaStep::statement(QStringLiteral("CREATE TABLE office_deadlines ("
                                                     " year INTEGER PRIMARY KEY,"
                                                     " due TEXT NOT NULL,"
                                                     " set_by TEXT NOT NULL,"
                                                     " set_at TEXT NOT NULL){norowid}")),
                onServer(QStringLiteral("GRANT SELECT ON office_deadlines TO ") + bothGroups),
                onServer(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON office_deadlines TO ") +
                         supervisorGroup),
            }};
}

// 12: a checksum of the key figures' cells beside the content's, and which cells it covers
// (ReportStore::figureCells), so that the county summary and the year table read those cells alone
// and still see damage. Stamped with the content; a locked report's stamp is as fixed as its
// content's checksum. The reports stored before are stamped by ReportStore after the migration.
Migration figureChecksums()
{
    return {
        12,
        {
            SchemaStep::statement(QStringLiteral("ALTER TABLE reports ADD COLUMN figures_sha256 TEXT")),
            SchemaStep::statement(QStringLiteral("ALTER TABLE reports ADD COLUMN figures_cells TEXT")),
            SchemaStep::guard(QStringLiteral("reports_figures_locked"), QStringLiteral("reports"),
                              QStringLiteral("UPDATE OF figures_sha256, figures_cells"),
                              QStringLiteral("OLD.status IN ") + lockedStatuses +
                                  QStringLiteral(" AND OLD.figures_sha256 IS NOT NULL AND"
                                                 " (NEW.figures_sha256 IS DISTINCT FROM OLD.figures_sha256"
                                                 " OR NEW.figures_cells IS DISTINCT FROM OLD.figures_cells)"),
                              reportLocked),
            onServer(QStringLiteral("GRANT UPDATE (figures_sha256, figures_cells) ON reports TO ") +
                     bothGroups),
        }};
}

// 13: the office's own log, beside the reports' audit log, of what concerns no single report: who
// set or cleared the office's deadline of a year, and when. Only ever added to; on a server only
// a supervisor adds to it (only they set the deadline), and it names the login.
Migration officeLog()
{
    Migration log{13,
                  {SchemaStep::statement(QStringLiteral("CREATE TABLE office_log ("
                                                        " id {id},"
                                                        " at TEXT NOT NULL,"
                                                        " actor TEXT NOT NULL,"
                                                        " action TEXT NOT NULL,"
                                                        " target TEXT NOT NULL DEFAULT '',"
                                                        " old_value TEXT,"
                                                        " new_value TEXT)"))}};
    log.steps += appendOnlyGuards(QStringLiteral("office_log"));
    log.steps << onServer(QStringLiteral("GRANT SELECT ON office_log TO ") + bothGroups)
              << onServer(QStringLiteral("GRANT INSERT ON office_log TO ") + supervisorGroup)
              << onServer(QStringLiteral("CREATE TRIGGER office_log_names_login BEFORE INSERT ON office_log"
                                         " FOR EACH ROW EXECUTE FUNCTION nianbao_actor_is_login('actor')"));
    return log;
}

// What a server's trigger writes as the time of an office's log row: the store's own form of a time
// (stored::time), and the login as its actor.
const QString serverTimeAndLogin =
    QStringLiteral("to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user");

// A Follow step of the server only: a file has no logins to name (SqlDialect::knowsLogin()).
SchemaStep followOnServer(const QString &name, const QString &table, const QString &event,
                          const QString &condition, const QString &sql)
{
    SchemaStep step = SchemaStep::follow(name, table, event, condition, sql);
    step.backend = Backend::Postgres;
    return step;
}

// 14: a deleted draft leaves a trace in the office's log (its own audit log goes with it): whose
// draft of which year, at which revision, who deleted it and when — the words OfficeLogRecords
// reads. On a server the database writes the row, since the clerk who deletes their draft may not
// write to the log: a trigger with the owner's rights that names the login (session_user: whoever
// connected, not a role they switched to). A file has no logins, so ReportStore::deleteDraft writes
// the row with the name it acts as, in the deletion's transaction (SqlDialect::knowsLogin()).
Migration deletedDraftsLogged()
{
    return {14,
            {followOnServer(QStringLiteral("reports_deleted_logged"), QStringLiteral("reports"),
                            QStringLiteral("DELETE"), {},
                            QStringLiteral("INSERT INTO office_log (at, actor, action, target, old_value)"
                                           " SELECT ") +
                                serverTimeAndLogin +
                                QStringLiteral(", 'draft-deleted', a.name || ' ' || OLD.year,"
                                               " 'draft, revision ' || OLD.revision FROM agencies a"
                                               " WHERE a.id = OLD.agency_id"))}};
}

// 15: a supervisor takes an agency entered by mistake out of the list (AgencyDirectory::remove).
// The database refuses while users work for it (their assignments name it by a name, not a
// reference), as its references refuse while reports belong to it or agencies are under it; its
// other names go with it. On a server only a supervisor deletes an agency, as only a supervisor
// renames one or changes its parent (migration 9).
Migration agenciesRemoved()
{
    return {15,
            {
                SchemaStep::guard(QStringLiteral("agencies_assigned_kept"), QStringLiteral("agencies"),
                                  QStringLiteral("DELETE"),
                                  QStringLiteral("EXISTS (SELECT 1 FROM user_agencies WHERE agency = OLD.name"
                                                 " OR agency IN (SELECT name FROM agency_names"
                                                 " WHERE agency_id = OLD.id))"),
                                  QStringLiteral("nianbao: agency has users")),
                onServer(QStringLiteral("GRANT DELETE ON agencies TO ") + supervisorGroup),
            }};
}

// 16: a change of the list of agencies leaves a trace in the office's log, in the words
// OfficeLogRecords reads: renamed (its old and new name), moved under another agency or none (its
// old and new parent's name, NULL for none) and deleted (its kind, NULL for none), the target being
// the agency's name before the change. On a server the database writes the row, with the owner's
// rights and the login, for every change whatever program makes it; a file has no logins, so
// AgencyDirectory writes it in the change's transaction. And the server refuses an agency under
// itself however it is put there (a recursive walk up the parents, which SQLite's triggers cannot
// write: there the program's check in AgencyDirectory::setParent is all).
Migration agencyChangesLogged()
{
    const QString logged =
        QStringLiteral("INSERT INTO office_log (at, actor, action, target, old_value, new_value) SELECT ") +
        serverTimeAndLogin;
    SchemaStep noLoop = SchemaStep::guard(
        QStringLiteral("agencies_not_under_itself"), QStringLiteral("agencies"),
        QStringLiteral("INSERT OR UPDATE OF parent_id"),
        QStringLiteral("NEW.parent_id IS NOT NULL AND EXISTS (WITH RECURSIVE above(id) AS ("
                       "SELECT NEW.parent_id UNION SELECT a.parent_id FROM agencies a JOIN above"
                       " ON a.id = above.id WHERE a.parent_id IS NOT NULL) SELECT 1 FROM above"
                       " WHERE above.id = NEW.id)"),
        QStringLiteral("nianbao: agency under itself"));
    noLoop.backend = Backend::Postgres;
    return {
        16,
        {
            followOnServer(QStringLiteral("agencies_renamed_logged"), QStringLiteral("agencies"),
                           QStringLiteral("UPDATE OF name"),
                           QStringLiteral("NEW.name IS DISTINCT FROM OLD.name"),
                           logged + QStringLiteral(", 'agency-renamed', OLD.name, OLD.name, NEW.name")),
            followOnServer(QStringLiteral("agencies_moved_logged"), QStringLiteral("agencies"),
                           QStringLiteral("UPDATE OF parent_id"),
                           QStringLiteral("NEW.parent_id IS DISTINCT FROM OLD.parent_id"),
                           logged + QStringLiteral(", 'agency-moved', OLD.name,"
                                                   " (SELECT name FROM agencies WHERE id = OLD.parent_id),"
                                                   " (SELECT name FROM agencies WHERE id = NEW.parent_id)")),
            followOnServer(QStringLiteral("agencies_deleted_logged"), QStringLiteral("agencies"),
                           QStringLiteral("DELETE"), {},
                           logged +
                               QStringLiteral(", 'agency-deleted', OLD.name, NULLIF(OLD.kind, ''), NULL")),
            noLoop,
        }};
}

QList<Migration> history()
{
    QList<Migration> list;
    // 1: reports with their metadata, narrative, cells and revision snapshots.
    list.append(
        {1,
         {
             SchemaStep::statement(QStringLiteral("CREATE TABLE agencies ("
                                                  " id {id},"
                                                  " name TEXT NOT NULL UNIQUE,"
                                                  " kind TEXT NOT NULL DEFAULT '')")),
             // Status is free text (no CHECK), so later workflow states need no table rebuild.
             SchemaStep::statement(QStringLiteral("CREATE TABLE reports ("
                                                  " id {id},"
                                                  " agency_id {bigint} NOT NULL REFERENCES agencies(id),"
                                                  " year INTEGER NOT NULL,"
                                                  " format TEXT NOT NULL,"
                                                  " status TEXT NOT NULL DEFAULT 'draft',"
                                                  " revision INTEGER NOT NULL DEFAULT 1,"
                                                  " created TEXT NOT NULL,"
                                                  " modified TEXT NOT NULL,"
                                                  " UNIQUE (agency_id, year))")),
             SchemaStep::statement(QStringLiteral("CREATE INDEX reports_year ON reports(year)")),
             SchemaStep::statement(
                 QStringLiteral("CREATE TABLE report_meta ("
                                " report_id {bigint} PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
                                " title TEXT NOT NULL DEFAULT '',"
                                " document_number TEXT NOT NULL DEFAULT '',"
                                " issuer TEXT NOT NULL DEFAULT '',"
                                " issue_date TEXT NOT NULL DEFAULT '',"
                                " copy_to TEXT NOT NULL DEFAULT '')")),
             // part 0 is the preamble, 1 … 6 the parts 一 … 六.
             SchemaStep::statement(
                 QStringLiteral("CREATE TABLE narratives ("
                                " report_id {bigint} NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                                " part INTEGER NOT NULL CHECK (part BETWEEN 0 AND 6),"
                                " text TEXT NOT NULL,"
                                " PRIMARY KEY (report_id, part)){norowid}")),
             // A blank cell has no row. A number is exact: integer ten-thousandths and its
             // unit; text is the canonical text (or, when units is NULL, the verbatim
             // invalid text).
             SchemaStep::statement(
                 QStringLiteral("CREATE TABLE cells ("
                                " report_id {bigint} NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                                " cell TEXT NOT NULL,"
                                " units {bigint},"
                                " unit TEXT NOT NULL DEFAULT '',"
                                " text TEXT NOT NULL CHECK (units IS NOT NULL OR text <> ''),"
                                " PRIMARY KEY (report_id, cell)){norowid}")),
             SchemaStep::statement(
                 QStringLiteral("CREATE TABLE revisions ("
                                " id {id},"
                                " report_id {bigint} NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                                " revision INTEGER NOT NULL,"
                                " created TEXT NOT NULL,"
                                " reason TEXT NOT NULL,"
                                " snapshot TEXT NOT NULL,"
                                " UNIQUE (report_id, revision))")),
             SchemaStep::guard(QStringLiteral("revisions_immutable"), QStringLiteral("revisions"),
                               QStringLiteral("UPDATE"), {},
                               QStringLiteral("revision snapshots are immutable")),
         }});
    // 2: the audit log, who made a snapshot, and finding counts cached for the report list.
    list.append({2,
                 {
                     SchemaStep::statement(QStringLiteral(
                         "CREATE TABLE audit_log ("
                         " id {id},"
                         " report_id {bigint} NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                         " revision INTEGER NOT NULL,"
                         " at TEXT NOT NULL,"
                         " actor TEXT NOT NULL,"
                         " action TEXT NOT NULL,"
                         " target TEXT NOT NULL DEFAULT '',"
                         " old_value TEXT,"
                         " new_value TEXT)")),
                     SchemaStep::statement(
                         QStringLiteral("CREATE INDEX audit_log_report ON audit_log(report_id, revision)")),
                     SchemaStep::statement(
                         QStringLiteral("ALTER TABLE revisions ADD COLUMN actor TEXT NOT NULL DEFAULT ''")),
                     // NULL: not counted yet (reports from version 1 until they are next written).
                     SchemaStep::statement(QStringLiteral("ALTER TABLE reports ADD COLUMN errors INTEGER")),
                     SchemaStep::statement(QStringLiteral("ALTER TABLE reports ADD COLUMN warnings INTEGER")),
                 }});
    // 3: the review — users, transitions with notes, comments, acknowledged warnings, approval
    // hashes — and guards that keep submitted and approved reports locked even against direct SQL.
    Migration review{
        3,
        {
            SchemaStep::statement(
                QStringLiteral("CREATE TABLE users ("
                               " id {id},"
                               " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
                               " role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor')),"
                               " created TEXT NOT NULL,"
                               " created_by TEXT NOT NULL DEFAULT '')")),
            // By agency name: a clerk may be assigned before the agency's first report exists.
            SchemaStep::statement(
                QStringLiteral("CREATE TABLE user_agencies ("
                               " user_id {bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                               " agency TEXT NOT NULL,"
                               " PRIMARY KEY (user_id, agency)){norowid}")),
            SchemaStep::statement(
                QStringLiteral("ALTER TABLE audit_log ADD COLUMN note TEXT NOT NULL DEFAULT ''")),
            // A reply has its thread's anchor; resolved is kept on the thread's first comment.
            SchemaStep::statement(
                QStringLiteral("CREATE TABLE comments ("
                               " id {id},"
                               " report_id {bigint} NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                               " parent_id {bigint} REFERENCES comments(id) ON DELETE CASCADE,"
                               " revision INTEGER NOT NULL,"
                               " anchor TEXT NOT NULL,"
                               " target TEXT NOT NULL DEFAULT '',"
                               " part INTEGER NOT NULL DEFAULT 0,"
                               " passage_offset INTEGER NOT NULL DEFAULT 0,"
                               " passage_length INTEGER NOT NULL DEFAULT 0,"
                               " quote TEXT NOT NULL DEFAULT '',"
                               " author TEXT NOT NULL,"
                               " at TEXT NOT NULL,"
                               " text TEXT NOT NULL CHECK (text <> ''),"
                               " resolved INTEGER NOT NULL DEFAULT 0,"
                               " resolved_by TEXT NOT NULL DEFAULT '',"
                               " resolved_at TEXT NOT NULL DEFAULT '')")),
            SchemaStep::statement(QStringLiteral("CREATE INDEX comments_report ON comments(report_id)")),
            SchemaStep::statement(
                QStringLiteral("CREATE TABLE acknowledgements ("
                               " id {id},"
                               " report_id {bigint} NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                               " revision INTEGER NOT NULL,"
                               " rule TEXT NOT NULL,"
                               " location TEXT NOT NULL DEFAULT '',"
                               " message TEXT NOT NULL DEFAULT '',"
                               " reason TEXT NOT NULL CHECK (reason <> ''),"
                               " actor TEXT NOT NULL,"
                               " at TEXT NOT NULL)")),
            SchemaStep::statement(QStringLiteral("CREATE TABLE approvals ("
                                                 " report_id {bigint} NOT NULL REFERENCES reports(id),"
                                                 " revision INTEGER NOT NULL,"
                                                 " at TEXT NOT NULL,"
                                                 " actor TEXT NOT NULL,"
                                                 " sha256 TEXT NOT NULL,"
                                                 " PRIMARY KEY (report_id, revision))")),
            SchemaStep::guard(QStringLiteral("approvals_immutable"), QStringLiteral("approvals"),
                              QStringLiteral("UPDATE"), {},
                              QStringLiteral("nianbao: report locked (approvals are immutable)")),
            SchemaStep::guard(QStringLiteral("approvals_kept"), QStringLiteral("approvals"),
                              QStringLiteral("DELETE"), {},
                              QStringLiteral("nianbao: report locked (approvals are immutable)")),
            // The status graph: 草稿/退回修改 → 已提交 → 退回修改 or 已审核; nothing leaves 已审核.
            SchemaStep::guard(
                QStringLiteral("reports_status_change"), QStringLiteral("reports"),
                QStringLiteral("UPDATE OF status"),
                QStringLiteral("NEW.status IS DISTINCT FROM OLD.status AND NOT ("
                               "(OLD.status IN ('draft', 'returned') AND NEW.status = 'submitted')"
                               " OR (OLD.status = 'submitted' AND NEW.status IN ('returned', "
                               "'approved')))"),
                QStringLiteral("nianbao: status change refused")),
            // A locked report keeps its identity and revision.
            SchemaStep::guard(QStringLiteral("reports_locked"), QStringLiteral("reports"),
                              QStringLiteral("UPDATE OF agency_id, year, format, revision"),
                              QStringLiteral("OLD.status IN ") + lockedStatuses +
                                  QStringLiteral(" AND NEW.status IS NOT DISTINCT FROM OLD.status"),
                              reportLocked),
        }};
    for (const QString &table :
         {QStringLiteral("report_meta"), QStringLiteral("narratives"), QStringLiteral("cells")})
        review.steps += contentLocked(table);
    review.steps.append(SchemaStep::guard(QStringLiteral("reports_kept"), QStringLiteral("reports"),
                                          QStringLiteral("DELETE"),
                                          QStringLiteral("OLD.status IN ") + lockedStatuses, reportLocked));
    list.append(review);
    // 4: finding counts move out of the report row into a cache of their own, stamped with the
    // revision they count and the version of the rules that counted them: counts of another revision
    // or other rules are stale and counted again, and the guards of a report never need to consider
    // its cache.
    list.append({4,
                 {
                     SchemaStep::statement(QStringLiteral(
                         "CREATE TABLE report_counts ("
                         " report_id {bigint} PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
                         " revision INTEGER NOT NULL,"
                         " errors INTEGER NOT NULL,"
                         " warnings INTEGER NOT NULL,"
                         " rules_version TEXT)")),
                     SchemaStep::statement(QStringLiteral("ALTER TABLE reports DROP COLUMN errors")),
                     SchemaStep::statement(QStringLiteral("ALTER TABLE reports DROP COLUMN warnings")),
                 }});
    list.append(guardedHistory());
    // 6: checksums of the stored content and of each snapshot, written with them and checked when
    // they are read (and by `nianbao db check`), so that a damaged or edited value is seen instead of
    // used. NULL: written before this version. A locked report's checksum is as fixed as its content.
    list.append(
        {6,
         {
             SchemaStep::statement(QStringLiteral("ALTER TABLE reports ADD COLUMN content_sha256 TEXT")),
             SchemaStep::statement(QStringLiteral("ALTER TABLE revisions ADD COLUMN snapshot_sha256 TEXT")),
             SchemaStep::guard(QStringLiteral("reports_checksum_locked"), QStringLiteral("reports"),
                               QStringLiteral("UPDATE OF content_sha256"),
                               QStringLiteral("OLD.status IN ") + lockedStatuses +
                                   QStringLiteral(" AND OLD.content_sha256 IS NOT NULL AND"
                                                  " NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256"),
                               reportLocked),
         }});
    // 7: signed approvals. The supervisors' public keys, only ever added; an approval keeps the
    // statement its supervisor signed (ApprovalStatement), the Ed25519 signature and the canonical
    // text it was over, so that it can be checked without trusting anything else in the database.
    list.append(
        {7,
         {
             SchemaStep::statement(QStringLiteral("CREATE TABLE signing_keys ("
                                                  " id {id},"
                                                  " user_id {bigint} NOT NULL REFERENCES users(id),"
                                                  " public_key TEXT NOT NULL UNIQUE,"
                                                  " fingerprint TEXT NOT NULL UNIQUE,"
                                                  " created TEXT NOT NULL)")),
             SchemaStep::guard(QStringLiteral("signing_keys_immutable"), QStringLiteral("signing_keys"),
                               QStringLiteral("UPDATE"), {}, appendOnly),
             SchemaStep::guard(QStringLiteral("signing_keys_kept"), QStringLiteral("signing_keys"),
                               QStringLiteral("DELETE"), {}, appendOnly),
             SchemaStep::statement(QStringLiteral("ALTER TABLE approvals ADD COLUMN statement TEXT")),
             SchemaStep::statement(QStringLiteral("ALTER TABLE approvals ADD COLUMN signature TEXT")),
             SchemaStep::statement(QStringLiteral("ALTER TABLE approvals ADD COLUMN signed_text TEXT")),
         }});
    // 8: on a server, the group roles, table rights and row-level security that let PostgreSQL
    // itself decide who sees and changes what (SQLite files have no logins).
    list.append({8, serverRights()});
    list.append(agencyNames());
    list.append(draftsDeleted());
    list.append(officeDeadlines());
    list.append(figureChecksums());
    list.append(officeLog());
    list.append(deletedDraftsLogged());
    list.append(agenciesRemoved());
    list.append(agencyChangesLogged());
    return list;
}

} // namespace

SchemaStep SchemaStep::statement(const QString &sql)
{
    SchemaStep step;
    step.sql = sql;
    return step;
}

SchemaStep SchemaStep::statementFor(Backend backend, const QString &sql)
{
    SchemaStep step = statement(sql);
    step.backend = backend;
    return step;
}

SchemaStep SchemaStep::guard(const QString &name, const QString &table, const QString &event,
                             const QString &condition, const QString &message)
{
    SchemaStep step;
    step.kind = Kind::Guard;
    step.name = name;
    step.table = table;
    step.event = event;
    step.condition = condition;
    step.message = message;
    return step;
}

SchemaStep SchemaStep::dropGuard(const QString &name, const QString &table)
{
    SchemaStep step;
    step.kind = Kind::DropGuard;
    step.name = name;
    step.table = table;
    return step;
}

SchemaStep SchemaStep::follow(const QString &name, const QString &table, const QString &event,
                              const QString &condition, const QString &sql)
{
    // A guard's trigger whose action is a statement instead of a refusal.
    SchemaStep step = guard(name, table, event, condition, {});
    step.kind = Kind::Follow;
    step.sql = sql;
    return step;
}

const SchemaStep *StoreSchema::guard(const QString &name)
{
    const SchemaStep *found = nullptr;
    for (const Migration &migration : migrations()) {
        for (const SchemaStep &step : migration.steps) {
            if (step.kind == SchemaStep::Kind::Guard && step.name == name)
                found = &step;
        }
    }
    return found;
}

const QStringList &StoreSchema::tables()
{
    static const QStringList list{
        QStringLiteral("agencies"),         QStringLiteral("agency_names"), QStringLiteral("reports"),
        QStringLiteral("report_meta"),      QStringLiteral("narratives"),   QStringLiteral("cells"),
        QStringLiteral("revisions"),        QStringLiteral("audit_log"),    QStringLiteral("users"),
        QStringLiteral("user_agencies"),    QStringLiteral("signing_keys"), QStringLiteral("comments"),
        QStringLiteral("acknowledgements"), QStringLiteral("approvals"),    QStringLiteral("report_counts"),
        QStringLiteral("office_deadlines"), QStringLiteral("office_log"),
    };
    return list;
}

const QList<Migration> &StoreSchema::migrations()
{
    static const QList<Migration> list = history();
    return list;
}

int StoreSchema::currentVersion()
{
    return migrations().constLast().version;
}

} // namespace nianbao
