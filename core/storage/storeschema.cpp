// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeschema.h"

namespace nianbao {

const QList<Migration> &StoreSchema::migrations()
{
    static const QList<Migration> list = {
        // 1: reports with their metadata, narrative, cells and revision snapshots.
        {1,
         {
             QStringLiteral("CREATE TABLE agencies ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " kind TEXT NOT NULL DEFAULT '')"),
             // Status is free text (no CHECK), so later workflow states need no table rebuild.
             QStringLiteral("CREATE TABLE reports ("
                            " id INTEGER PRIMARY KEY,"
                            " agency_id INTEGER NOT NULL REFERENCES agencies(id),"
                            " year INTEGER NOT NULL,"
                            " format TEXT NOT NULL,"
                            " status TEXT NOT NULL DEFAULT 'draft',"
                            " revision INTEGER NOT NULL DEFAULT 1,"
                            " created TEXT NOT NULL,"
                            " modified TEXT NOT NULL,"
                            " UNIQUE (agency_id, year))"),
             QStringLiteral("CREATE INDEX reports_year ON reports(year)"),
             QStringLiteral("CREATE TABLE report_meta ("
                            " report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
                            " title TEXT NOT NULL DEFAULT '',"
                            " document_number TEXT NOT NULL DEFAULT '',"
                            " issuer TEXT NOT NULL DEFAULT '',"
                            " issue_date TEXT NOT NULL DEFAULT '',"
                            " copy_to TEXT NOT NULL DEFAULT '')"),
             // part 0 is the preamble, 1 … 6 the parts 一 … 六.
             QStringLiteral("CREATE TABLE narratives ("
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " part INTEGER NOT NULL CHECK (part BETWEEN 0 AND 6),"
                            " text TEXT NOT NULL,"
                            " PRIMARY KEY (report_id, part)) WITHOUT ROWID"),
             // A blank cell has no row. A number is exact: integer ten-thousandths and its unit;
             // text is the canonical text (or, when units is NULL, the verbatim invalid text).
             QStringLiteral("CREATE TABLE cells ("
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " cell TEXT NOT NULL,"
                            " units INTEGER,"
                            " unit TEXT NOT NULL DEFAULT '',"
                            " text TEXT NOT NULL CHECK (units IS NOT NULL OR text <> ''),"
                            " PRIMARY KEY (report_id, cell)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE revisions ("
                            " id INTEGER PRIMARY KEY,"
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " revision INTEGER NOT NULL,"
                            " created TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " snapshot TEXT NOT NULL,"
                            " UNIQUE (report_id, revision))"),
             QStringLiteral("CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions"
                            " BEGIN SELECT RAISE(ABORT, 'revision snapshots are immutable'); END"),
         }},
        // 2: the audit log, who made a snapshot, and finding counts cached for the report list.
        {2,
         {
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY,"
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " revision INTEGER NOT NULL,"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " target TEXT NOT NULL DEFAULT '',"
                            " old_value TEXT,"
                            " new_value TEXT)"),
             QStringLiteral("CREATE INDEX audit_log_report ON audit_log(report_id, revision)"),
             QStringLiteral("ALTER TABLE revisions ADD COLUMN actor TEXT NOT NULL DEFAULT ''"),
             // NULL: not counted yet (reports from version 1 until they are next written).
             QStringLiteral("ALTER TABLE reports ADD COLUMN errors INTEGER"),
             QStringLiteral("ALTER TABLE reports ADD COLUMN warnings INTEGER"),
         }},
        // 3: the review — users, transitions with notes, comments, acknowledged warnings, approval
        // hashes — and triggers that keep submitted and approved reports locked even against direct SQL.
        {3,
         {
             QStringLiteral("CREATE TABLE users ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
                            " role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor')),"
                            " created TEXT NOT NULL,"
                            " created_by TEXT NOT NULL DEFAULT '')"),
             // By agency name: a clerk may be assigned before the agency's first report exists.
             QStringLiteral("CREATE TABLE user_agencies ("
                            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " agency TEXT NOT NULL,"
                            " PRIMARY KEY (user_id, agency)) WITHOUT ROWID"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
             // A reply has its thread's anchor; resolved is kept on the thread's first comment.
             QStringLiteral("CREATE TABLE comments ("
                            " id INTEGER PRIMARY KEY,"
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,"
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
                            " resolved_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX comments_report ON comments(report_id)"),
             QStringLiteral("CREATE TABLE acknowledgements ("
                            " id INTEGER PRIMARY KEY,"
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " revision INTEGER NOT NULL,"
                            " rule TEXT NOT NULL,"
                            " location TEXT NOT NULL DEFAULT '',"
                            " message TEXT NOT NULL DEFAULT '',"
                            " reason TEXT NOT NULL CHECK (reason <> ''),"
                            " actor TEXT NOT NULL,"
                            " at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE approvals ("
                            " report_id INTEGER NOT NULL REFERENCES reports(id),"
                            " revision INTEGER NOT NULL,"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " PRIMARY KEY (report_id, revision))"),
             QStringLiteral(
                 "CREATE TRIGGER approvals_immutable BEFORE UPDATE ON approvals"
                 " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked (approvals are immutable)'); END"),
             QStringLiteral(
                 "CREATE TRIGGER approvals_kept BEFORE DELETE ON approvals"
                 " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked (approvals are immutable)'); END"),
             // The status graph: 草稿/退回修改 → 已提交 → 退回修改 or 已审核; nothing leaves 已审核.
             QStringLiteral("CREATE TRIGGER reports_status_change BEFORE UPDATE OF status ON reports"
                            " WHEN NEW.status IS NOT OLD.status AND NOT ("
                            " (OLD.status IN ('draft', 'returned') AND NEW.status = 'submitted')"
                            " OR (OLD.status = 'submitted' AND NEW.status IN ('returned', 'approved')))"
                            " BEGIN SELECT RAISE(ABORT, 'nianbao: status change refused'); END"),
             // A locked report keeps its identity and revision; its cached finding counts may change.
             QStringLiteral("CREATE TRIGGER reports_locked BEFORE UPDATE OF agency_id, year, format, revision"
                            " ON reports WHEN OLD.status IN ('submitted', 'approved')"
                            " AND NEW.status IS OLD.status"
                            " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             // The content of a submitted or approved report: no insert, update or delete.
             QStringLiteral(
                 "CREATE TRIGGER report_meta_locked_insert BEFORE INSERT ON report_meta"
                 " WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('submitted', 'approved')"
                 " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral("CREATE TRIGGER report_meta_locked_update BEFORE UPDATE ON report_meta"
                            " WHEN (SELECT status FROM reports WHERE id IN (OLD.report_id, NEW.report_id)"
                            " AND status IN ('submitted', 'approved')) IS NOT NULL"
                            " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral(
                 "CREATE TRIGGER report_meta_locked_delete BEFORE DELETE ON report_meta"
                 " WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved')"
                 " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral(
                 "CREATE TRIGGER narratives_locked_insert BEFORE INSERT ON narratives"
                 " WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('submitted', 'approved')"
                 " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral("CREATE TRIGGER narratives_locked_update BEFORE UPDATE ON narratives"
                            " WHEN (SELECT status FROM reports WHERE id IN (OLD.report_id, NEW.report_id)"
                            " AND status IN ('submitted', 'approved')) IS NOT NULL"
                            " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral(
                 "CREATE TRIGGER narratives_locked_delete BEFORE DELETE ON narratives"
                 " WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved')"
                 " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral(
                 "CREATE TRIGGER cells_locked_insert BEFORE INSERT ON cells"
                 " WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('submitted', 'approved')"
                 " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral("CREATE TRIGGER cells_locked_update BEFORE UPDATE ON cells"
                            " WHEN (SELECT status FROM reports WHERE id IN (OLD.report_id, NEW.report_id)"
                            " AND status IN ('submitted', 'approved')) IS NOT NULL"
                            " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral(
                 "CREATE TRIGGER cells_locked_delete BEFORE DELETE ON cells"
                 " WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved')"
                 " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
             QStringLiteral("CREATE TRIGGER reports_kept BEFORE DELETE ON reports"
                            " WHEN OLD.status IN ('submitted', 'approved')"
                            " BEGIN SELECT RAISE(ABORT, 'nianbao: report locked'); END"),
         }},
    };
    return list;
}

int StoreSchema::currentVersion()
{
    return migrations().constLast().version;
}

} // namespace nianbao
