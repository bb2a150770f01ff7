// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace nianbao {

/**
 * Paints a QTextDocument onto a paged device (PDF writer or printer), one page at a time, with the
 * page number `— N —` below the type area: odd pages on the right, even pages on the left, one
 * character in (GB/T 9704 7.5). QTextDocument::print() would number pages in its own way, so the
 * pages are painted here. Reports are set by ReportComposer instead; this serves documents with
 * what PagedReport does not hold (shaded cells, images).
 */
class PagedDocumentPainter
{
public:
    /// False when the device cannot be painted on (e.g. the output file cannot be opened).
    static bool paint(QTextDocument &document, QPagedPaintDevice &device);
    /// `— 3 —`.
    static QString pageNumberText(int page);
};

} // namespace nianbao
