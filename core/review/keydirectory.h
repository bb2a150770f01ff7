// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"
#include "user.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace nianbao {

class ReportStore;

/**
 * The supervisors' public keys in the database: what everyone who checks an approval needs. The
 * private keys stay on the supervisors' computers (KeyRing). Keys are only ever added — a new key
 * replaces the old one for new approvals, and the old one still checks the approvals it signed.
 */
class KeyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::KeyDirectory)
public:
    explicit KeyDirectory(ReportStore &store);

    /// Makes publicKey the supervisor's signing key from now on; refused for a clerk.
    StoreResult<void> registerKey(const User &supervisor, const QByteArray &publicKey);
    /// Makes a new key pair for the supervisor: the private key sealed with passphrase on this
    /// computer (KeyRing), the public key registered — only once the sealed key is safely on disk.
    /// The command line (`nianbao key create`) and the desktop application both create keys here.
    StoreResult<QByteArray> createKey(const User &supervisor, const QString &passphrase);
    /// The user's key for new approvals; nullopt when they have none.
    StoreResult<std::optional<QByteArray>> currentKey(const QString &userName);
    /// The user's key with that fingerprint (SigningKey::fingerprint); nullopt when they never had it.
    StoreResult<std::optional<QByteArray>> key(const QString &userName, const QString &fingerprint);

private:
    ReportStore &m_store;
};

} // namespace nianbao
