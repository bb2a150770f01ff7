// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptfontlist.h"

#include "standinfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sys/stat.h>

namespace nianbao {

namespace {

constexpr int Version = 1;

/// How a change to a file or folder shows: its kind, inode, size and times of change (a folder's
/// change when an entry is put in or taken out), or "-" where it is missing.
QString stateOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("-");
    return QStringLiteral("%1 %2 %3 %4.%5 %6.%7")
        .arg(QLatin1Char(S_ISDIR(info.st_mode) ? 'd' : 'f'))
        .arg(quint64(info.st_ino))
        .arg(qint64(info.st_size))
        .arg(qint64(info.st_mtim.tv_sec))
        .arg(qint64(info.st_mtim.tv_nsec))
        .arg(qint64(info.st_ctim.tv_sec))
        .arg(qint64(info.st_ctim.tv_nsec));
}

/// The environment variables fontconfig's list and default font depend on: fontconfig's own (where its
/// configuration is, the default language), the user's folders its configuration names, and the
/// locale, from which it takes the language when FC_LANG is not set.
constexpr const char *EnvironmentVariables[] = {
    "FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "FC_LANG", "HOME",     "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",   "XDG_CACHE_HOME",  "LANGUAGE",           "LC_ALL",  "LC_CTYPE", "LANG"};

QJsonObject environment()
{
    QJsonObject values;
    for (const char *name : EnvironmentVariables) {
        if (qEnvironmentVariableIsSet(name))
            values.insert(QLatin1StringView(name), qEnvironmentVariable(name));
    }
    return values;
}

QString checksumOf(const QJsonObject &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

std::optional<KeptFontList> KeptFontList::read()
{
    const QString path = filePath();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QString checksum = root.take(u"checksum").toString();
    if (checksum != checksumOf(root) || root.value(u"version").toInt() != Version ||
        root.value(u"qt").toString() != QLatin1StringView(qVersion()) ||
        root.value(u"environment").toObject() != environment())
        return std::nullopt;
    KeptFontList list;
    const QJsonObject sources = root.value(u"sources").toObject();
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        if (stateOf(it.key()) != it.value().toString())
            return std::nullopt;
        list.sources.append(it.key());
    }
    const QJsonArray families = root.value(u"families").toArray();
    for (const QJsonValue &family : families)
        list.families.append(family.toString());
    list.defaultFamily = root.value(u"defaultFamily").toString();
    // A list of no fonts, or read from nowhere, was not fontconfig's.
    if (list.families.isEmpty() || list.sources.isEmpty())
        return std::nullopt;
    return list;
}

bool KeptFontList::write() const
{
    const QString path = filePath();
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).path()))
        return false;
    QJsonObject states;
    for (const QString &source : sources)
        states.insert(source, stateOf(source));
    QJsonObject root{{QStringLiteral("version"), Version},
                     {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                     {QStringLiteral("environment"), environment()},
                     {QStringLiteral("sources"), states},
                     {QStringLiteral("families"), QJsonArray::fromStringList(families)},
                     {QStringLiteral("defaultFamily"), defaultFamily}};
    root.insert(QStringLiteral("checksum"), checksumOf(root));
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) > 0 && file.commit();
}

QString KeptFontList::filePath()
{
    const QString folder = StandInFile::folder();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/fonts.json");
}

} // namespace nianbao
