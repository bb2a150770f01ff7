// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace nianbao {

/**
 * Makes the text of a Qt-written PDF searchable and copyable as what it says. Qt's PDF writer
 * maps each glyph back to the lowest code point the font draws with it, and CJK fonts draw a
 * radical and its ideograph alike (⼈ U+2F08 and 人 U+4EBA, ⺠ U+2EA0 and 民 U+6C11), so a
 * published report would yield radicals on copy, search and text extraction. The ToUnicode maps
 * Qt writes are uncompressed four-digit hex, so each radical can be rewritten in place to the
 * ideograph of the report's text it stands for, leaving every offset of the file valid.
 */
class PdfTextRepair
{
public:
    /// Radicals that the given families draw with the same glyph as a character of text.
    static QHash<char16_t, char16_t> radicalTwins(const QString &text, const QStringList &families);
    /// Rewrites the radicals in the ToUnicode maps of pdf; returns how many entries changed.
    static int repair(QByteArray &pdf, const QHash<char16_t, char16_t> &twins);
};

} // namespace nianbao
