// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cffsubset.h"

#include "cffwriter.h"

#include <QMap>

#include <array>

namespace nianbao {

namespace {

// DICT operators read here (TN 5176 tables 9 and 23); escaped ones as 0x0cXX.
constexpr int FontBBoxOp = 5;
constexpr int CharStringsOp = 17;
constexpr int PrivateOp = 18;
constexpr int SubrsOp = 19;
constexpr int CharstringTypeOp = 0x0c06;
constexpr int FontMatrixOp = 0x0c07;
constexpr int RosOp = 0x0c1e;
constexpr int FdArrayOp = 0x0c24;
constexpr int FdSelectOp = 0x0c25;
// Subroutines nest at most this deep (TN 5177 appendix B); a charstring is at most this long.
constexpr int MaxSubroutineDepth = 10;
constexpr qsizetype MaxCharstring = 65535;

/// Reads a CFF table; every access is checked against its size.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(reinterpret_cast<const uchar *>(data.constData()))
        , m_size(data.size())
    {}

    bool has(qsizetype offset, qsizetype length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_size && length <= m_size - offset;
    }

    int byte(qsizetype offset) const { return m_data[offset]; }

    qint64 unsignedOf(qsizetype offset, int size) const
    {
        qint64 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | m_data[offset + i];
        return value;
    }

    /// The INDEX at offset, and where it ends; nullopt when it runs out of the table.
    std::optional<std::pair<CffSubset::Index, qsizetype>> index(qsizetype offset) const
    {
        if (!has(offset, 2))
            return std::nullopt;
        CffSubset::Index index;
        index.count = int(unsignedOf(offset, 2));
        if (index.count == 0)
            return std::pair(index, offset + 2);
        if (!has(offset + 2, 1))
            return std::nullopt;
        index.offSize = byte(offset + 2);
        index.offsets = offset + 3;
        if (index.offSize < 1 || index.offSize > 4 ||
            !has(index.offsets, qsizetype(index.count + 1) * index.offSize))
            return std::nullopt;
        index.data = index.offsets + qsizetype(index.count + 1) * index.offSize - 1;
        const qint64 last = unsignedOf(index.offsets + qsizetype(index.count) * index.offSize, index.offSize);
        if (!has(index.data, last))
            return std::nullopt;
        return std::pair(index, index.data + last);
    }

    struct Entry
    {
        QList<qint64> operands; ///< integers; a real reads as 0 (none of the entries used has one)
        QByteArray bytes;       ///< the whole entry, operands and operator
    };

