// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/layouttext.h"

#include <QString>

namespace nianbao {

/**
 * A decoded text file in the text layout, whatever layout it arrived in. The text layout itself (and
 * text with one cell per line, or whole rows on one line, which ReportReader takes as they are)
 * passes through line for line; Markdown as document converters write it has its tables turned into
 * rows — pipe tables, tables cut into pieces with made-up header rows, grid tables — and its markup
 * removed; column-aligned text as `pdftotext -layout` writes it has its tables rebuilt from the
 * columns (PageLayout). Each line keeps its line number in the file.
 */
class TextSource
{
public:
    /// layout: "text", "markdown" or "columns", what the text was recognised as.
    static LayoutText layOut(const QString &text, QString *layout);
};

} // namespace nianbao
