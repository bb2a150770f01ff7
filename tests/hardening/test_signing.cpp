// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's signing key and what an approval signs.
#include "signing/approvalstatement.h"
#include "signing/keyring.h"
#include "signing/signingkey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

ApprovalStatement statement()
{
    ApprovalStatement s;
    s.agency = QStringLiteral("南定镇人民政府");
    s.year = 2021;
    s.revision = 4;
    s.approver = QStringLiteral("王审核");
    s.at = QDateTime(QDate(2022, 1, 20), QTime(9, 30, 1, 250), QTimeZone::UTC);
    s.layoutVersion = 1;
    s.textSha256 = ApprovalStatement::sha256(QStringLiteral("南定镇人民政府2021年政府信息公开工作年度报告"));
    s.keyFingerprint = QStringLiteral("0123 4567");
    return s;
}

} // namespace

TEST(SigningKey, SignsAndVerifies)
{
    const std::optional<SigningKey> key = SigningKey::generate();
    ASSERT_TRUE(key);
    EXPECT_EQ(key->publicKey().size(), SigningKey::PublicKeyBytes);
    const QByteArray message = statement().bytes();
    const QByteArray signature = key->sign(message);
    EXPECT_EQ(signature.size(), SigningKey::SignatureBytes);
    EXPECT_TRUE(SigningKey::verify(key->publicKey(), message, signature));

    QByteArray changedMessage = message;
    changedMessage[changedMessage.size() - 2] = 'x';
    EXPECT_FALSE(SigningKey::verify(key->publicKey(), changedMessage, signature));
    QByteArray changedSignature = signature;
    changedSignature[0] = char(changedSignature[0] ^ 1);
    EXPECT_FALSE(SigningKey::verify(key->publicKey(), message, changedSignature));
    const std::optional<SigningKey> other = SigningKey::generate();
    ASSERT_TRUE(other);
    EXPECT_FALSE(SigningKey::verify(other->publicKey(), message, signature));
    EXPECT_FALSE(SigningKey::verify(key->publicKey(), message, {}));
    EXPECT_FALSE(SigningKey::verify({}, message, signature));
}

