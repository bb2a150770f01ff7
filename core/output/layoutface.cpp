// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutface.h"

#include "cffsubset.h"
#include "cffwriter.h"
#include "fonttable.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QTextLayout>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>

#include <optional>

namespace nianbao {

namespace {

bool s_enabled = true;

quint16 u16(QByteArrayView table, qsizetype at)
{
    return quint16((uchar(table[at]) << 8) | uchar(table[at + 1]));
}

qint16 s16(QByteArrayView table, qsizetype at)
{
    return qint16(u16(table, at));
}

void put16(char *at, quint16 value)
{
    at[0] = char(value >> 8);
    at[1] = char(value);
}

void put32(char *at, quint32 value)
{
    put16(at, quint16(value >> 16));
    put16(at + 2, quint16(value));
}

/// The advance of each glyph of the face in its `hmtx` table, font units; empty when it cannot be read.
QList<quint16> glyphAdvances(const FontFace &face)
{
    const std::optional<QByteArrayView> hhea = face.table("hhea");
    const std::optional<QByteArrayView> hmtx = face.table("hmtx");
    const std::optional<QByteArrayView> maxp = face.table("maxp");
    if (!hhea || hhea->size() < 36 || !hmtx || !maxp || maxp->size() < 6)
        return {};
    const int glyphs = u16(*maxp, 4);
    const int metrics = u16(*hhea, 34);
    if (glyphs == 0 || metrics == 0 || hmtx->size() < qsizetype(metrics) * 4)
        return {};
    QList<quint16> advances(glyphs);
    for (int glyph = 0; glyph < glyphs; ++glyph)
        advances[glyph] = u16(*hmtx, qsizetype(std::min(glyph, metrics - 1)) * 4);
    return advances;
}

/// Writes a Type 2 number (TN 5177 3.2) at `to` if not null; returns its length.
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
        memcpy(to, bytes.data(), length);
    return length;
}

/// A CFF table (Adobe TN 5176) of `widths.size()` glyphs, each an empty charstring that gives the
/// glyph's width only (`width endchar`), with the face's bounding box. Written at `to` when not
/// null (in place: a CJK face has some 65,000 glyphs); returns the table's length either way.
qsizetype emptyOutlines(const QList<quint16> &widths, const QList<int> &box, char *to)
{
    const int glyphs = int(widths.size());
    qsizetype charStringsLength = 0;
    for (quint16 width : widths)
        charStringsLength += charStringNumber(nullptr, width) + 1;

    QByteArray head("\x01\x00\x04\x04", 4);
    const QByteArray name("NianbaoLayout");
    cff::card16(head, 1);
    cff::card8(head, 1);
    cff::card8(head, 1);
    cff::card8(head, int(name.size()) + 1);
    head.append(name);
    // The top DICT's offsets are written in five bytes each, so its size is known before them.
    const auto topDict = [&](qint32 charset, qint32 charStringsAt, qint32 privateAt) {
        QByteArray dict;
        for (int value : box)
            cff::number(dict, value);
        cff::op(dict, 5); // FontBBox
        cff::fixedNumber(dict, charset);
        cff::op(dict, 15); // charset
        cff::fixedNumber(dict, charStringsAt);
        cff::op(dict, 17); // CharStrings
        cff::fixedNumber(dict, 2);
        cff::fixedNumber(dict, privateAt);
        cff::op(dict, 18); // Private: size and offset
        return dict;
    };
    const qsizetype topSize = topDict(0, 0, 0).size();
    const qsizetype charset = head.size() + (2 + 1 + 2 + topSize) + 2 + 2;
    // Format 2: one range of SIDs from 1 over every glyph but .notdef.
    const qsizetype charsetSize = glyphs > 1 ? 5 : 1;
    const qsizetype charStringsAt = charset + charsetSize;
    const qsizetype offsets = charStringsAt + 3;
    const qsizetype data = offsets + qsizetype(glyphs + 1) * 3;
    const qsizetype privateAt = data + charStringsLength;
    const qsizetype length = privateAt + 2;
    if (!to)
        return length;

    const QByteArray top = topDict(qint32(charset), qint32(charStringsAt), qint32(privateAt));
    cff::card16(head, 1);
    cff::card8(head, 1);
    cff::card8(head, 1);
    cff::card8(head, int(top.size()) + 1);
    head.append(top);
    cff::card16(head, 0); // String INDEX
    cff::card16(head, 0); // Global Subr INDEX
    if (glyphs > 1) {
        cff::card8(head, 2);
        cff::card16(head, 1);
        cff::card16(head, glyphs - 2);
    } else {
        cff::card8(head, 0);
    }
    cff::card16(head, glyphs);
    cff::card8(head, 3);
    Q_ASSERT(head.size() == offsets);
    memcpy(to, head.constData(), head.size());
    char *offset = to + offsets;
    char *charString = to + data;
    const auto put24 = [&](qsizetype value) {
        offset[0] = char(value >> 16);
        offset[1] = char(value >> 8);
        offset[2] = char(value);
        offset += 3;
    };
    put24(1);
    for (quint16 width : widths) {
        charString += charStringNumber(charString, width);
        *charString++ = char(14); // endchar
        put24(charString - (to + data) + 1);
    }
    // The private DICT: nominalWidthX 0, so that the charstrings give the widths as they are.
    *charString++ = char(139);
    *charString++ = char(21);
    return length;
}

/// The rightmost point of a Type 2 charstring (Adobe TN 5177) whose subroutines are in place,
/// control points included — the right edge of FreeType's control box — in font units; nullopt
/// when the charstring uses an operator this does not follow.
std::optional<qreal> rightmostPoint(const QByteArray &charString)
{
    const auto *data = reinterpret_cast<const uchar *>(charString.constData());
    const qsizetype size = charString.size();
    QVarLengthArray<qreal, 48> stack;
    qreal x = 0;
    qreal right = -1e9;
    int stems = 0;
    bool widthRead = false;
    // The first stack-clearing operator may have the width before its arguments.
    const auto dropWidth = [&](bool odd) {
        if (!widthRead && odd && !stack.isEmpty())
            stack.remove(0);
        widthRead = true;
    };
    // Each point is given as a move in x and y from the last; only x counts here.
    const auto to = [&](qreal dx, qreal) {
        x += dx;
        right = std::max(right, x);
    };
    qsizetype at = 0;
    while (at < size) {
        const int b0 = data[at];
        if (b0 >= 32 || b0 == 28) {
            const qsizetype length = b0 == 28 ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
            if (at + length > size)
                return std::nullopt;
            const uchar *bytes = data + at;
            qreal value = 0;
            if (b0 == 28)
                value = qint16((bytes[1] << 8) | bytes[2]);
            else if (b0 <= 246)
                value = b0 - 139;
            else if (b0 <= 250)
                value = (b0 - 247) * 256 + bytes[1] + 108;
            else if (b0 <= 254)
                value = -(b0 - 251) * 256 - bytes[1] - 108;
            else
                value = qint32((quint32(bytes[1]) << 24) | (bytes[2] << 16) | (bytes[3] << 8) | bytes[4]) /
                        65536.0;
            stack.append(value);
            at += length;
            continue;
        }
        ++at;
        const qsizetype n = stack.size();
        switch (b0) {
        case 1:  // hstem
        case 3:  // vstem
        case 18: // hstemhm
        case 23: // vstemhm
            dropWidth(n % 2 == 1);
            stems += int(stack.size()) / 2;
            break;
        case 19: // hintmask
        case 20: // cntrmask
            dropWidth(n % 2 == 1);
            stems += int(stack.size()) / 2;
            at += (stems + 7) / 8;
            break;
        case 21: // rmoveto
            dropWidth(n > 2);
            if (stack.size() < 2)
                return std::nullopt;
            to(stack[stack.size() - 2], stack[stack.size() - 1]);
            break;
        case 22: // hmoveto
        case 4:  // vmoveto
            dropWidth(n > 1);
            if (stack.isEmpty())
                return std::nullopt;
            b0 == 22 ? to(stack.last(), 0) : to(0, stack.last());
            break;
        case 5: // rlineto
            for (qsizetype i = 0; i + 1 < n; i += 2)
                to(stack[i], stack[i + 1]);
            break;
        case 6: // hlineto
        case 7: // vlineto
            for (qsizetype i = 0; i < n; ++i) {
                const bool horizontal = (i % 2 == 0) == (b0 == 6);
                horizontal ? to(stack[i], 0) : to(0, stack[i]);
            }
            break;
        case 8:  // rrcurveto
        case 24: // rcurveline
        case 25: // rlinecurve
        {
            const qsizetype lines = b0 == 25 ? n - 6 : 0;
            const qsizetype curves = b0 == 24 ? n - 2 : n;
            qsizetype i = 0;
            for (; i + 1 < lines; i += 2)
                to(stack[i], stack[i + 1]);
            for (; i + 5 < curves; i += 6) {
                to(stack[i], stack[i + 1]);
                to(stack[i + 2], stack[i + 3]);
                to(stack[i + 4], stack[i + 5]);
            }
            if (b0 == 24 && i + 1 < n)
                to(stack[i], stack[i + 1]);
            break;
        }
        case 26: // vvcurveto
        case 27: // hhcurveto
        {
            qsizetype i = 0;
            qreal first = 0;
            if (n % 4 == 1)
                first = stack[i++];
            for (; i + 3 < n; i += 4) {
                if (b0 == 26) {
                    to(first, stack[i]);
                    to(stack[i + 1], stack[i + 2]);
                    to(0, stack[i + 3]);
                } else {
                    to(stack[i], first);
                    to(stack[i + 1], stack[i + 2]);
                    to(stack[i + 3], 0);
                }
                first = 0;
            }
            break;
        }
        case 30: // vhcurveto
        case 31: // hvcurveto
        {
            bool horizontal = b0 == 31;
            for (qsizetype i = 0; i + 3 < n; i += 4) {
                const qreal last = (i + 5 == n) ? stack[i + 4] : 0;
                if (horizontal) {
                    to(stack[i], 0);
                    to(stack[i + 1], stack[i + 2]);
                    to(last, stack[i + 3]);
                } else {
                    to(0, stack[i]);
                    to(stack[i + 1], stack[i + 2]);
                    to(stack[i + 3], last);
                }
                horizontal = !horizontal;
            }
            break;
        }
        case 12: {
            if (at >= size)
                return std::nullopt;
            const int b1 = data[at++];
            if (b1 == 35 && n >= 12) { // flex
                for (qsizetype i = 0; i < 12; i += 2)
                    to(stack[i], stack[i + 1]);
            } else if (b1 == 34 && n >= 7) { // hflex
                to(stack[0], 0);
                to(stack[1], stack[2]);
                to(stack[3], 0);
                to(stack[4], 0);
                to(stack[5], -stack[2]);
                to(stack[6], 0);
            } else if (b1 == 36 && n >= 9) { // hflex1
                to(stack[0], stack[1]);
                to(stack[2], stack[3]);
                to(stack[4], 0);
                to(stack[5], 0);
                to(stack[6], stack[7]);
                to(stack[8], 0);
            } else if (b1 == 37 && n >= 11) { // flex1: the last point is reached in one of x or y
                qreal dx = 0;
                qreal dy = 0;
                for (qsizetype i = 0; i < 10; i += 2) {
                    dx += stack[i];
                    dy += stack[i + 1];
                }
                for (qsizetype i = 0; i < 10; i += 2)
                    to(stack[i], stack[i + 1]);
                std::abs(dx) > std::abs(dy) ? to(stack[10], -dy) : to(-dx, stack[10]);
            } else {
                return std::nullopt; // arithmetic and the like: not in the faces this serves
            }
            break;
        }
        case 14: // endchar
            if (n == 4 || n == 5)
                return std::nullopt; // an accented character made of two glyphs
            return right;
        default:
            return std::nullopt;
        }
        stack.clear();
    }
    return right;
}

struct Faces
{
    QFont font;
    QRawFont face;
    QRawFont standIn;
    std::shared_ptr<const LayoutFace::Outlines> outlines;
};

struct StandIn
{
    QRawFont font;
    std::shared_ptr<const LayoutFace::Outlines> outlines;
};

} // namespace

