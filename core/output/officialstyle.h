// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <Qt>

#include <functional>

namespace nianbao {

struct NarrativeParagraph;

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

    /// The kinds of paragraph an official document sets; each has one ParagraphFormat, which the
    /// PDF, the Word document and the ODF text share.
    enum class Paragraph : quint8 {
        Body,
        Title,
        DocumentNumber,
        PartHeading,    ///< 一、总体情况
        SubPartHeading, ///< （一）主动公开
        ItemHeading,    ///< 1. …
        Signature,
        CopyTo,
        PageNumber,
        TableText,
    };
    /// Every kind of paragraph, in the enum's order.
    static constexpr Paragraph Paragraphs[] = {
        Paragraph::Body,           Paragraph::Title,       Paragraph::DocumentNumber, Paragraph::PartHeading,
        Paragraph::SubPartHeading, Paragraph::ItemHeading, Paragraph::Signature,      Paragraph::CopyTo,
        Paragraph::PageNumber,     Paragraph::TableText};

    struct ParagraphFormat
    {
        Face face;
        qreal size; ///< points
        /// Bold in every output. The PDF also sets the title bold where 小标宋 is missing (see
        /// needsBold()); a document opened on another machine names 小标宋 and is never bold.
        bool bold;
        Qt::Alignment alignment;
        qreal firstLineIndent; ///< in characters
        qreal lineHeight;      ///< exact, in points; 0 for the face's own
        int outlineLevel;      ///< 0 for the part headings, 1 and 2 below them; -1 for text
    };

    static ParagraphFormat paragraphFormat(Paragraph paragraph);
    /// The kind of a paragraph of narrative: body text, or a sub-heading by its marker.
    static Paragraph paragraphOf(const NarrativeParagraph &paragraph);

    /// A4 portrait; margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (a 156 × 225 mm type area).
    static QPageLayout pageLayout();
    /// Lengths of the page in millimetres (the same as pageLayout()).
    static constexpr qreal PageWidthMm = 210;
    static constexpr qreal PageHeightMm = 297;

    /// The family an office machine has for the face (仿宋_GB2312): what a document that is
    /// opened elsewhere (Word, WPS, ODF) names.
    static QString documentFamily(Face face);
    /// The face Windows itself has that stands in for documentFamily() where that is missing
    /// (仿宋 for 仿宋_GB2312); documentFamily() itself when Windows has it.
    static QString substituteFamily(Face face);
    /// The width of text set in one of the faces, in ems: a CJK character is one em wide, a
    /// Latin letter or digit about half, in every face above.
    static qreal ems(const QString &text);

    /// Every family that serves for the face, preferred first, installed here or not: what a
    /// document that is opened elsewhere lists as fallbacks where its format can.
    static QStringList candidateFamilies(Face face);
    /// The page number as GB/T 9704 7.5 prints it: `— 3 —`.
    static QString pageNumber(int page);
    /// The installed families for a face, preferred first, ending in the Noto CJK fallback.
    static QStringList families(Face face);
    /// Whether the face stands out by itself (小标宋 is heavy), or needs bold to look like a title.
    static bool needsBold(Face face);
    /// The title in lines: one, or, when it does not fit on a line, broken after the agency's name
    /// rather than inside a word such as 年度 (GB/T 9704 7.2.3: 词意完整).
    static QStringList titleLines(const QString &title, const QString &agency,
                                  const std::function<bool(const QString &line)> &fitsOnALine);
    /// The `font-family` list of the face for CSS (every candidate, whether installed here or not).
    static QString cssFamilies(Face face);
};

} // namespace nianbao
