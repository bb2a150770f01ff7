// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraccounts.h"

#include "storeconnection.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace nianbao {

namespace {

// RFC 7677 and PostgreSQL's default (scram_iterations).
constexpr int ScramIterations = 4096;
constexpr int SaltBytes = 16;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one block of output, the salted password of RFC 5802.
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt)
{
    QByteArray block = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = block;
    for (int i = 1; i < ScramIterations; ++i) {
        block = hmac(password, block);
        for (qsizetype k = 0; k < result.size(); ++k)
            result[k] = char(result[k] ^ block[k]);
    }
    return result;
}

} // namespace

std::optional<QString> ServerAccounts::loginRefusal(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (pattern.match(login).hasMatch())
        return std::nullopt;
    return tr("%1 cannot be a login name on the server: use lower-case ASCII letters, digits and _, "
              "starting with a letter (at most 63), e.g. zhangsan or kanshi_clerk.")
        .arg(login);
}

QString ServerAccounts::scramVerifier(const QString &password, const QByteArray &salt)
{
    // libpq prepares a password with SASLprep, whose normalisation is NFKC.
    const QByteArray salted =
        saltedPassword(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, QByteArrayLiteral("Client Key")), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(ScramIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

StoreResult<void> ServerAccounts::createLogin(StoreConnection &connection, const QString &login,
                                              const QString &role, const QString &password)
{
    if (const std::optional<QString> refusal = loginRefusal(login))
        return StoreError{StoreError::Code::Refused, *refusal, {}};
    if (role != u"clerk" && role != u"supervisor")
        return StoreError{
            StoreError::Code::Refused, tr("There is no role %1 (clerk or supervisor).").arg(role), {}};
    if (password.isEmpty())
        return StoreError{StoreError::Code::Refused, tr("A login needs a password."), {}};
    QByteArray salt(SaltBytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), SaltBytes / 4);
    // CREATE ROLE takes no bound values. The name passed loginRefusal (letters, digits, _) and the
    // verifier is base64 with $ and :, so neither can end the quoted text.
    return connection.run(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE nianbao_%3")
                              .arg(login, scramVerifier(password, salt), role));
}

} // namespace nianbao