struct LayoutFace::Outlines
{
    Outlines(std::unique_ptr<QFile> file, QByteArrayView table)
        : file(std::move(file))
        , cff(QByteArray::fromRawData(table.data(), table.size()))
    {}

    std::unique_ptr<QFile> file; ///< where the table is mapped
    CffSubset cff;
    /// rightmostPoint() of the glyphs asked for: lines end in the same few again and again.
    mutable QHash<quint32, std::optional<qreal>> rightmost;
    QList<quint16> advances; ///< each glyph's in `hmtx`, font units (the last one for the rest)
};

namespace {

/// The face's stand-in at its pixel size, built once per face and process, and its outlines.
StandIn standInFor(const QRawFont &face, const QFont &font)
{
    // Where Qt draws the face bold or slanted itself, its advances are not the face's own.
    if (font.style() != QFont::StyleNormal)
        return {};
    static QHash<QString, StandIn> s_standIns;
    const QString key = face.familyName() + u'\n' + face.styleName() + u'\n' + QString::number(face.weight());
    auto found = s_standIns.find(key);
    if (found == s_standIns.end()) {
        StandIn standIn;
        FontFace file(face);
        const std::optional<QByteArrayView> os2 = file.table("OS/2");
        const std::optional<QByteArrayView> head = file.table("head");
        // fsSelection bit 5 and macStyle bit 0: the face is bold (FreeType's FT_STYLE_FLAG_BOLD).
        const bool bold = (os2 && os2->size() >= 64)
                              ? (u16(*os2, 62) & 0x20) != 0
                              : (head && head->size() >= 46 && (u16(*head, 44) & 1) != 0);
        if (font.weight() < QFont::Bold || bold) {
            const QByteArray data = LayoutFace::standInData(file);
            if (!data.isEmpty()) {
                standIn.font = QRawFont(data, face.pixelSize(), QFont::PreferNoHinting);
                const QByteArrayView cff = *file.table("CFF ");
                QList<quint16> advances = glyphAdvances(file);
                auto outlines = std::make_shared<LayoutFace::Outlines>(file.takeFile(), cff);
                outlines->advances = std::move(advances);
                standIn.outlines = std::move(outlines);
            }
        }
        found = s_standIns.insert(key, standIn);
    }
    if (!found->font.isValid())
        return {};
    StandIn sized = *found;
    if (sized.font.pixelSize() != face.pixelSize())
        sized.font.setPixelSize(face.pixelSize());
    return sized;
}

} // namespace

