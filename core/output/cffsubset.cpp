// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cffsubset.h"

#include "cffwriter.h"

#include <QMap>

#include <algorithm>
#include <array>
#include <numeric>

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
// Charstrings at most this far apart are read in one piece: a read costs about what copying this
// many more bytes does (docs/development.md, "The charstrings read, not touched").
constexpr qsizetype CharStringGap = 16 * 1024;

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
        if (index.count == 0) {
            index.end = offset + 2;
            return std::pair(index, index.end);
        }
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
        index.end = index.data + last;
        return std::pair(index, index.end);
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
    // Read as Items reads a copy, here over the table's own bytes.
    const Items items(
        index, QByteArray::fromRawData(m_table.constData() + index.offsets, index.end - index.offsets));
    const std::optional<QByteArrayView> found = items.at(i);
    if (!found)
        return std::nullopt;
    return Span{found->data() - m_table.constData(), found->size()};
}

std::optional<CffSubset::Span> CffSubset::itemAt(const Index &index, qint64 from, qint64 to) const
{
    if (from < 1 || to < from || !Reader(m_table).has(index.data + from, to - from))
        return std::nullopt;
    return Span{index.data + from, to - from};
}

CffSubset::Items::Items(const Index &index, QByteArray bytes)
    : m_index(index)
    , m_bytes(std::move(bytes))
{}

std::optional<QByteArrayView> CffSubset::Items::at(qint64 i) const
{
    const int size = m_index.offSize;
    if (i < 0 || i >= m_index.count || (i + 2) * size > m_bytes.size())
        return std::nullopt;
    const Reader reader(m_bytes);
    const qint64 from = reader.unsignedOf(i * size, size);
    const qint64 to = reader.unsignedOf((i + 1) * size, size);
    // The offsets count from the byte before the data, which follows them.
    const qsizetype data = m_index.data - m_index.offsets;
    if (from < 1 || to < from || data + to > m_bytes.size())
        return std::nullopt;
    return QByteArrayView(m_bytes).sliced(data + from, to - from);
}

std::optional<QByteArray> CffSubset::bytes(qsizetype at, qsizetype length) const
{
    if (!Reader(m_table).has(at, length))
        return std::nullopt;
    if (!m_readCharStrings)
        return QByteArray::fromRawData(m_table.constData() + at, length);
    QByteArray read(length, Qt::Uninitialized);
    if (!m_readCharStrings(at, length, read.data()))
        return std::nullopt;
    return read;
}

std::optional<CffSubset::Items> CffSubset::items(const Index &index) const
{
    if (index.count == 0)
        return Items();
    std::optional<QByteArray> read = bytes(index.offsets, index.end - index.offsets);
    if (!read)
        return std::nullopt;
    return Items(index, std::move(*read));
}

std::optional<QList<QByteArray>> CffSubset::ownCharStrings(const QList<quint32> &glyphs) const
{
    if (glyphs.isEmpty())
        return QList<QByteArray>();
    const auto [first, last] = std::ranges::minmax(glyphs);
    if (last >= quint32(m_charStrings.count))
        return std::nullopt;
    // The offsets from the first glyph's to the one after the last's, at once.
    const int size = m_charStrings.offSize;
    const std::optional<QByteArray> offsets =
        bytes(m_charStrings.offsets + qsizetype(first) * size, qsizetype(last - first + 2) * size);
    if (!offsets)
        return std::nullopt;
    const Reader offsetReader(*offsets);
    QList<Span> spans;
    spans.reserve(glyphs.size());
    for (quint32 glyph : glyphs) {
        const qsizetype at = qsizetype(glyph - first) * size;
        const std::optional<Span> span = itemAt(m_charStrings, offsetReader.unsignedOf(at, size),
                                                offsetReader.unsignedOf(at + size, size));
        if (!span)
            return std::nullopt;
        spans.append(*span);
    }
    // In the order they lie in, those close together read in one piece.
    QList<qsizetype> order(glyphs.size());
    std::iota(order.begin(), order.end(), 0);
    std::ranges::sort(order, {}, [&spans](qsizetype i) { return spans[i].offset; });
    QList<QByteArray> own(glyphs.size());
    for (qsizetype begin = 0; begin < order.size();) {
        const qsizetype start = spans[order[begin]].offset;
        qsizetype end = start + spans[order[begin]].length;
        qsizetype next = begin + 1;
        for (; next < order.size() && spans[order[next]].offset <= end + CharStringGap; ++next)
            end = std::max(end, spans[order[next]].offset + spans[order[next]].length);
        const std::optional<QByteArray> piece = bytes(start, end - start);
        if (!piece)
            return std::nullopt;
        for (qsizetype k = begin; k < next; ++k) {
            const Span &span = spans[order[k]];
            own[order[k]] = piece->mid(span.offset - start, span.length);
        }
        begin = next;
    }
    return own;
}

bool CffSubset::flatten(QByteArrayView charString, const Items &localSubrs, const Items &globalSubrs,
                        QByteArray &out)
{
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
            const Items &subrs = b0 == 10 ? localSubrs : globalSubrs;
            const std::optional<QByteArrayView> subr = subrs.at(lastValue + bias(subrs.count()));
            if (!subr)
                return false;
            written = lastNumber;
            lastNumber = -1;
            --arguments;
            const auto *body = reinterpret_cast<const uchar *>(subr->data());
            levels[++depth] = {body, body + subr->size()};
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
    const std::optional<QList<QByteArray>> own = m_valid ? ownCharStrings({glyph}) : std::nullopt;
    const std::optional<Items> localSubrs = own ? items(m_fontDicts[fontDictOf(glyph)].subrs) : std::nullopt;
    const std::optional<Items> globalSubrs = localSubrs ? items(m_globalSubrs) : std::nullopt;
    QByteArray flat;
    if (!globalSubrs || !flatten(own->constFirst(), *localSubrs, *globalSubrs, flat))
        return {};
    return flat;
}

QByteArray CffSubset::subset(const QByteArray &name, const QList<quint32> &glyphs) const
{
    const std::optional<QList<QByteArray>> own = m_valid ? ownCharStrings(glyphs) : std::nullopt;
    const std::optional<Items> globalSubrs = own ? items(m_globalSubrs) : std::nullopt;
    if (!globalSubrs)
        return {};
    // The font DICTs the glyphs use, numbered in the order met, and their subroutines.
    QList<int> used;
    QList<Items> localSubrs;
    QByteArray fdSelect;
    QList<QByteArray> charStrings;
    charStrings.reserve(glyphs.size());
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        const int fd = fontDictOf(glyphs[i]);
        qsizetype newFd = used.indexOf(fd);
        if (newFd < 0) {
            std::optional<Items> subrs = items(m_fontDicts[fd].subrs);
            if (!subrs)
                return {};
            used.append(fd);
            localSubrs.append(std::move(*subrs));
            newFd = used.size() - 1;
        }
        fdSelect.append(char(newFd));
        QByteArray flat;
        if (!flatten((*own)[i], localSubrs[newFd], *globalSubrs, flat))
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
