// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;

namespace nianbao {

class Report;

/**
 * Sets a report as an official document (see OfficialStyle) in a QTextDocument: document number,
 * title, preamble, the six parts with their headings and narrative, the tables of parts 二–四 as
 * ruled tables with the official merged headers (built by TableGrid) — a table too long for its
 * page is cut between two rows and continues on the next under its header rows — the signature
 * block and the 抄送 line. The document is laid out for one paged
 * device — a PDF writer or a printer — because QTextDocument measures in that device's pixels;
 * PagedDocumentPainter then paints it page by page with the page numbers.
 */
class ReportDocumentRenderer
{
public:
    static std::unique_ptr<QTextDocument> render(const Report &report, QPagedPaintDevice &device);
};

} // namespace nianbao
