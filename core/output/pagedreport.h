// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGlyphRun>
#include <QLineF>
#include <QList>
#include <QRawFont>
#include <QRectF>
#include <QSizeF>

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
        QGlyphRun run;
        /// The face the run was measured in when not the run's own: a stand-in of it that has the
        /// same advances without the outlines (see LayoutFace); invalid otherwise.
        QRawFont measured;
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