    /// A DICT: each operator with its operands.
    std::optional<QMap<int, Entry>> dict(qsizetype offset, qsizetype length) const
    {
        if (!has(offset, length))
            return std::nullopt;
        QMap<int, Entry> entries;
        Entry entry;
        qsizetype start = offset;
        qsizetype at = offset;
        const qsizetype end = offset + length;
        while (at < end) {
            const int b0 = byte(at);
            qsizetype size = 1;
            if (b0 <= 21) {
                int code = b0;
                if (b0 == 12) {
                    if (at + 1 >= end)
                        return std::nullopt;
                    code = 0x0c00 | byte(at + 1);
                    size = 2;
                }
                entry.bytes = QByteArray(reinterpret_cast<const char *>(m_data + start), at + size - start);
                entries.insert(code, entry);
                entry = Entry{};
                at += size;
                start = at;
                continue;
            }
            qint64 value = 0;
            if (b0 == 28) {
                size = 3;
            } else if (b0 == 29) {
                size = 5;
            } else if (b0 == 30) {
                // A real: nibbles up to the one that is 0xf.
                for (;;) {
                    if (at + size >= end)
                        return std::nullopt;
                    const int nibbles = byte(at + size++);
                    if ((nibbles >> 4) == 0x0f || (nibbles & 0x0f) == 0x0f)
                        break;
                }
            } else if (b0 >= 247 && b0 <= 254) {
                size = 2;
            } else if (b0 == 255) {
                return std::nullopt;
            }
            if (at + size > end)
                return std::nullopt;
            if (b0 == 28)
                value = qint16(unsignedOf(at + 1, 2));
            else if (b0 == 29)
                value = qint32(unsignedOf(at + 1, 4));
            else if (b0 >= 32 && b0 <= 246)
                value = b0 - 139;
            else if (b0 >= 247 && b0 <= 250)
                value = (b0 - 247) * 256 + byte(at + 1) + 108;
            else if (b0 >= 251 && b0 <= 254)
                value = -(b0 - 251) * 256 - byte(at + 1) - 108;
            entry.operands.append(value);
            at += size;
        }
        return entries;
    }

private:
    const uchar *m_data;
    qsizetype m_size;
};

// The number a subroutine index is offset by, for the count of subroutines (TN 5177 4.7).
int bias(int count)
{
    return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

} // namespace

CffSubset::CffSubset(QByteArray table, TableReader readCharStrings)
    : m_table(std::move(table))
    , m_readCharStrings(std::move(readCharStrings))
{
    const Reader reader(m_table);
    if (!reader.has(0, 4) || reader.byte(0) != 1)
        return;
    const auto names = reader.index(reader.byte(2));
    const auto topDicts = names ? reader.index(names->second) : std::nullopt;
    if (!topDicts || topDicts->first.count != 1)
        return;
    const auto strings = reader.index(topDicts->second);
    const auto globalSubrs = strings ? reader.index(strings->second) : std::nullopt;
    if (!globalSubrs)
        return;
    m_globalSubrs = globalSubrs->first;

    const std::optional<Span> topSpan = item(topDicts->first, 0);
    const auto top = topSpan ? reader.dict(topSpan->offset, topSpan->length) : std::nullopt;
    if (!top || !top->contains(CharStringsOp))
        return;
    if (top->contains(CharstringTypeOp) && top->value(CharstringTypeOp).operands.value(0) != 2)
        return;
    const auto charStrings = reader.index(top->value(CharStringsOp).operands.value(0, -1));
    if (!charStrings || charStrings->first.count == 0)
        return;
    m_charStrings = charStrings->first;
    if (top->contains(FontMatrixOp))
        m_fontMatrix = top->value(FontMatrixOp).bytes;
    for (qint64 value : top->value(FontBBoxOp).operands)
        m_fontBox.append(int(value));
    if (m_fontBox.size() != 4)
        m_fontBox = {0, 0, 0, 0};

    // The private DICT a font DICT (or the top DICT of a face that is not CID-keyed) names, and
    // its subroutines.
    const auto readFontDict = [&](const QMap<int, Reader::Entry> &dict) -> std::optional<FontDict> {
        FontDict fontDict;
        if (dict.contains(FontMatrixOp))
            fontDict.matrix = dict.value(FontMatrixOp).bytes;
        const QList<qint64> place = dict.value(PrivateOp).operands;
        if (place.size() != 2)
            return fontDict;
        const auto privateDict = reader.dict(place[1], place[0]);
        if (!privateDict)
            return std::nullopt;
        for (auto it = privateDict->cbegin(); it != privateDict->cend(); ++it) {
            if (it.key() != SubrsOp)
                fontDict.privateDict.append(it.value().bytes);
        }
        if (privateDict->contains(SubrsOp)) {
            const auto subrs = reader.index(place[1] + privateDict->value(SubrsOp).operands.value(0));
            if (!subrs)
                return std::nullopt;
            fontDict.subrs = subrs->first;
        }
        return fontDict;
    };

    if (!top->contains(RosOp)) {
        std::optional<FontDict> fontDict = readFontDict(*top);
        if (!fontDict)
            return;
        fontDict->matrix.clear(); // the top DICT's, written there
        m_fontDicts.append(*fontDict);
        m_valid = true;
        return;
    }
    const auto fdArray = reader.index(top->value(FdArrayOp).operands.value(0, -1));
    if (!fdArray || fdArray->first.count == 0)
        return;
    for (int fd = 0; fd < fdArray->first.count; ++fd) {
        const std::optional<Span> span = item(fdArray->first, fd);
        const auto dict = span ? reader.dict(span->offset, span->length) : std::nullopt;
        const std::optional<FontDict> fontDict = dict ? readFontDict(*dict) : std::nullopt;
        if (!fontDict)
            return;
        m_fontDicts.append(*fontDict);
    }
    // The font DICT of each glyph, from FDSelect format 0 or 3.
    const qsizetype select = top->value(FdSelectOp).operands.value(0, -1);
    const qsizetype glyphs = m_charStrings.count;
    if (!reader.has(select, 1))
        return;
    if (reader.byte(select) == 0) {
        if (!reader.has(select + 1, glyphs))
            return;
        m_fdSelect = m_table.mid(select + 1, glyphs);
    } else if (reader.byte(select) == 3) {
        if (!reader.has(select + 1, 2))
            return;
        const int ranges = int(reader.unsignedOf(select + 1, 2));
        if (!reader.has(select + 3, qsizetype(ranges) * 3 + 2))
            return;
        m_fdSelect = QByteArray(glyphs, '\0');
        for (int range = 0; range < ranges; ++range) {
            const qsizetype at = select + 3 + qsizetype(range) * 3;
            const qint64 end = std::min<qint64>(reader.unsignedOf(at + 3, 2), glyphs);
            for (qint64 glyph = reader.unsignedOf(at, 2); glyph < end; ++glyph)
                m_fdSelect[glyph] = char(reader.byte(at + 2));
        }
    } else {
        return;
    }
    for (const char fd : std::as_const(m_fdSelect)) {
        if (uchar(fd) >= m_fontDicts.size())
            return;
    }
    m_valid = true;
}

std::optional<CffSubset::Span> CffSubset::item(const Index &index, int i) const
{
    if (i < 0 || i >= index.count)
        return std::nullopt;
    const Reader reader(m_table);
    return itemAt(index, reader.unsignedOf(index.offsets + qsizetype(i) * index.offSize, index.offSize),
                  reader.unsignedOf(index.offsets + qsizetype(i + 1) * index.offSize, index.offSize));
}

std::optional<CffSubset::Span> CffSubset::itemAt(const Index &index, qint64 from, qint64 to) const
{
    if (from < 1 || to < from || !Reader(m_table).has(index.data + from, to - from))
        return std::nullopt;
    return Span{index.data + from, to - from};
}

bool CffSubset::ownCharString(quint32 glyph, QByteArray &into) const
{
    if (glyph >= quint32(m_charStrings.count))
        return false;
    if (!m_readCharStrings) {
        const std::optional<Span> span = item(m_charStrings, int(glyph));
        if (span)
            into = QByteArray::fromRawData(m_table.constData() + span->offset, span->length);
        return span.has_value();
    }
    // The glyph's offset and the next one, then its bytes.
    const int size = m_charStrings.offSize;
    std::array<char, 8> offsets{};
    if (!m_readCharStrings(m_charStrings.offsets + qsizetype(glyph) * size, 2 * size, offsets.data()))
        return false;
    const auto offset = [&offsets, size](int which) {
        qint64 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | uchar(offsets[which * size + i]);
        return value;
    };
    const std::optional<Span> span = itemAt(m_charStrings, offset(0), offset(1));
    if (!span)
        return false;
    into.resize(span->length);
    return m_readCharStrings(span->offset, span->length, into.data());
}

bool CffSubset::flatten(QByteArrayView charString, int fd, QByteArray &out) const
{
    const auto *table = reinterpret_cast<const uchar *>(m_table.constData());
    // The charstring being read and the subroutines it is in.
    struct Level
    {
        const uchar *at;
        const uchar *end;
    };
    std::array<Level, MaxSubroutineDepth + 1> levels{};
    int depth = 0;
    const auto *glyph = reinterpret_cast<const uchar *>(charString.data());
    levels[0] = {glyph, glyph + charString.size()};
    std::array<char, MaxCharstring> buffer;
    qsizetype written = 0;
    const auto write = [&](const uchar *bytes, qsizetype size) {
        if (written + size > MaxCharstring)
            return false;
        std::copy(bytes, bytes + size, buffer.begin() + written);
        written += size;
        return true;
    };
    int arguments = 0;         // on the argument stack
    int stems = 0;             // declared so far: a hintmask has a bit for each
    qsizetype lastNumber = -1; // where the last number written starts
    qint64 lastValue = 0;
    const Index &localSubrs = m_fontDicts[fd].subrs;
    for (;;) {
        Level &level = levels[depth];
        if (level.at >= level.end) {
            if (depth == 0)
                break; // a charstring without endchar: one is added
            --depth;   // a subroutine without return
            continue;
        }
        const int b0 = *level.at;
        if (b0 >= 32 || b0 == 28) {
            const uchar *bytes = level.at;
            const std::optional<cff::CharStringOperand> number =
                cff::charStringOperand(bytes, level.end - level.at);
            if (!number)
                return false;
            lastValue = number->fixed >> 16; // of a 16.16 number, its integer part
            lastNumber = written;
            if (!write(bytes, number->length))
                return false;
            ++arguments;
            level.at += number->length;
            continue;
        }
        level.at += 1;
        if (b0 == 10 || b0 == 29) { // callsubr, callgsubr
            // The subroutine's number is the last argument: it goes, the subroutine's body comes.
            if (lastNumber < 0 || depth == MaxSubroutineDepth)
                return false;
            const Index &subrs = b0 == 10 ? localSubrs : m_globalSubrs;
            const std::optional<Span> subr = item(subrs, int(lastValue + bias(subrs.count)));
            if (!subr)
                return false;
            written = lastNumber;
            lastNumber = -1;
            --arguments;
            levels[++depth] = {table + subr->offset, table + subr->offset + subr->length};
            continue;
        }
        if (b0 == 11) { // return
            if (depth == 0)
                return false;
            --depth;
            continue;
        }
        const uchar op = uchar(b0);
        if (!write(&op, 1))
            return false;
        lastNumber = -1;
        if (b0 == 14) { // endchar
            out = QByteArray(buffer.data(), written);
            return true;
        }
        if (b0 == 1 || b0 == 3 || b0 == 18 || b0 == 23) { // hstem, vstem, hstemhm, vstemhm
            stems += arguments / 2;
        } else if (b0 == 19 || b0 == 20) { // hintmask, cntrmask
            // Arguments before a mask are the vertical stems of an implied vstemhm.
            stems += arguments / 2;
            const qsizetype maskBytes = (stems + 7) / 8;
            if (maskBytes > level.end - level.at || !write(level.at, maskBytes))
                return false;
            level.at += maskBytes;
        } else if (b0 == 12) { // two-byte operators (flex and the like)
            if (level.at >= level.end || !write(level.at, 1))
                return false;
            level.at += 1;
        }
        arguments = 0;
    }
    const uchar endchar = 14;
    if (!write(&endchar, 1))
        return false;
    out = QByteArray(buffer.data(), written);
    return true;
}

QByteArray CffSubset::charString(quint32 glyph) const
{
    QByteArray own;
    QByteArray flat;
    if (!m_valid || !ownCharString(glyph, own) ||
        !flatten(own, m_fdSelect.isEmpty() ? 0 : uchar(m_fdSelect.at(glyph)), flat))
        return {};
    return flat;
}

QByteArray CffSubset::subset(const QByteArray &name, const QList<quint32> &glyphs) const
{
    if (!m_valid)
        return {};
    // The font DICTs the glyphs use, numbered in the order met.
    QList<int> used;
    QByteArray fdSelect;
    QList<QByteArray> charStrings;
    charStrings.reserve(glyphs.size());
    QByteArray own;
    for (quint32 glyph : glyphs) {
        if (!ownCharString(glyph, own))
            return {};
        const int fd = m_fdSelect.isEmpty() ? 0 : uchar(m_fdSelect.at(glyph));
        qsizetype newFd = used.indexOf(fd);
        if (newFd < 0) {
            used.append(fd);
            newFd = used.size() - 1;
        }
        fdSelect.append(char(newFd));
        QByteArray flat;
        if (!flatten(own, fd, flat))
            return {};
        charStrings.append(flat);
    }
    QList<cff::FontDict> fontDicts;
    for (int fd : std::as_const(used))
        fontDicts.append(cff::FontDict{m_fontDicts[fd].matrix, m_fontDicts[fd].privateDict});
    return cff::cidKeyedFont(name, charStrings, fontDicts, used.size() > 1 ? fdSelect : QByteArray(),
                             m_fontBox, m_fontMatrix);
}

} // namespace nianbao
