// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QString>
#include <QStringList>

namespace nianbao {

/**
 * The layout of an official document after GB/T 9704-2012 《党政机关公文格式》: A4 with the
 * standard type area, the title in 2号 小标宋 (a bold song face where that is missing), part
 * headings in 黑体, sub-part headings in 楷体, the body in 3号 仿宋, the page number in 4号 宋体.
 * Official offices have the GB fonts; other machines get the nearest CJK face installed
 * (Noto Serif/Sans CJK SC), chosen by family name among those the font database knows.
 */
class OfficialStyle
{
public:
    enum class Face : quint8 { XiaoBiaoSong, Song, FangSong, Hei, Kai };

    // Sizes in points: 2号, 3号, 4号, 五号.
    static constexpr qreal TitleSize = 22;
    static constexpr qreal BodySize = 16;
    static constexpr qreal PageNumberSize = 14;
    static constexpr qreal TableSize = 10.5;
    /// 22 lines on a page of the 225 mm type area (GB/T 9704 5.2.2).
    static constexpr qreal LinePitch = 225.0 / 22.0 * 72.0 / 25.4;
    /// The page number's dash stands this far below the type area (GB/T 9704 7.5).
    static constexpr qreal PageNumberGapMm = 7;

    /// A4 portrait; margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (a 156 × 225 mm type area).
    static QPageLayout pageLayout();
    /// The installed families for a face, preferred first, ending in the Noto CJK fallback.
    static QStringList families(Face face);
    /// Whether the face stands out by itself (小标宋 is heavy), or needs bold to look like a title.
    static bool needsBold(Face face);
    /// The `font-family` list of the face for CSS (every candidate, whether installed here or not).
    static QString cssFamilies(Face face);
};

} // namespace nianbao
