// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring.h"

#include "io/outputfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>

namespace nianbao {

QString KeyRing::folder()
{
    const QString overridden = qEnvironmentVariable("NIANBAO_KEY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keys");
}

QString KeyRing::pathOf(const QByteArray &publicKey)
{
    return folder() + u'/' + SigningKey::fingerprint(publicKey).remove(u' ') + QStringLiteral(".key");
}

bool KeyRing::store(const SigningKey &key, const QString &passphrase, QString *error, SigningKey::Cost cost)
{
    const QByteArray sealed = key.seal(passphrase, cost);
    if (sealed.isEmpty()) {
        if (error)
            *error = tr("Not enough memory to seal the signing key.");
        return false;
    }
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = OutputFile::failure(folder(), OutputFile::reason(EACCES));
        return false;
    }
    QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = pathOf(key.publicKey());
    if (!OutputFile::write(path, sealed, error))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

bool KeyRing::holds(const QByteArray &publicKey)
{
    return QFile::exists(pathOf(publicKey));
}

std::optional<SigningKey> KeyRing::open(const QByteArray &publicKey, const QString &passphrase,
                                        QString *error)
{
    QFile file(pathOf(publicKey));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("This computer does not hold the private key %1 (%2). Sign on the computer where the "
                        "key was created, or copy its key file there.")
                         .arg(SigningKey::fingerprint(publicKey), QDir::toNativeSeparators(file.fileName()));
        return std::nullopt;
    }
    // A key file is a few hundred bytes; anything large is not one.
    return SigningKey::unseal(file.read(64 * 1024), passphrase, error);
}

} // namespace nianbao