LayoutFace LayoutFace::of(const QFont &font)
{
    static QHash<QString, Faces> s_faces;
    const QString key = font.families().join(u'\n') + u'\n' + QString::number(font.pixelSize()) + u'\n' +
                        QString::number(font.weight()) + u'\n' + QString::number(int(font.style()));
    auto found = s_faces.constFind(key);
    if (found == s_faces.constEnd()) {
        Faces faces;
        faces.font = font;
        faces.face = QRawFont::fromFont(font);
        if (faces.face.isValid()) {
            const StandIn standIn = standInFor(faces.face, font);
            faces.standIn = standIn.font;
            faces.outlines = standIn.outlines;
        }
        found = s_faces.insert(key, faces);
    }
    LayoutFace face;
    face.m_font = found->font;
    face.m_face = found->face;
    if (s_enabled) {
        face.m_standIn = found->standIn;
        face.m_outlines = found->outlines;
    }
    return face;
}

bool LayoutFace::covers(const QString &text) const
{
    if (!m_standIn.isValid())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t character = text.at(i).unicode();
        if (QChar::isHighSurrogate(character) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            character = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (character == QChar::LineSeparator)
            continue;
        switch (QChar::category(character)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            // Qt may take another face for these, or for the character before them.
            return false;
        default:
            break;
        }
        if (character >= 0x1F000 || !m_standIn.supportsCharacter(uint(character)))
            return false;
    }
    return true;
}

