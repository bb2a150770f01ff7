// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace nianbao {

namespace {

// Primary SQLite result codes (sqlite3.h); the driver reports them, possibly extended, as text.
enum SqliteCode : int {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteConstraint = 19,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

} // namespace

StoreError StoreError::fromSql(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (numeric ? code : 0) {
    case SqliteBusy:
    case SqliteLocked:
        return {
            Code::Busy,
            QCoreApplication::translate("nianbao::ReportStore",
                                        "The database is locked by another program. Try again in a moment."),
            {}};
    case SqliteReadOnly:
        return {Code::ReadOnly,
                QCoreApplication::translate("nianbao::ReportStore",
                                            "The database is read-only; nothing was changed."),
                {}};
    case SqliteFull:
        return {Code::DiskFull,
                QCoreApplication::translate(
                    "nianbao::ReportStore",
                    "The disk is full; the last change was not saved. Free some space and try again."),
                {}};
    case SqliteCorrupt:
        return {Code::Corrupt,
                QCoreApplication::translate("nianbao::ReportStore",
                                            "The database is damaged (%1). It was left as it is; restore it "
                                            "from a backup.")
                    .arg(detail),
                {}};
    case SqliteNotADatabase:
        return {Code::NotADatabase,
                QCoreApplication::translate("nianbao::ReportStore", "The file is not a Nianbao database."),
                {}};
    case SqliteCantOpen:
        return {
            Code::CannotOpen,
            QCoreApplication::translate("nianbao::ReportStore", "The database file cannot be opened (%1).")
                .arg(detail),
            {}};
    case SqliteConstraint:
        // The review triggers (schema version 3) name what they refused.
        if (detail.contains(QLatin1StringView("nianbao: report locked")))
            return {Code::Locked,
                    QCoreApplication::translate("nianbao::ReportStore",
                                                "The report is submitted or approved; the database refused "
                                                "to change it."),
                    {}};
        if (detail.contains(QLatin1StringView("nianbao: status change")))
            return {Code::Refused,
                    QCoreApplication::translate("nianbao::ReportStore",
                                                "The database refused a status change the review workflow "
                                                "does not allow."),
                    {}};
        break;
    case SqliteIoError:
        return {Code::Failed,
                QCoreApplication::translate("nianbao::ReportStore",
                                            "The database file could not be read or written (%1).")
                    .arg(detail),
                {}};
    default:
        break;
    }
    return {
        Code::Failed,
        QCoreApplication::translate("nianbao::ReportStore", "The database reported an error: %1").arg(detail),
        {}};
}

} // namespace nianbao
