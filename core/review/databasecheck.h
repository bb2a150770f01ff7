// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"

#include <QCoreApplication>
#include <QStringList>

namespace nianbao {

class ReportStore;

/// What `nianbao db check` found.
struct DatabaseCheckResult
{
    int reports = 0;
    int snapshots = 0;
    int unstamped = 0;    ///< reports stored before checksums, not written since
    QStringList problems; ///< one line each, for the user

    bool clean() const { return problems.isEmpty(); }
};

/**
 * Checks a whole database the way each read checks one report, so that damage is found before
 * someone relies on it: the database's own check of its pages and indexes, the checksum of every
 * report's content and of every snapshot, and every approval against its report and snapshot.
 */
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DatabaseCheck)
public:
    static StoreResult<DatabaseCheckResult> run(ReportStore &store);
};

} // namespace nianbao
