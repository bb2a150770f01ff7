// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QString>

namespace nianbao {

/// The database systems a store can live in.
enum class Backend : quint8 {
    Sqlite,   ///< one file on this PC (the default)
    Postgres, ///< a database on an office's PostgreSQL server
};

/**
 * Where a store lives, as the user names it with `--db`: a path to an SQLite file, or
 * `postgresql://USER@HOST[:PORT]/DBNAME` for a database on a server. A password is never part
 * of the text: it is typed in (and kept in memory only) or found by libpq in PGPASSWORD or
 * ~/.pgpass.
 */
struct StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::StoreLocation)
public:
    Backend backend = Backend::Sqlite;
    QString path; ///< Sqlite: the file
    QString host; ///< Postgres: a host name, an address, or a folder with the server's socket
    int port = 0; ///< Postgres: 0 for libpq's default (PGPORT or 5432)
    QString database;
    QString user;
    QString password; ///< typed in by the user; in memory only, never shown or stored

    /// A file path, or a postgresql:// address.
    static StoreResult<StoreLocation> parse(const QString &text);
    static StoreLocation file(const QString &path);
    /// A database on a PostgreSQL server (port 0: libpq's default).
    static StoreLocation server(const QString &host, int port, const QString &database, const QString &user);

    /// The location as the user would write it, without the password.
    QString display() const;
    bool isServer() const { return backend != Backend::Sqlite; }
};

} // namespace nianbao
