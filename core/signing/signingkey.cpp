// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingkey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace nianbao {

namespace {

constexpr int SealVersion = 1;
const QString KeyTextPrefix = QStringLiteral("nianbao-ed25519 ");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

void wipe(QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    secret.detach();
    sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

// A secretbox key from the passphrase; empty when Argon2 cannot get the memory it needs.
QByteArray derivedKey(const QString &passphrase, const QByteArray &salt, quint64 operations, quint64 memory)
{
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    QByteArray secret = passphrase.toUtf8();
    const int failed =
        crypto_pwhash(bytes(key), size_t(key.size()), secret.constData(), size_t(secret.size()), bytes(salt),
                      operations, size_t(memory), crypto_pwhash_ALG_ARGON2ID13);
    wipe(secret);
    if (failed != 0)
        wipe(key);
    return key;
}

QString base64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

} // namespace

std::optional<SigningKey> SigningKey::generate()
{
    if (!sodiumReady())
        return std::nullopt;
    SigningKey key;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(key.m_public), bytes(key.m_secret));
    return key;
}

SigningKey::SigningKey(const SigningKey &other)
    : m_public(other.m_public)
    , m_secret(other.m_secret.constData(), other.m_secret.size())
{}

SigningKey &SigningKey::operator=(const SigningKey &other)
{
    if (this != &other) {
        wipe(m_secret);
        m_public = other.m_public;
        m_secret = QByteArray(other.m_secret.constData(), other.m_secret.size());
    }
    return *this;
}

SigningKey::~SigningKey()
{
    wipe(m_secret);
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), size_t(message.size()), bytes(m_secret));
    return signature;
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), size_t(message.size()),
                                       bytes(publicKey)) == 0;
}

QByteArray SigningKey::seal(const QString &passphrase, Cost cost) const
{
    const quint64 operations =
        cost == Cost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 memory =
        cost == Cost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray key = derivedKey(passphrase, salt, operations, memory);
    if (key.isEmpty())
        return {};
    QByteArray box(m_secret.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(bytes(box), bytes(m_secret), size_t(m_secret.size()), bytes(nonce), bytes(key));
    wipe(key);
    const QJsonObject sealed{
        {QStringLiteral("nianbao-signing-key"), SealVersion},
        {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
        {QStringLiteral("public"), base64(m_public)},
        {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
        {QStringLiteral("operations"), double(operations)},
        {QStringLiteral("memory"), double(memory)},
        {QStringLiteral("salt"), base64(salt)},
        {QStringLiteral("nonce"), base64(nonce)},
        {QStringLiteral("secretbox"), base64(box)},
    };
    return QJsonDocument(sealed).toJson(QJsonDocument::Indented);
}

std::optional<SigningKey> SigningKey::unseal(const QByteArray &sealed, const QString &passphrase,
                                             QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SigningKey> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!sodiumReady())
        return fail(tr("The cryptography library could not be started."));
    const QJsonObject json = QJsonDocument::fromJson(sealed).object();
    const QByteArray publicKey = fromBase64(json.value(u"public"));
    const QByteArray salt = fromBase64(json.value(u"salt"));
    const QByteArray nonce = fromBase64(json.value(u"nonce"));
    const QByteArray box = fromBase64(json.value(u"secretbox"));
    const double operations = json.value(u"operations").toDouble();
    const double memory = json.value(u"memory").toDouble();
    if (json.value(u"nianbao-signing-key").toInt() != SealVersion ||
        json.value(u"kdf").toString() != u"argon2id13" || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
        box.size() != crypto_sign_SECRETKEYBYTES + crypto_secretbox_MACBYTES ||
        operations < crypto_pwhash_OPSLIMIT_MIN || operations > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        memory < crypto_pwhash_MEMLIMIT_MIN || memory > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return fail(tr("This is not a Nianbao signing key, or the key file is damaged."));
    QByteArray key = derivedKey(passphrase, salt, quint64(operations), quint64(memory));
    if (key.isEmpty())
        return fail(tr("Not enough memory to open the signing key."));
    SigningKey opened;
    opened.m_public = publicKey;
    opened.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    const int failed = crypto_secretbox_open_easy(bytes(opened.m_secret), bytes(box), size_t(box.size()),
                                                  bytes(nonce), bytes(key));
    wipe(key);
    if (failed != 0)
        return fail(tr("The passphrase is wrong (or the key file was changed)."));
    // The secret key holds its public key; a file whose two halves disagree was tampered with.
    if (opened.m_secret.right(crypto_sign_PUBLICKEYBYTES) != publicKey)
        return fail(tr("This is not a Nianbao signing key, or the key file is damaged."));
    return opened;
}

std::optional<QByteArray> SigningKey::sealedPublicKey(const QByteArray &sealed)
{
    const QByteArray publicKey = fromBase64(QJsonDocument::fromJson(sealed).object().value(u"public"));
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return std::nullopt;
    return publicKey;
}

QString SigningKey::publicKeyText(const QByteArray &publicKey)
{
    return KeyTextPrefix + base64(publicKey);
}

std::optional<QByteArray> SigningKey::publicKeyFromText(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("nianbao-ed25519 ([A-Za-z0-9+/=]+)"));
    const QRegularExpressionMatch match = line.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QByteArray key =
        QByteArray::fromBase64(match.captured(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        return std::nullopt;
    return key;
}

QString SigningKey::fingerprint(const QByteArray &publicKey)
{
    const QString hex =
        QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(32));
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u' ');
}

} // namespace nianbao
