// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace nianbao {

class PagedReport;

/**
 * Writes a PagedReport as a PDF 1.7 file: one content stream per page (the text as glyphs of
 * embedded CFF fonts, the rules as strokes), each face used embedded once with just its glyphs
 * (CffFont), and a ToUnicode map from each glyph to the characters of the report it was set for, so
 * that copying and searching give the text as written (人, not the radical ⼈ that CJK fonts draw with
 * the same glyph).
 */
class PdfFile
{
public:
    struct Metadata
    {
        QString title;
        QString author;
        QDateTime created;
        QByteArray xmp;        ///< an XMP packet for the catalog's /Metadata, or empty
        QByteArray documentId; ///< the file identifier's bytes; empty: a hash of title and time
    };

    /// The file; its bytes are the same whatever the number of `threads` (0: the machine's cores).
    static QByteArray write(const PagedReport &report, const Metadata &metadata, int threads = 0);
};

} // namespace nianbao
