// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cffwriter.h"

#include <algorithm>
#include <array>

namespace nianbao::cff {

namespace {

// Standard strings end at SID 390; the font's own strings follow.
constexpr int FirstCustomSid = 391;

} // namespace

void card8(QByteArray &out, int value)
{
    out.append(char(value & 0xff));
}

void card16(QByteArray &out, int value)
{
    card8(out, value >> 8);
    card8(out, value);
}

void fixedNumber(QByteArray &out, qint32 value)
{
    card8(out, 29);
    card16(out, value >> 16);
    card16(out, value);
}

int charStringNumber(char *to, int value)
{
    std::array<char, 3> bytes{};
    int length = 0;
    if (value >= -107 && value <= 107) {
        bytes = {char(value + 139)};
        length = 1;
    } else if (value >= 108 && value <= 1131) {
        bytes = {char(((value - 108) >> 8) + 247), char(value - 108)};
        length = 2;
    } else if (value >= -1131 && value <= -108) {
        bytes = {char(((-value - 108) >> 8) + 251), char(-value - 108)};
        length = 2;
    } else {
        bytes = {char(28), char(value >> 8), char(value)};
        length = 3;
    }
    if (to)
        std::copy_n(bytes.data(), length, to);
    return length;
}

std::optional<CharStringOperand> charStringOperand(const uchar *bytes, qsizetype available)
{
    const int b0 = bytes[0];
    const qsizetype length = b0 == 28 ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
    if (length > available)
        return std::nullopt;
    const qint32 value = b0 == 28    ? qint16((bytes[1] << 8) | bytes[2])
                         : b0 <= 246 ? b0 - 139
                         : b0 <= 250 ? (b0 - 247) * 256 + bytes[1] + 108
                         : b0 <= 254 ? -(b0 - 251) * 256 - bytes[1] - 108
                                     : 0;
    if (b0 == 255)
        return CharStringOperand{
            length, qint32((quint32(bytes[1]) << 24) | (bytes[2] << 16) | (bytes[3] << 8) | bytes[4])};
    return CharStringOperand{length, qint32(quint32(value) << 16)};
}

void number(QByteArray &out, int value, bool charstring)
{
    // A DICT has a longer form for what 16 bits do not hold; a charstring does not.
    if (!charstring && (value < -32768 || value > 32767)) {
        fixedNumber(out, value);
        return;
    }
    std::array<char, 3> bytes{};
    out.append(bytes.data(), charStringNumber(bytes.data(), value));
}

void op(QByteArray &out, int code)
{
    card8(out, code);
}

void escapedOp(QByteArray &out, int code)
{
    card8(out, 12);
    card8(out, code);
}

QByteArray index(const QList<QByteArray> &items)
{
    QByteArray out;
    card16(out, int(items.size()));
    if (items.isEmpty())
        return out;
    qint64 end = 1;
    for (const QByteArray &item : items)
        end += item.size();
    const int offSize = end < 0x100 ? 1 : end < 0x10000 ? 2 : end < 0x1000000 ? 3 : 4;
    out.reserve(out.size() + 1 + (items.size() + 1) * offSize + end);
    card8(out, offSize);
    const auto writeOffset = [&out, offSize](qint64 value) {
        for (int byte = offSize - 1; byte >= 0; --byte)
            card8(out, int(value >> (8 * byte)));
    };
    qint64 offset = 1;
    writeOffset(offset);
    for (const QByteArray &item : items) {
        offset += item.size();
        writeOffset(offset);
    }
    for (const QByteArray &item : items)
        out.append(item);
    return out;
}

QByteArray cidKeyedFont(const QByteArray &name, const QList<QByteArray> &charStrings,
                        const QList<FontDict> &fontDicts, const QByteArray &fdSelect, const QList<int> &box,
                        const QByteArray &matrix)
{
    const int count = int(charStrings.size());
    const QByteArray charStringsIndex = index(charStrings);

    // charset: glyph n is CID n.
    QByteArray charset;
    if (count > 1) {
        card8(charset, 2);
        card16(charset, 1);
        card16(charset, count - 2);
    } else {
        card8(charset, 0);
    }
    QByteArray selection;
    if (fdSelect.isEmpty()) {
        card8(selection, 3); // one range: every glyph in font DICT 0
        card16(selection, 1);
        card16(selection, 0);
        card8(selection, 0);
        card16(selection, count);
    } else {
        card8(selection, 0);
        selection.append(fdSelect);
    }

    const auto topDict = [&](qint32 charsetAt, qint32 fdSelectAt, qint32 charStringsAt, qint32 fdArrayAt) {
        QByteArray dict;
        number(dict, FirstCustomSid);     // "Adobe"
        number(dict, FirstCustomSid + 1); // "Identity"
        number(dict, 0);
        escapedOp(dict, 30); // ROS
        number(dict, count);
        escapedOp(dict, 34); // CIDCount
        for (int value : box)
            number(dict, value);
        op(dict, 5); // FontBBox
        dict.append(matrix);
        fixedNumber(dict, charsetAt);
        op(dict, 15);
        fixedNumber(dict, charStringsAt);
        op(dict, 17);
        fixedNumber(dict, fdArrayAt);
        escapedOp(dict, 36);
        fixedNumber(dict, fdSelectAt);
        escapedOp(dict, 37);
        return dict;
    };
    // The private DICTs follow the font DICT INDEX, in order.
    const auto fontDictIndex = [&](qint32 privatesAt) {
        QList<QByteArray> dicts;
        qint32 at = privatesAt;
        for (const FontDict &fontDict : fontDicts) {
            QByteArray dict = fontDict.matrix;
            fixedNumber(dict, qint32(fontDict.privateDict.size()));
            fixedNumber(dict, at);
            op(dict, 18); // Private
            dicts.append(dict);
            at += qint32(fontDict.privateDict.size());
        }
        return index(dicts);
    };

    QByteArray header;
    card8(header, 1); // major version
    card8(header, 0);
    card8(header, 4); // header size
    card8(header, 4); // offset size
    const QByteArray nameIndex = index({name});
    const QByteArray stringIndex = index({QByteArrayLiteral("Adobe"), QByteArrayLiteral("Identity")});
    const QByteArray globalSubrs = index({});
    // Offsets take five bytes each, so the DICTs' sizes do not depend on them.
    const qint64 topIndexSize = index({topDict(0, 0, 0, 0)}).size();
    const qint32 charsetAt =
        qint32(header.size() + nameIndex.size() + topIndexSize + stringIndex.size() + globalSubrs.size());
    const qint32 fdSelectAt = charsetAt + qint32(charset.size());
    const qint32 charStringsAt = fdSelectAt + qint32(selection.size());
    const qint32 fdArrayAt = charStringsAt + qint32(charStringsIndex.size());
    const qint32 privatesAt = fdArrayAt + qint32(fontDictIndex(0).size());

    QByteArray font = header + nameIndex + index({topDict(charsetAt, fdSelectAt, charStringsAt, fdArrayAt)}) +
                      stringIndex + globalSubrs + charset + selection + charStringsIndex +
                      fontDictIndex(privatesAt);
    for (const FontDict &fontDict : fontDicts)
        font.append(fontDict.privateDict);
    return font;
}

} // namespace nianbao::cff
