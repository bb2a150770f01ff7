// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storelocation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

/**
 * One step of a migration, written once for every backend. Its SqlDialect writes it out:
 *
 * - Sql: a statement in portable SQL whose types are words in braces — `{id}` an integer primary
 *   key the database numbers, `{bigint}` a 64-bit integer (ids that refer to rows, exact amounts),
 *   `{norowid}` after a table whose primary key is its identity (SQLite's WITHOUT ROWID). With
 *   `backend` set the statement belongs to that backend only (row-level security, pragmas).
 * - Guard: a trigger that refuses a change — BEFORE `event` ON `table`, when `condition` holds
 *   (always when empty), abort with `message`. The condition is an SQL expression over NEW and OLD
 *   that both backends understand (`IS DISTINCT FROM`, sub-selects). SQLite writes a trigger with
 *   RAISE(ABORT); PostgreSQL a PL/pgSQL function and a row trigger calling it. The message starts
 *   with "nianbao:" and a word that SqlDialect::error recognises ("report locked", "status change").
 * - DropGuard: removes the guard `name` on `table` (before a migration writes it anew).
 * - Follow: a change that follows from another — AFTER `event` ON `table`, for each row where
 *   `condition` holds (always when empty), the database runs `sql` (one statement over NEW and
 *   OLD), whatever rights the one who made the first change has: SQLite writes a trigger; PostgreSQL
 *   a PL/pgSQL function of the schema's owner (SECURITY DEFINER, its search path fixed) and a row
 *   trigger calling it.
 */
struct SchemaStep
{
    enum class Kind : quint8 { Sql, Guard, DropGuard, Follow };

    Kind kind = Kind::Sql;
    std::optional<Backend> backend; ///< nullopt: every backend
    QString sql;
    QString name;      ///< Guard, Follow: the trigger's name
    QString table;     ///< Guard, Follow
    QString event;     ///< Guard, Follow: "INSERT", "UPDATE", "UPDATE OF status", "DELETE"
    QString condition; ///< Guard, Follow
    QString message;   ///< Guard

    static SchemaStep statement(const QString &sql);
    static SchemaStep statementFor(Backend backend, const QString &sql);
    static SchemaStep guard(const QString &name, const QString &table, const QString &event,
                            const QString &condition, const QString &message);
    static SchemaStep dropGuard(const QString &name, const QString &table);
    static SchemaStep follow(const QString &name, const QString &table, const QString &event,
                             const QString &condition, const QString &sql);
};

/// The steps that bring a database from the previous schema version to this one.
struct Migration
{
    int version = 0;
    QList<SchemaStep> steps;
};

/**
 * The database schema as ordered, numbered migrations kept as data, the same history for every
 * backend. A new database runs all of them; an older one those above its schema version. Released
 * migrations never change: a change of schema is a new migration at the end (docs/development.md,
 * "Adding a table or a migration").
 */
class StoreSchema
{
public:
    static const QList<Migration> &migrations();
    /// The version this program writes (the last migration's).
    static int currentVersion();
    /// Every table of the current schema, each after the tables it refers to (db copy copies them
    /// in this order). A migration that adds a table adds it here; a test compares the list with
    /// the tables a new database has.
    static const QStringList &tables();
    /// The latest guard of that name in the history; nullptr when there is none.
    static const SchemaStep *guard(const QString &name);
};

} // namespace nianbao
