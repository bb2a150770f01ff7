// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedreport.h"

#include <QFont>
#include <QList>

namespace nianbao {

class Report;

/**
 * Sets a report on the pages of an official document (see OfficialStyle), in one pass and in time
 * linear in its length: the 文号, the title (broken after the agency's name when it is too long),
 * the narrative on the 22 lines of the GB/T 9704 page, the tables of parts 二–四 ruled with the
 * official merged headers (TableGrid), the signature block and the 抄送 line, page numbers `— N —`
 * below the type area (right on odd pages, left on even ones).
 *
 * What belongs together stays together: a heading moves to the next page with what it heads
 * rather than end a page; a table that fits on a page starts a new one rather than break; a table
 * longer than a page breaks between two rows, and each piece starts with the header rows, the
 * labels of the rows it cut repeated. Each paragraph is laid out once with QTextLayout, and each
 * line is placed on exactly one page: nothing is drawn twice.
 *
 * Needs a QGuiApplication for the fonts; the headless commands start one on their print platform.
 */
class ReportComposer
{
public:
    static PagedReport compose(const Report &report);
    /// Every font a report is laid out in (a face may come in several sizes).
    static QList<QFont> layoutFonts();
};

} // namespace nianbao
