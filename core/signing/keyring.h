// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signingkey.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

/**
 * The sealed private keys on this computer: one file per key, `keys/FINGERPRINT.key` in the
 * application's data folder, readable by its owner only. A key file alone signs nothing — it opens
 * only with its passphrase — and it never goes into the database, so whoever can write the database
 * still cannot sign. Back it up like a seal kept in a safe: a lost key file means a new key pair.
 */
class KeyRing
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::KeyRing)
public:
    /// The folder (overridable for tests and portable installs: NIANBAO_KEY_DIR).
    static QString folder();
    static QString pathOf(const QByteArray &publicKey);

    /// Seals key with passphrase into its file; false with the reason in *error.
    static bool store(const SigningKey &key, const QString &passphrase, QString *error,
                      SigningKey::Cost cost = SigningKey::Cost::Moderate);
    /// Whether this computer holds the private key of publicKey.
    static bool holds(const QByteArray &publicKey);
    /// Opens the private key of publicKey with passphrase; nullopt with the reason in *error.
    static std::optional<SigningKey> open(const QByteArray &publicKey, const QString &passphrase,
                                          QString *error);
};

} // namespace nianbao
