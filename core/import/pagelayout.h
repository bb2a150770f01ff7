// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/layouttext.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace nianbao {

/// A word on a page and its box, in points from the page's top-left corner.
struct PageWord
{
    QString text;
    QRectF box;
    int sourceLine = 0; ///< the line of a text file the word stands on; 0 for a PDF
};

struct PageText
{
    int number = 0; ///< 1-based
    QSizeF size;
    QList<PageWord> words;
};

/**
 * Rebuilds the text layout from words placed on pages — the text of a PDF, or column-aligned text
 * as `pdftotext -layout` writes it. Words on one baseline make a line; wide gaps split a line into
 * fields. Page numbers (`— 5 —`, `-3-`) are dropped. Runs of lines with numbers and labels are
 * tables: a label broken over lines is joined again where the pieces make a label of the formats
 * (`本年新制作` + `数量`, a row label cut by a page break); each line of numbers is a row, and takes
 * the labels in its band, the labels left of the numbers that stand nearest to it; the numbers go
 * into the columns the header labels stand over (so an empty cell stays empty in its place), and a
 * row label without numbers is a row the source left empty. Other lines are narrative, joined
 * into paragraphs.
 */
class PageLayout
{
public:
    static LayoutText layOut(const QList<PageText> &pages);
};

} // namespace nianbao