std::optional<qreal> LayoutFace::overhang(const QTextLayout &layout, const QTextLine &line) const
{
    const QString &text = layout.text();
    int end = line.textStart() + line.textLength();
    while (end > line.textStart() && text.at(end - 1).isSpace())
        --end;
    if (end == line.textStart())
        return 0;
    const QChar last = text.at(end - 1);
    if (last.isSurrogate())
        return std::nullopt;
    // The glyph Qt measures is the character's own, unless shaping replaced it.
    const QList<QGlyphRun> runs = line.glyphRuns(end - 1, 1, QTextLayout::RetrieveGlyphIndexes);
    const QList<quint32> glyphs = m_face.glyphIndexesForString(QString(last));
    if (runs.size() != 1 || runs.constFirst().glyphIndexes() != glyphs)
        return std::nullopt;
    if (inksWithinAdvance(glyphs.constFirst()))
        return 0;
    return std::max(qreal(0), -QFontMetricsF(m_font).rightBearing(last));
}

bool LayoutFace::inksWithinAdvance(quint32 glyph) const
{
    const std::optional<qreal> right = inkRightUnits(glyph);
    if (!right || m_outlines->advances.isEmpty())
        return false;
    // FreeType's arithmetic (FT_DivFix, FT_MulFix, in 26.6 pixels): Qt takes the advance rounded to
    // a whole pixel and the control box's right edge rounded up to one; the edge is allowed two
    // 64ths for the charstring engine's own rounding.
    const qint64 ppem = qRound64(m_face.pixelSize());
    const qint64 units = m_face.unitsPerEm();
    const qint64 scale = ((ppem << 22) + units / 2) / units;
    const qint64 advance = m_outlines->advances.value(glyph, m_outlines->advances.constLast());
    const qint64 whole = (((advance * scale + 0x8000) >> 16) + 32) >> 6;
    const qint64 edge = ((qint64(std::ceil(*right)) * scale + 0x8000) >> 16) + 2;
    return edge <= whole * 64;
}

