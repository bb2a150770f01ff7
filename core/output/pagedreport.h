// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutface.h"

#include <QGlyphRun>
#include <QLineF>
#include <QList>
#include <QRawFont>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace nianbao {

class Report;

/**
 * A report set on the pages of an official document (see ReportComposer): for each page the text
 * as glyph runs where they stand and the rules of the tables, in points from the top left of the
 * page. It is what both the PDF writer and the printer draw, so the two cannot differ, and it is
 * laid out once, in one pass over the report.
 */
class PagedReport
{
public:
    /// Layout lengths are in this many pixels per point: the faces are laid out at sizes in whole
    /// pixels (五号 is 10.5 pt), without hinting.
    static constexpr qreal Scale = 4;

    /// Glyphs on one line: the run's positions are in layout pixels relative to origin (points).
    struct Text
    {
        QPointF origin;
        /// The glyphs in the font they were laid out in: the face itself, or a stand-in of it that
        /// has the same glyphs and advances without their outlines (see LayoutFace).
        QGlyphRun run;
        /// Where the run's font is a stand-in: the face it stands in for, which draws the glyphs and
        /// is embedded; nullopt where the run's font is the face itself.
        std::optional<LayoutFace> standInOf;

        /// The run in the face that draws it (opening the face where the run is in its stand-in).
        QGlyphRun drawn() const
        {
            QGlyphRun inFace = run;
            if (standInOf)
                inFace.setRawFont(standInOf->face());
            return inFace;
        }
    };

    struct Page
    {
        QList<Text> text;
        QList<QLineF> rules; ///< straight rules, RuleWidth wide
    };

    /// Where a statistics table, or the piece of it on one page, was set: for the tests and for
    /// anyone who wants to know how a table was cut.
    struct TablePiece
    {
        int tableIndex = 0;
        int page = 0;
        int firstBodyRow = 0;
        int bodyRows = 0;
        int headerRows = 0;
        QRectF rect; ///< on its page, in points
    };

    static constexpr qreal RuleWidth = 0.75;

    QSizeF pageSize; ///< points
    QRectF typeArea; ///< points
    QList<Page> pages;
    QList<TablePiece> tables;
    QString title; ///< for the document's metadata
};

} // namespace nianbao
