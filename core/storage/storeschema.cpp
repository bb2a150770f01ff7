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
    };
    return list;
}

int StoreSchema::currentVersion()
{
    return migrations().constLast().version;
}

} // namespace nianbao