std::optional<qreal> LayoutFace::inkRightUnits(quint32 glyph) const
{
    if (!m_outlines)
        return std::nullopt;
    auto known = m_outlines->rightmost.constFind(glyph);
    if (known == m_outlines->rightmost.constEnd())
        known = m_outlines->rightmost.insert(glyph, rightmostPoint(m_outlines->cff.charString(glyph)));
    return *known;
}

std::optional<qreal> LayoutFace::inkRight(quint32 glyph) const
{
    const std::optional<qreal> right = inkRightUnits(glyph);
    if (!right)
        return std::nullopt;
    return *right * m_face.pixelSize() / m_face.unitsPerEm();
}

QByteArray LayoutFace::standInData(const FontFace &face)
{
    const QList<std::pair<QByteArray, QByteArrayView>> tables = face.tables();
    const std::optional<QByteArrayView> head = face.table("head");
    if (!face.table("CFF ") || !head || head->size() < 54)
        return {};
    const QList<quint16> widths = glyphAdvances(face);
    if (widths.isEmpty())
        return {};
    const QList<int> box{s16(*head, 36), s16(*head, 38), s16(*head, 40), s16(*head, 42)};
    const qsizetype outlines = emptyOutlines(widths, box, nullptr);

    // An OpenType font of the face's tables in their order, the `CFF ` replaced.
    qsizetype size = 0;
    // Vertical metrics are left out: nothing lays text out vertically.
    const auto needed = [](const QByteArray &tag) { return tag != "vhea" && tag != "vmtx" && tag != "VORG"; };
    int count = 0;
    for (const auto &[tag, table] : tables) {
        if (!needed(tag))
            continue;
        ++count;
        size += ((tag == "CFF " ? outlines : table.size()) + 3) & ~qsizetype(3);
    }
    size += 12 + qsizetype(count) * 16;
    QByteArray out(size, Qt::Uninitialized);
    char *data = out.data();
    memcpy(data, "OTTO", 4);
    put16(data + 4, quint16(count));
    int power = 1;
    int log = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log;
    }
    put16(data + 6, quint16(power * 16));
    put16(data + 8, quint16(log));
    put16(data + 10, quint16(count * 16 - power * 16));
    qsizetype at = 12 + qsizetype(count) * 16;
    int i = 0;
    for (const auto &[tag, table] : tables) {
        if (!needed(tag))
            continue;
        char *record = data + 12 + qsizetype(i++) * 16;
        qsizetype length = table.size();
        if (tag == "CFF ")
            length = emptyOutlines(widths, box, data + at);
        else
            memcpy(data + at, table.data(), length);
        memcpy(record, tag.constData(), 4);
        memset(record + 4, 0, 4); // no checksum: nothing reads it
        put32(record + 8, quint32(at));
        put32(record + 12, quint32(length));
        const qsizetype padded = (length + 3) & ~qsizetype(3);
        memset(data + at + length, 0, padded - length);
        at += padded;
    }
    return out;
}

bool LayoutFace::isEnabled()
{
    return s_enabled;
}

void LayoutFace::setEnabled(bool enabled)
{
    s_enabled = enabled;
}

} // namespace nianbao
