// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keydirectory.h"

#include "signing/keyring.h"
#include "signing/signingkey.h"
#include "storage/reportstore.h"
#include "storage/storeconnection.h"
#include "storage/storetransaction.h"

#include <QDateTime>

namespace nianbao {

KeyDirectory::KeyDirectory(ReportStore &store)
    : m_store(store)
{}

StoreResult<void> KeyDirectory::registerKey(const User &supervisor, const QByteArray &publicKey)
{
    if (!supervisor.isSupervisor())
        return StoreError{StoreError::Code::Refused,
                          tr("Only a supervisor signs approvals; %1 is a clerk.").arg(supervisor.name),
                          {}};
    const StoreResult<qint64> inserted = m_store.connection().insert(
        QStringLiteral(
            "INSERT INTO signing_keys (user_id, public_key, fingerprint, created) VALUES (?, ?, ?, ?)"),
        {supervisor.id, QString::fromLatin1(publicKey.toBase64()), SigningKey::fingerprint(publicKey),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return inserted.error();
    return {};
}

StoreResult<QByteArray> KeyDirectory::createKey(const User &supervisor, const QString &passphrase)
{
    if (passphrase.isEmpty())
        return StoreError{StoreError::Code::InvalidInput, tr("The passphrase is empty."), {}};
    const std::optional<SigningKey> key = SigningKey::generate();
    if (!key)
        return StoreError{StoreError::Code::Failed, tr("The cryptography library could not be started."), {}};
    StoreTransaction transaction = m_store.batch();
    if (const StoreResult<void> registered = registerKey(supervisor, key->publicKey()); !registered)
        return registered.error();
    QString error;
    if (!KeyRing::store(*key, passphrase, &error))
        return StoreError{StoreError::Code::Failed, error, {}};
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return key->publicKey();
}

StoreResult<std::optional<QByteArray>> KeyDirectory::currentKey(const QString &userName)
{
    StoreResult<StoreQuery> query = m_store.connection().exec(
        QStringLiteral("SELECT k.public_key FROM signing_keys k JOIN users u ON u.id = k.user_id"
                       " WHERE u.name = ? ORDER BY k.id DESC LIMIT 1"),
        {userName});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QByteArray>();
    return std::optional(QByteArray::fromBase64(query->value(0).toString().toLatin1()));
}

StoreResult<std::optional<QByteArray>> KeyDirectory::key(const QString &userName, const QString &fingerprint)
{
    StoreResult<StoreQuery> query = m_store.connection().exec(
        QStringLiteral("SELECT k.public_key FROM signing_keys k JOIN users u ON u.id = k.user_id"
                       " WHERE u.name = ? AND k.fingerprint = ?"),
        {userName, fingerprint});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QByteArray>();
    return std::optional(QByteArray::fromBase64(query->value(0).toString().toLatin1()));
}

} // namespace nianbao
