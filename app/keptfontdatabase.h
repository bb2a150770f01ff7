// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output/keptfontlist.h"

#include <QtGui/private/qfontconfigdatabase_p.h>

#include <optional>

namespace nianbao {

/**
 * Qt's fontconfig font database, begun from the families an earlier process kept (KeptFontList)
 * without starting fontconfig; it starts fontconfig only when asked what only fontconfig can tell.
 *
 * From the kept list the families are registered by name alone, as a database does that fills a
 * family when it is first asked for (QPlatformFontDatabase::registerFontFamily): QFontDatabase::
 * families() lists them as fontconfig's list did, and the default font is the kept one. Text laid
 * out in the faces' stand-ins needs nothing more: a stand-in is opened from its data with FreeType.
 * Anything that asks for a font by its family — a face opened, text the stand-ins do not cover, a
 * fallback, an alias — first has the database list every font through fontconfig, as Qt's own does
 * at its start, and is answered by Qt's own code from then on.
 *
 * A font made from data takes no rendering options from fontconfig (Qt's own database asks it about
 * each): they are options of drawing on a screen (antialiasing, subpixels, the hinting of a font that
 * asks for the default), which change neither the outlines nor the advances a PDF is made of, and the
 * stand-ins ask for no hinting.
 */
class KeptFontDatabase : public QFontconfigDatabase
{
public:
    KeptFontDatabase();
    ~KeptFontDatabase() override;
    KeptFontDatabase(const KeptFontDatabase &) = delete;
    KeptFontDatabase &operator=(const KeptFontDatabase &) = delete;

    void populateFontDatabase() override;
    void populateFamily(const QString &familyName) override;
    QFontEngine *fontEngine(const QByteArray &fontData, qreal pixelSize,
                            QFont::HintingPreference hintingPreference) override;
    QStringList fallbacksForFamily(const QString &family, QFont::Style style, QFont::StyleHint styleHint,
                                   QChar::Script script) const override;
    QStringList addApplicationFont(const QByteArray &fontData, const QString &fileName,
                                   QFontDatabasePrivate::ApplicationFont *applicationFont = nullptr) override;
    QString resolveFontFamilyAlias(const QString &family) const override;
    QFont defaultFont() const override;
    void invalidate() override;

    /// Keeps the list fontconfig gave, where there was none kept at the start and fontconfig listed
    /// the fonts.
    void keepList() const;

private:
    /// Lists every font through fontconfig, where the families are still the kept list's only.
    void listThroughFontconfig() const;

    const std::optional<KeptFontList> m_kept;
    mutable bool m_fromKeptList;               ///< whether the families registered are the kept list's only
    mutable bool m_listedByFontconfig = false; ///< whether fontconfig listed the fonts
};

} // namespace nianbao
