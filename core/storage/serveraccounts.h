// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

class StoreConnection;

/**
 * The login roles of an office's PostgreSQL server: each person logs in as their own role, a
 * member of the group role nianbao_clerk or nianbao_supervisor, whose rights and row-level
 * security the schema sets (StoreSchema, migration 8). Creating one needs the CREATEROLE right,
 * which the administrator has and the users do not; the server refuses everyone else.
 */
class ServerAccounts
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ServerAccounts)
public:
    /// Why login cannot name a login role (an ASCII letter or _, then letters, digits or _; at most
    /// 63; lower case, as PostgreSQL folds unquoted names); nullopt when it can.
    static std::optional<QString> loginRefusal(const QString &login);
    /// The SCRAM-SHA-256 verifier PostgreSQL keeps for password. Computed here, so the password
    /// itself never reaches the server, its statement log or its replication stream.
    static QString scramVerifier(const QString &password, const QByteArray &salt);
    /// Creates the login role with its password as a member of the group of role ("clerk" or
    /// "supervisor"), in the connection's current transaction.
    static StoreResult<void> createLogin(StoreConnection &connection, const QString &login,
                                         const QString &role, const QString &password);
};

} // namespace nianbao
