// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace nianbao {

/// A text file's bytes as characters, or why they cannot be.
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE (BOM)", "GB18030", …
    bool ok = false;
    int errorLine = 0; ///< 1-based line of the first byte that could not be decoded; 0: the whole file
    QString error;     ///< Chinese, says what is wrong and where
};

/**
 * The one decoding step every text input goes through (files on the command line, files opened in
 * the application): a byte-order mark decides; otherwise NUL bytes in alternating positions mean
 * UTF-16; otherwise each line with non-ASCII bytes is valid UTF-8 or not. A file whose lines are
 * all UTF-8 is UTF-8; a file whose lines are all not is a legacy Chinese encoding (GB18030, which
 * contains GBK and GB2312; Big5 when KEncodingProber is sure of it). A file that mixes the two, bytes
 * no candidate decodes, NUL bytes or U+FFFD replacement characters left by an earlier faulty
 * conversion are errors naming the line: nothing is ever replaced silently.
 */
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::TextDecoder)

public:
    static DecodedText decode(QByteArrayView bytes);
    /// A character that no text file has: a C0 control other than tab, line and page breaks.
    static bool isForeignControl(QChar c)
    {
        return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v';
    }
};

} // namespace nianbao
