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
    /// Qt's answers about line ends, by font and glyph: pixels of ink past the advance.
    QHash<QString, QHash<quint32, qreal>> overhangs;
    bool unsaved = false; ///< an answer kept since the file was written
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
    state.overhangs.clear();
    state.unsaved = false;
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
        if (read.standIn.isEmpty() || read.fontFile.isEmpty() || read.directory < 0)
            continue;
        state.choices.insert(it.key(), read);
        const QJsonObject overhangs = choice.value(u"overhangs").toObject();
        for (auto answer = overhangs.constBegin(); answer != overhangs.constEnd(); ++answer) {
            bool isGlyph = false;
            const quint32 glyph = answer.key().toUInt(&isGlyph);
            const double pixels = answer->toDouble(-1);
            if (isGlyph && pixels >= 0)
                state.overhangs[it.key()].insert(glyph, pixels);
        }
    }
}

// A file not written costs the next process the faces' opening, nothing more: nothing is said.
void writeFile(Kept &state)
{
    state.unsaved = false;
    const QString path = filePath();
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).path()))
        return;
    QJsonObject fonts;
    for (auto it = state.choices.constBegin(); it != state.choices.constEnd(); ++it) {
        QJsonObject choice{{QStringLiteral("standIn"), it->standIn},
                           {QStringLiteral("fontFile"), it->fontFile},
                           {QStringLiteral("directory"), double(it->directory)}};
        const QHash<quint32, qreal> answers = state.overhangs.value(it.key());
        if (!answers.isEmpty()) {
            QJsonObject overhangs;
            for (auto answer = answers.constBegin(); answer != answers.constEnd(); ++answer)
                overhangs.insert(QString::number(answer.key()), double(answer.value()));
            choice.insert(QStringLiteral("overhangs"), overhangs);
        }
        fonts.insert(it.key(), choice);
    }
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
    state.overhangs.remove(font);
    writeFile(state);
}

void FaceChoices::drop(const QString &font)
{
    Kept &state = readKept();
    state.overhangs.remove(font);
    if (state.choices.remove(font) > 0)
        writeFile(state);
}

std::optional<qreal> FaceChoices::overhang(const QString &font, quint32 glyph)
{
    const Kept &state = readKept();
    const auto answers = state.overhangs.constFind(font);
    if (answers == state.overhangs.constEnd())
        return std::nullopt;
    const auto found = answers->constFind(glyph);
    return found == answers->constEnd() ? std::nullopt : std::optional<qreal>(*found);
}

void FaceChoices::keepOverhang(const QString &font, quint32 glyph, qreal pixels)
{
    Kept &state = readKept();
    if (!state.choices.contains(font))
        return;
    state.overhangs[font].insert(glyph, pixels);
    state.unsaved = true;
}

void FaceChoices::save()
{
    Kept &state = kept();
    if (state.read && state.unsaved)
        writeFile(state);
}

void FaceChoices::reread()
{
    kept().read = false;
}

} // namespace nianbao
