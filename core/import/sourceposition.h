// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

namespace nianbao {

/**
 * Where a piece of an imported file stands in the file as its author sees it: a line of a text file,
 * a line (and box) on a PDF page, a paragraph or a table cell of a Word document or web page. Every
 * message about an import names this place, never a position in an intermediate form.
 */
struct SourcePosition
{
    enum class Kind : quint8 { None, Line, Page, Paragraph, TableCell };
    Kind kind = Kind::None;
    int line = 0; ///< Line: 1-based line of the text; Page: line on the page; else the source line (HTML)
    int page = 0; ///< Page: 1-based page
    QRectF box;   ///< Page: where the text stands, in points from the top-left corner
    int paragraph = 0; ///< Paragraph: 1-based paragraph of the document body
    int table = 0;     ///< TableCell: 1-based table in document order
    int row = 0;       ///< TableCell: 1-based row of the table
    int cell = 0;      ///< TableCell: 1-based cell of the row (as written, before spans)

    static SourcePosition ofLine(int line);
    static SourcePosition onPage(int page, int line, const QRectF &box = {});
    static SourcePosition ofParagraph(int paragraph, int sourceLine = 0);
    static SourcePosition ofTableCell(int table, int row, int cell, int sourceLine = 0);

    bool isValid() const { return kind != Kind::None; }
    /// Machine-readable: "line:12", "page:3:line:12", "paragraph:14", "table:2:row:5:cell:3".
    QString id() const;
    /// For messages: "第 12 行", "第 3 页第 12 行", "第 14 段", "第 2 个表格第 5 行第 3 格".
    QString describe() const;

    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

} // namespace nianbao
