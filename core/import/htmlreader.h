// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/layouttext.h"

#include <QString>

namespace nianbao {

/**
 * A web page (a report as a government website publishes it, often Word pasted into a CMS) in the
 * text layout, parsed with gumbo, a real HTML5 parser. Only the report is read, not the site around
 * it: the element that holds most of the six part headings, with the title above it when it stands
 * outside. Block elements make paragraphs, inline ones (the nested `<span>`s of pasted Word text)
 * run together, `&nbsp;` is a space; tables become rows of cells, a cell spanning rows
 * (`rowspan`) leaving an empty cell in the rows below so the cells after it keep their places.
 */
class HtmlReader
{
public:
    static bool looksLikeHtml(QStringView text);
    static LayoutText read(const QString &html);
};

} // namespace nianbao
