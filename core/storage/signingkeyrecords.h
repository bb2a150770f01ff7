// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nianbao {

class StoreConnection;

/// The SQL of the supervisors' public signing keys (KeyDirectory decides who may register one).
class SigningKeyRecords
{
public:
    explicit SigningKeyRecords(StoreConnection &connection);

    StoreResult<void> insert(qint64 userId, const QByteArray &publicKey, const QString &fingerprint,
                             const QDateTime &created);
    /// The key the user registered last; nullopt when they have none.
    StoreResult<std::optional<QByteArray>> latest(const QString &userName);
    /// The user's key with that fingerprint; nullopt when they never had it.
    StoreResult<std::optional<QByteArray>> find(const QString &userName, const QString &fingerprint);

private:
    StoreConnection &m_connection;
};

} // namespace nianbao
