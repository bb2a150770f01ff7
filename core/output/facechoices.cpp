// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facechoices.h"

#include "standinfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace nianbao {

namespace {

constexpr int Version = 1;

struct Kept
{
    bool read = false;
    QString fontList; ///< the machine's list of font families now, as fontListOf() gives it
    QHash<QString, FaceChoices::Choice> choices;
};

/// The families of fonts Qt has, as a hash: a choice stands only while they are the same (a font
/// installed or removed may make Qt choose another face for a font).
QString fontListOf()
{
    QStringList families = QFontDatabase::families();
    families.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(families.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

Kept &kept()
{
    static Kept s_kept;
    return s_kept;
}

QString filePath()
{
    const QString folder = StandInFile::folder();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/choices.json");
}

void readFile(Kept &state)
{
    state.read = true;
    state.choices.clear();
    state.fontList = fontListOf();
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"version").toInt() != Version || root.value(u"fontList").toString() != state.fontList)
        return;
    const QJsonObject fonts = root.value(u"fonts").toObject();
    for (auto it = fonts.constBegin(); it != fonts.constEnd(); ++it) {
        const QJsonObject choice = it.value().toObject();
        FaceChoices::Choice read{choice.value(u"standIn").toString(), choice.value(u"fontFile").toString(),
                                 qint64(choice.value(u"directory").toDouble(-1))};
        if (!read.standIn.isEmpty() && !read.fontFile.isEmpty() && read.directory >= 0)
            state.choices.insert(it.key(), read);
    }
}

// A file not written costs the next process the faces' opening, nothing more: nothing is said.
void writeFile(const Kept &state)
{
    const QString path = filePath();
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).path()))
        return;
    QJsonObject fonts;
    for (auto it = state.choices.constBegin(); it != state.choices.constEnd(); ++it)
        fonts.insert(it.key(), QJsonObject{{QStringLiteral("standIn"), it->standIn},
                                           {QStringLiteral("fontFile"), it->fontFile},
                                           {QStringLiteral("directory"), double(it->directory)}});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), Version},
                                         {QStringLiteral("fontList"), state.fontList},
                                         {QStringLiteral("fonts"), fonts}})
                   .toJson(QJsonDocument::Compact));
    file.commit();
}

Kept &readKept()
{
    Kept &state = kept();
    if (!state.read)
        readFile(state);
    return state;
}

} // namespace

std::optional<FaceChoices::Choice> FaceChoices::find(const QString &font)
{
    const Kept &state = readKept();
    const auto found = state.choices.constFind(font);
    if (found == state.choices.constEnd())
        return std::nullopt;
    return *found;
}

void FaceChoices::keep(const QString &font, const Choice &choice)
{
    Kept &state = readKept();
    const auto found = state.choices.constFind(font);
    if (found != state.choices.constEnd() && *found == choice)
        return;
    state.choices.insert(font, choice);
    writeFile(state);
}

void FaceChoices::drop(const QString &font)
{
    Kept &state = readKept();
    if (state.choices.remove(font) > 0)
        writeFile(state);
}

void FaceChoices::reread()
{
    kept().read = false;
}

} // namespace nianbao
