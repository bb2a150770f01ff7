// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keydirectory.h"

#include "signing/keyring.h"
#include "signing/signingkey.h"
#include "storage/reportstore.h"
#include "storage/signingkeyrecords.h"
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
    return SigningKeyRecords(m_store.connection())
        .insert(supervisor.id, publicKey, SigningKey::fingerprint(publicKey),
                QDateTime::currentDateTimeUtc());
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
    return SigningKeyRecords(m_store.connection()).latest(userName);
}

StoreResult<std::optional<QByteArray>> KeyDirectory::key(const QString &userName, const QString &fingerprint)
{
    return SigningKeyRecords(m_store.connection()).find(userName, fingerprint);
}

} // namespace nianbao
