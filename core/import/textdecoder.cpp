// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <KEncodingProber>

#include <QStringDecoder>

namespace nianbao {

namespace {

constexpr QChar Replacement(0xFFFD);
// NUL bytes of UTF-16 text stand on one side of each code unit; CJK code points U+xx00 (一 is
// U+4E00) put a few on the other side.
constexpr double Utf16NulShare = 0.8;
constexpr float SureGuess = 0.5F;

bool isCjk(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0xFF00 && c <= 0xFFEF);
}

bool hasNonAscii(QByteArrayView line)
{
    for (char c : line) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

/// 1-based line of a character in decoded text.
int lineOfChar(QStringView text, qsizetype index)
{
    return int(text.first(index).count(u'\n')) + 1;
}

DecodedText failure(int line, const QString &error)
{
    DecodedText result;
    result.errorLine = line;
    result.error = error;
    return result;
}

/// The decoded text, unless it holds characters no report has: a U+FFFD left by an earlier faulty
/// conversion, or control characters of a binary file.
DecodedText checked(QString text, const QString &encoding)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == Replacement.unicode())
            return failure(lineOfChar(text, i),
                           TextDecoder::tr("Line %1 holds the replacement character U+FFFD: the text was "
                                           "damaged by an earlier conversion, and what stood there is lost. "
                                           "Take the file from its original source.")
                               .arg(lineOfChar(text, i)));
        if (TextDecoder::isForeignControl(text[i]))
            return failure(
                lineOfChar(text, i),
                TextDecoder::tr("Line %1 holds the control character U+%2: this is not a text file.")
                    .arg(lineOfChar(text, i))
                    .arg(int(c), 4, 16, QChar(u'0')));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    DecodedText result;
    result.text = std::move(text);
    result.encoding = encoding;
    result.ok = true;
    return result;
}

/// Decodes with a strict decoder; a byte sequence the encoding does not have is an error at its line.
DecodedText decodeWith(QByteArrayView bytes, QStringDecoder::Encoding encoding, const QString &name)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(Replacement);
        const int line = bad < 0 ? 0 : lineOfChar(text, bad);
        return failure(line, TextDecoder::tr("Line %1 is not valid %2 text.").arg(line).arg(name));
    }
    return checked(std::move(text), name);
}

/// Decodes with a legacy codec named by ICU; each line on its own, so that the error names the line.
DecodedText decodeLegacy(QByteArrayView bytes, const char *codec)
{
    const QString name = QString::fromLatin1(codec);
    QStringDecoder decoder(codec, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return failure(0, TextDecoder::tr("This system cannot decode %1 text.").arg(name));
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return checked(std::move(text), name);
    int line = 1;
    for (QByteArrayView rest = bytes; !rest.isEmpty(); ++line) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView piece = end < 0 ? rest : rest.first(end);
        QStringDecoder lineDecoder(codec, QStringDecoder::Flag::Stateless);
        (void)lineDecoder.decode(piece);
        if (lineDecoder.hasError())
            break;
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
    }
    return failure(line, TextDecoder::tr("Line %1 is neither UTF-8 nor %2 text; the encoding of the file "
                                         "cannot be determined.")
                             .arg(line)
                             .arg(name));
}

/// UTF-16 without a byte-order mark: the NUL bytes of ASCII characters (digits, tabs, line breaks)
/// all fall on one side.
std::optional<QStringDecoder::Encoding> utf16Order(QByteArrayView bytes)
{
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            ++(i % 2 ? odd : even);
    }
    const qsizetype total = even + odd;
    if (total == 0 || bytes.size() % 2 != 0)
        return std::nullopt;
    if (double(odd) >= Utf16NulShare * double(total))
        return QStringDecoder::Utf16LE;
    if (double(even) >= Utf16NulShare * double(total))
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

} // namespace

DecodedText TextDecoder::decode(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(bytes, QStringDecoder::Utf8, tr("UTF-8 (BOM)"));
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return decodeWith(bytes, QStringDecoder::Utf32LE, tr("UTF-32LE (BOM)"));
    if (bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return decodeWith(bytes, QStringDecoder::Utf32BE, tr("UTF-32BE (BOM)"));
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(bytes, QStringDecoder::Utf16LE, tr("UTF-16LE (BOM)"));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(bytes, QStringDecoder::Utf16BE, tr("UTF-16BE (BOM)"));
    if (bytes.startsWith("\x84\x31\x95\x33"))
        return decodeLegacy(bytes.sliced(4), "GB18030");

    if (bytes.contains('\0')) {
        if (const std::optional<QStringDecoder::Encoding> order = utf16Order(bytes)) {
            DecodedText result = decodeWith(
                bytes, *order, *order == QStringDecoder::Utf16LE ? tr("UTF-16LE") : tr("UTF-16BE"));
            qsizetype cjk = 0;
            for (QChar c : std::as_const(result.text))
                cjk += isCjk(c.unicode());
            if (!result.ok || cjk > 0)
                return result;
        }
        const qsizetype nul = bytes.indexOf('\0');
        const int line = int(bytes.first(nul).count('\n')) + 1;
        return failure(line, tr("Line %1 holds NUL bytes: this is not a text file in an encoding that "
                                "can be recognised.")
                                 .arg(line));
    }

    // Each line with non-ASCII bytes is Chinese UTF-8 or not UTF-8 at all; a file with both kinds
    // has text of two encodings pasted together.
    int firstUtf8 = 0;
    int firstOther = 0;
    int utf8Lines = 0;
    int otherLines = 0;
    int line = 1;
    for (QByteArrayView rest = bytes; !rest.isEmpty(); ++line) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView piece = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (!hasNonAscii(piece))
            continue;
        // Valid UTF-8 without Chinese (a no-break space, a ©) tells nothing: GBK text can be
        // valid UTF-8 by chance, but not Chinese UTF-8.
        if (piece.isValidUtf8()) {
            const QString text = QString::fromUtf8(piece);
            if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isCjk(c.unicode()); })) {
                ++utf8Lines;
                firstUtf8 = firstUtf8 ? firstUtf8 : line;
            }
        } else {
            ++otherLines;
            firstOther = firstOther ? firstOther : line;
        }
    }
    if (otherLines == 0)
        return decodeWith(bytes, QStringDecoder::Utf8, tr("UTF-8"));
    if (utf8Lines > 0) {
        if (utf8Lines >= otherLines)
            return failure(firstOther, tr("Line %1 is not UTF-8 like the rest of the file (%n line(s) are "
                                          "in another encoding, such as GBK text pasted into it); it "
                                          "cannot be read reliably. Save the whole file as UTF-8.",
                                          nullptr, otherLines)
                                           .arg(firstOther));
        return failure(firstUtf8, tr("Line %1 is UTF-8, but the rest of the file is in another encoding "
                                     "(%n line(s) are UTF-8); it cannot be read reliably. Save the whole "
                                     "file in one encoding.",
                                     nullptr, utf8Lines)
                                      .arg(firstUtf8));
    }

    KEncodingProber prober(KEncodingProber::Universal);
    prober.feed(bytes);
    const QByteArray guess = prober.encoding().toLower();
    if (guess == "big5" && prober.confidence() >= SureGuess) {
        DecodedText big5 = decodeLegacy(bytes, "Big5");
        if (big5.ok)
            return big5;
    }
    return decodeLegacy(bytes, "GB18030");
}

} // namespace nianbao
