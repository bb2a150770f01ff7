// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/// The statements that bring a database from the previous schema version to this one.
struct Migration
{
    int version = 0;
    QStringList steps;
};

/**
 * The database schema as ordered, numbered migrations kept as data. A new database runs all of
 * them; an older one runs those above its `PRAGMA user_version`. Released migrations never change:
 * a change of schema is a new migration at the end.
 */
class StoreSchema
{
public:
    static const QList<Migration> &migrations();
    /// The version this program writes (the last migration's).
    static int currentVersion();
};

} // namespace nianbao
