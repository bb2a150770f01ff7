// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeschema.h"

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
    for (const QString &table : {QStringLiteral("audit_log"), QStringLiteral("acknowledgements")}) {
        guarded.steps.append(SchemaStep::guard(table + QStringLiteral("_immutable"), table,
                                               QStringLiteral("UPDATE"), {}, appendOnly));
        guarded.steps.append(SchemaStep::guard(table + QStringLiteral("_kept"), table,
                                               QStringLiteral("DELETE"), {}, appendOnly));
    }
    guarded.steps.append(SchemaStep::guard(QStringLiteral("revisions_kept"), QStringLiteral("revisions"),
                                           QStringLiteral("DELETE"), {}, appendOnly));
    guarded.steps.append(SchemaStep::guard(
        QStringLiteral("approvals_of_approved"), QStringLiteral("approvals"), QStringLiteral("INSERT"),
        QStringLiteral("NOT EXISTS (SELECT 1 FROM reports WHERE id = NEW.report_id AND status = 'approved'"
                       " AND revision = NEW.revision)"),
        QStringLiteral("nianbao: approval refused")));
    return guarded;
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