TEST(SigningKey, SealedWithAPassphrase)
{
    const std::optional<SigningKey> key = SigningKey::generate();
    ASSERT_TRUE(key);
    const QByteArray sealed = key->seal(QStringLiteral("审核口令 2022"), SigningKey::Cost::Interactive);
    ASSERT_FALSE(sealed.isEmpty());
    EXPECT_FALSE(sealed.contains(key->sign("x").toBase64())) << "nothing secret in the clear";
    EXPECT_EQ(SigningKey::sealedPublicKey(sealed), key->publicKey());

    QString error;
    const std::optional<SigningKey> opened =
        SigningKey::unseal(sealed, QStringLiteral("审核口令 2022"), &error);
    ASSERT_TRUE(opened) << error.toStdString();
    EXPECT_EQ(opened->publicKey(), key->publicKey());
    const QByteArray message = statement().bytes();
    EXPECT_TRUE(SigningKey::verify(key->publicKey(), message, opened->sign(message)));

    EXPECT_FALSE(SigningKey::unseal(sealed, QStringLiteral("审核口令 2021"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(SigningKey::unseal(sealed, {}, &error));
}

TEST(SigningKey, AChangedKeyFileDoesNotOpen)
{
    const std::optional<SigningKey> key = SigningKey::generate();
    const std::optional<SigningKey> other = SigningKey::generate();
    ASSERT_TRUE(key && other);
    const QString passphrase = QStringLiteral("口令");
    QJsonObject sealed =
        QJsonDocument::fromJson(key->seal(passphrase, SigningKey::Cost::Interactive)).object();
    for (const char *field : {"secretbox", "nonce", "salt"}) {
        QJsonObject changed = sealed;
        QByteArray value =
            QByteArray::fromBase64(changed.value(QLatin1StringView(field)).toString().toLatin1());
        value[3] = char(value[3] ^ 0x40);
        changed.insert(QLatin1StringView(field), QString::fromLatin1(value.toBase64()));
        EXPECT_FALSE(SigningKey::unseal(QJsonDocument(changed).toJson(), passphrase, nullptr)) << field;
    }
    // Someone swaps in their own public key so that their signatures would look like this supervisor's.
    QJsonObject swapped = sealed;
    swapped.insert(QStringLiteral("public"), QString::fromLatin1(other->publicKey().toBase64()));
    EXPECT_FALSE(SigningKey::unseal(QJsonDocument(swapped).toJson(), passphrase, nullptr));
    // An absurd cost would make opening the key exhaust the machine.
    QJsonObject costly = sealed;
    costly.insert(QStringLiteral("memory"), 1e15);
    EXPECT_FALSE(SigningKey::unseal(QJsonDocument(costly).toJson(), passphrase, nullptr));
    EXPECT_FALSE(SigningKey::unseal("not json", passphrase, nullptr));
}

TEST(SigningKey, PublicKeyAsText)
{
    const std::optional<SigningKey> key = SigningKey::generate();
    ASSERT_TRUE(key);
    const QString text = SigningKey::publicKeyText(key->publicKey());
    EXPECT_TRUE(text.startsWith(QStringLiteral("nianbao-ed25519 ")));
    EXPECT_EQ(SigningKey::publicKeyFromText(QStringLiteral("# 王审核\n") + text + u'\n'), key->publicKey());
    EXPECT_FALSE(SigningKey::publicKeyFromText(QStringLiteral("nianbao-ed25519 AAAA")));
    EXPECT_FALSE(SigningKey::publicKeyFromText({}));
    const QString fingerprint = SigningKey::fingerprint(key->publicKey());
    EXPECT_EQ(fingerprint.size(), 39);
    EXPECT_NE(fingerprint, SigningKey::fingerprint(SigningKey::generate()->publicKey()));
}

TEST(ApprovalStatement, RoundTripsExactly)
{
    const ApprovalStatement original = statement();
    const QByteArray bytes = original.bytes();
    EXPECT_TRUE(bytes.startsWith("nianbao-approval: 1\nagency: "));
    EXPECT_EQ(ApprovalStatement::fromBytes(bytes), original);

    ApprovalStatement odd = original;
    odd.agency = QStringLiteral("南定\\镇\n人民政府");
    EXPECT_EQ(ApprovalStatement::fromBytes(odd.bytes()), odd);
}

TEST(ApprovalStatement, AnythingElseIsNoStatement)
{
    const QByteArray bytes = statement().bytes();
    EXPECT_FALSE(ApprovalStatement::fromBytes(QByteArray(bytes).replace("year: 2021", "year: 2021 ")));
    EXPECT_FALSE(ApprovalStatement::fromBytes(QByteArray(bytes).replace("revision: 4", "revision: four")));
    EXPECT_FALSE(ApprovalStatement::fromBytes(bytes + "extra: 1\n"));
    EXPECT_FALSE(ApprovalStatement::fromBytes(bytes.chopped(1)));
    EXPECT_FALSE(ApprovalStatement::fromBytes(
        QByteArray(bytes).replace("nianbao-approval: 1", "nianbao-approval: 2")));
    EXPECT_FALSE(ApprovalStatement::fromBytes({}));
}

TEST(KeyRing, KeepsSealedKeysForTheirOwnerOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    qputenv("NIANBAO_KEY_DIR", dir.filePath(QStringLiteral("keys")).toUtf8());
    const std::optional<SigningKey> key = SigningKey::generate();
    ASSERT_TRUE(key);
    EXPECT_FALSE(KeyRing::holds(key->publicKey()));
    QString error;
    ASSERT_TRUE(KeyRing::store(*key, QStringLiteral("口令"), &error, SigningKey::Cost::Interactive))
        << error.toStdString();
    EXPECT_TRUE(KeyRing::holds(key->publicKey()));
    EXPECT_EQ(QFile::permissions(KeyRing::pathOf(key->publicKey())),
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    const std::optional<SigningKey> opened = KeyRing::open(key->publicKey(), QStringLiteral("口令"), &error);
    ASSERT_TRUE(opened) << error.toStdString();
    EXPECT_EQ(opened->publicKey(), key->publicKey());
    EXPECT_FALSE(KeyRing::open(key->publicKey(), QStringLiteral("错"), &error));
    EXPECT_FALSE(KeyRing::open(SigningKey::generate()->publicKey(), QStringLiteral("口令"), &error));
    EXPECT_FALSE(error.isEmpty());
    qunsetenv("NIANBAO_KEY_DIR");
}
