// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace nianbao {

class StoreConnection;

/// One row of the users table with the agencies of user_agencies; the role by its id.
struct UserRecord
{
    qint64 id = 0;
    QString name;
    QString role;
    QStringList agencies;
    QDateTime created;
    QString createdBy;
};

/// The SQL of the users and the agencies they work for (UserDirectory decides who may add whom).
class UserRecords
{
public:
    explicit UserRecords(StoreConnection &connection);

    StoreResult<int> count();
    /// Every user by name, each with their agencies by name.
    StoreResult<QList<UserRecord>> all();
    /// Adds the user (without agencies); the id it got.
    StoreResult<qint64> insert(const QString &name, const QString &role, const QDateTime &created,
                               const QString &createdBy);
    /// Replaces the agencies of the user, each under the full name of the agency it matches.
    StoreResult<void> setAgencies(qint64 userId, const QStringList &agencies);

private:
    StoreConnection &m_connection;
};

} // namespace nianbao
