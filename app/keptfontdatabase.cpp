// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptfontdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>

#include <fontconfig/fontconfig.h>

namespace nianbao {

namespace {

/// The files and folders fontconfig read its list from: its configuration files (and their folders,
/// where a new file may appear), the font folders it scanned, and the places of a user's own
/// configuration, which may appear later.
QStringList fontconfigSources()
{
    QStringList sources;
    const auto take = [&sources](FcStrList *list) {
        for (FcChar8 *path = FcStrListNext(list); path; path = FcStrListNext(list))
            sources.append(QFile::decodeName(reinterpret_cast<const char *>(path)));
        FcStrListDone(list);
    };
    take(FcConfigGetConfigFiles(nullptr));
    const qsizetype configuration = sources.size();
    for (qsizetype i = 0; i < configuration; ++i)
        sources.append(QFileInfo(sources.at(i)).path());
    take(FcConfigGetFontDirs(nullptr));
    const QString home = QDir::homePath();
    const QString configHome = qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")
                                   ? home + QStringLiteral("/.config")
                                   : qEnvironmentVariable("XDG_CONFIG_HOME");
    sources << configHome + QStringLiteral("/fontconfig") << configHome + QStringLiteral("/fontconfig/conf.d")
            << configHome + QStringLiteral("/fontconfig/fonts.conf") << home + QStringLiteral("/.fonts.conf")
            << home + QStringLiteral("/.fonts.conf.d");
    sources.removeDuplicates();
    return sources;
}

} // namespace

KeptFontDatabase::KeptFontDatabase()
    : m_kept(KeptFontList::read())
    , m_fromKeptList(m_kept.has_value())
{}

KeptFontDatabase::~KeptFontDatabase()
{
    // Qt's destructor destroys fontconfig's configuration, which would start fontconfig to make one:
    // where it was never started, the configuration is an empty one, read from nowhere.
    if (!m_listedByFontconfig) {
        FcConfig *empty = FcConfigCreate();
        FcConfigSetCurrent(empty);
        FcConfigDestroy(empty);
    }
}

void KeptFontDatabase::populateFontDatabase()
{
    if (!m_fromKeptList) {
        QFontconfigDatabase::populateFontDatabase();
        m_listedByFontconfig = true;
        return;
    }
    for (const QString &family : m_kept->families)
        registerFontFamily(family);
}

void KeptFontDatabase::populateFamily(const QString &familyName)
{
    Q_UNUSED(familyName)
    // Fontconfig's database registers every font at once; a family of the kept list is filled then.
    listThroughFontconfig();
}

QFontEngine *KeptFontDatabase::fontEngine(const QByteArray &fontData, qreal pixelSize,
                                          QFont::HintingPreference hintingPreference)
{
    return QFreeTypeFontDatabase::fontEngine(fontData, pixelSize, hintingPreference);
}

QStringList KeptFontDatabase::fallbacksForFamily(const QString &family, QFont::Style style,
                                                 QFont::StyleHint styleHint, QChar::Script script) const
{
    listThroughFontconfig();
    return QFontconfigDatabase::fallbacksForFamily(family, style, styleHint, script);
}

QStringList KeptFontDatabase::addApplicationFont(const QByteArray &fontData, const QString &fileName,
                                                 QFontDatabasePrivate::ApplicationFont *applicationFont)
{
    listThroughFontconfig();
    return QFontconfigDatabase::addApplicationFont(fontData, fileName, applicationFont);
}

QString KeptFontDatabase::resolveFontFamilyAlias(const QString &family) const
{
    listThroughFontconfig();
    return QFontconfigDatabase::resolveFontFamilyAlias(family);
}

QFont KeptFontDatabase::defaultFont() const
{
    // Fontconfig's configuration may name no default family: that answer is kept too.
    if (m_fromKeptList)
        return QFont(m_kept->defaultFamily);
    listThroughFontconfig();
    return QFontconfigDatabase::defaultFont();
}

void KeptFontDatabase::invalidate()
{
    // Qt's drops fontconfig's application fonts, which start fontconfig; the kept list has none.
    if (!m_fromKeptList)
        QFontconfigDatabase::invalidate();
}

void KeptFontDatabase::keepList() const
{
    if (m_kept || !m_listedByFontconfig)
        return;
    KeptFontList list;
    list.families = QFontDatabase::families();
    list.defaultFamily = QFontconfigDatabase::defaultFont().family();
    list.sources = fontconfigSources();
    list.write();
}

void KeptFontDatabase::listThroughFontconfig() const
{
    if (!m_fromKeptList)
        return;
    m_fromKeptList = false;
    m_listedByFontconfig = true;
    // Registering is the database's work; Qt asks a const database for fallbacks and aliases too.
    const_cast<KeptFontDatabase *>(this)->QFontconfigDatabase::populateFontDatabase();
}

} // namespace nianbao
