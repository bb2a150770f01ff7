// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

/**
 * A supervisor's Ed25519 signing key pair, through libsodium (no cryptography of our own).
 *
 * The private key never leaves memory in the clear: on disk it is sealed with the supervisor's
 * passphrase — a key derived with Argon2id (crypto_pwhash, its cost stored with the sealed key)
 * encrypts it with XSalsa20-Poly1305 (crypto_secretbox), so a wrong passphrase or a changed byte
 * fails to open it. The public key is what the database holds and what anyone checking an
 * approval needs.
 */
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SigningKey)
public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SignatureBytes = 64;

    /// How hard the passphrase is to guess offline: Moderate (256 MiB, about a second) for real
    /// keys; Interactive (64 MiB) where a key is sealed and opened many times, e.g. in tests.
    enum class Cost : quint8 { Interactive, Moderate };

    /// A fresh key pair; nullopt only when libsodium cannot start.
    static std::optional<SigningKey> generate();
    SigningKey(const SigningKey &other);
    SigningKey &operator=(const SigningKey &other);
    ~SigningKey();

    QByteArray publicKey() const { return m_public; }
    QByteArray sign(const QByteArray &message) const;
    /// Whether signature is publicKey's signature of message.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

    /// The key pair sealed with passphrase, as a small JSON document for a key file.
    QByteArray seal(const QString &passphrase, Cost cost = Cost::Moderate) const;
    /// Opens a sealed key; nullopt with a message in *error for a wrong passphrase or a damaged file.
    static std::optional<SigningKey> unseal(const QByteArray &sealed, const QString &passphrase,
                                            QString *error);
    /// The public key a sealed key file holds, without the passphrase.
    static std::optional<QByteArray> sealedPublicKey(const QByteArray &sealed);

    /// A public key as one line of text for export and `verify --key`: "nianbao-ed25519 BASE64".
    static QString publicKeyText(const QByteArray &publicKey);
    /// The public key of such a line (surrounding text ignored); nullopt when there is none.
    static std::optional<QByteArray> publicKeyFromText(const QString &text);
    /// A short name of a public key for people to compare: 8 groups of 4 hex digits of its SHA-256.
    static QString fingerprint(const QByteArray &publicKey);

private:
    SigningKey() = default;

    QByteArray m_public;
    QByteArray m_secret; ///< libsodium's 64-byte secret key (seed and public key); wiped on destruction
};

} // namespace nianbao
