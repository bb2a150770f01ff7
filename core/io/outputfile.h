// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

#include <optional>

namespace nianbao {

/**
 * The one way Nianbao writes a file it produces (exports, PDF, HTML, CSV, keys).
 *
 * - It never writes over a database: a path that is, after following links, an SQLite database (the
 *   file starts with the SQLite header) or one of SQLite's companion files (`-wal`, `-shm`,
 *   `-journal` beside a database) is refused, so `export -o nianbao.sqlite` cannot replace the
 *   clerk's work with a report. Only a database command writing a database names
 *   Target::Database.
 * - A regular file is written atomically through QSaveFile: a failure leaves the old file as it was,
 *   and a reader never sees half a file. A device or pipe (`/dev/stdout`, `/dev/null`) is written
 *   directly, since nothing can be renamed over it.
 * - Every failure is a message naming the path and the reason in words — the disk is full, no
 *   permission, a read-only file system, a missing folder — never "unknown error".
 */
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::OutputFile)
public:
    enum class Target : quint8 {
        Document, ///< an export, a key, a CSV: never a database
        Database, ///< the explicit target of a database command: may be an SQLite file
    };

    /// Why writing path would destroy data (a message for the user); nullopt when it may be written.
    static std::optional<QString> refusal(const QString &path, Target target = Target::Document);

    /// Writes bytes to path. False, with a message naming the path and the reason in *error, when it
    /// is refused or fails; the file is then left as it was (regular files).
    static bool write(const QString &path, const QByteArray &bytes, QString *error,
                      Target target = Target::Document);

    /// The reason a file operation failed, in words for the user: from the C library's error number
    /// when there is one, else from Qt's error code.
    static QString reason(int errorNumber, QFileDevice::FileError error = QFileDevice::UnspecifiedError,
                          const QString &fallback = {});
    /// "Cannot write PATH: REASON."
    static QString failure(const QString &path, const QString &reason);
};

} // namespace nianbao
