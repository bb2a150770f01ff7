// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include "postgresdialect.h"
#include "sqlitedialect.h"

namespace nianbao {

const SqlDialect &SqlDialect::of(Backend backend)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    switch (backend) {
    case Backend::Sqlite:
        break;
    case Backend::Postgres:
        return postgres;
    }
    return sqlite;
}

QString SqlDialect::lockHolder(const QSqlDatabase &) const
{
    return {};
}

QString SqlDialect::changeChannel()
{
    return QStringLiteral("nianbao_reports");
}

QString SqlDialect::upsert(QStringView table, const QStringList &columns, const QStringList &keys)
{
    QStringList updates;
    for (const QString &column : columns) {
        if (!keys.contains(column))
            updates.append(column + QStringLiteral(" = excluded.") + column);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")),
             QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             keys.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

QString SqlDialect::insertUnlessPresent(QStringView table, const QStringList &columns,
                                        const QStringList &keys)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
        .arg(table, columns.join(QStringLiteral(", ")),
             QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             keys.join(QStringLiteral(", ")));
}

QString SqlDialect::withTypes(QString sql, QStringView id, QStringView bigint, QStringView withoutRowid)
{
    return sql.replace(QStringLiteral("{id}"), id.toString())
        .replace(QStringLiteral("{bigint}"), bigint.toString())
        .replace(QStringLiteral("{norowid}"), withoutRowid.toString());
}

} // namespace nianbao
