// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nianbao {

/**
 * Who holds the write lock of an SQLite database, so that "the database is locked" can say by whom:
 * in WAL mode a writer holds a lock on byte 120 of the `-shm` file (SQLite's WAL_WRITE_LOCK), and the
 * system tells which process holds it (fcntl F_GETLK); its command line names the program. Empty
 * when nobody holds it, or on a system that cannot tell.
 */
class LockHolder
{
public:
    /// "nianbao import --db … (process 1234)"; empty when unknown.
    static QString of(const QString &databasePath);
};

} // namespace nianbao
