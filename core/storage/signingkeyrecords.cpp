// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingkeyrecords.h"

#include "storeconnection.h"
#include "storedvalues.h"

namespace nianbao {

namespace {

/// The key of the query's first row, kept as Base64 text; nullopt when there is no row.
StoreResult<std::optional<QByteArray>> keyOf(StoreResult<StoreQuery> query)
{
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QByteArray>();
    return std::optional(QByteArray::fromBase64(query->value(0).toString().toLatin1()));
}

} // namespace

SigningKeyRecords::SigningKeyRecords(StoreConnection &connection)
    : m_connection(connection)
{}

StoreResult<void> SigningKeyRecords::insert(qint64 userId, const QByteArray &publicKey,
                                            const QString &fingerprint, const QDateTime &created)
{
    const StoreResult<qint64> inserted = m_connection.insert(
        QStringLiteral(
            "INSERT INTO signing_keys (user_id, public_key, fingerprint, created) VALUES (?, ?, ?, ?)"),
        {userId, QString::fromLatin1(publicKey.toBase64()), fingerprint, stored::time(created)});
    if (!inserted)
        return inserted.error();
    return {};
}

StoreResult<std::optional<QByteArray>> SigningKeyRecords::latest(const QString &userName)
{
    return keyOf(m_connection.exec(
        QStringLiteral("SELECT k.public_key FROM signing_keys k JOIN users u ON u.id = k.user_id"
                       " WHERE u.name = ? ORDER BY k.id DESC LIMIT 1"),
        {userName}));
}

StoreResult<std::optional<QByteArray>> SigningKeyRecords::find(const QString &userName,
                                                               const QString &fingerprint)
{
    return keyOf(m_connection.exec(
        QStringLiteral("SELECT k.public_key FROM signing_keys k JOIN users u ON u.id = k.user_id"
                       " WHERE u.name = ? AND k.fingerprint = ?"),
        {userName, fingerprint}));
}

} // namespace nianbao
