// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standinfile.h"

#include "cffsubset.h"
#include "cffwriter.h"
#include "fonttable.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <atomic>
#include <climits>
#include <cmath>
#include <cstring>
#include <thread>
#include <vector>

namespace nianbao {

namespace {

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

/// The tables that stand in for a face's `CFF `: TrueType glyphs (`glyf`, `loca`) that are all
/// empty, and a `maxp` of TrueType's version for as many glyphs. Empty glyphs are as wide as
/// `hmtx` says; FreeType sets such a face up without reading 65,000 charstrings' offsets, and
/// `loca` and `hmtx` it reads in place from the mapped file.
QList<std::pair<QByteArray, QByteArray>> emptyGlyphTables(qsizetype glyphs, bool longOffsets)
{
    constexpr qsizetype MaxpSize = 32;
    QByteArray maxp(MaxpSize, '\0');
    put32(maxp.data(), 0x00010000);
    put16(maxp.data() + 4, quint16(glyphs));
    put16(maxp.data() + 14, 1); // maxZones: no twilight zone
    // glyf's one word, which every glyph's offsets (all 0) leave out.
    return {{QByteArrayLiteral("glyf"), QByteArray(4, '\0')},
            {QByteArrayLiteral("loca"), QByteArray((glyphs + 1) * (longOffsets ? 4 : 2), '\0')},
            {QByteArrayLiteral("maxp"), maxp}};
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
            const std::optional<cff::CharStringOperand> number = cff::charStringOperand(data + at, size - at);
            if (!number)
                return std::nullopt;
            stack.append(number->fixed / 65536.0);
            at += number->length;
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

} // namespace

QByteArray StandInFile::standInData(const FontFace &face)
{
    const std::optional<QByteArrayView> head = face.table("head");
    if (!face.table("CFF ") || !head || head->size() < 54)
        return {};
    const QList<quint16> widths = glyphAdvances(face);
    if (widths.isEmpty())
        return {};
    // A TrueType font of the face's tables, its outlines and `maxp` replaced, in the order of their
    // tags (which readers may search by halves). Vertical metrics are left out: nothing lays text
    // out vertically.
    const QList<std::pair<QByteArray, QByteArray>> replaced =
        emptyGlyphTables(widths.size(), s16(*head, 50) != 0);
    QList<std::pair<QByteArray, QByteArrayView>> tables;
    for (const auto &[tag, table] : face.tables()) {
        if (tag != "CFF " && tag != "maxp" && tag != "vhea" && tag != "vmtx" && tag != "VORG")
            tables.append({tag, table});
    }
    for (const auto &[tag, table] : replaced)
        tables.append({tag, QByteArrayView(table)});
    std::sort(tables.begin(), tables.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return sfntData(0x00010000, tables);
}

namespace {

// The file: a header, each glyph's ink's right edge (16.16 font units, big-endian) and advance,
// the font file it was built from (its size, time of change and path: what the folder's tidying
// reads), then the stand-in itself.
constexpr QByteArrayView Magic("NBLAYOUT");
constexpr qsizetype HeaderSize = 64;
constexpr qsizetype VersionAt = 8;
constexpr qsizetype GlyphsAt = 12;
constexpr qsizetype KeyAt = 16;
constexpr qsizetype KeySize = 32;
constexpr qsizetype FontAt = 48;
constexpr qsizetype FontLengthAt = 52;
constexpr qsizetype ChecksumAt = 56;
/// After the glyphs: the font file's size and time of change (8 bytes each), its path's length (4).
constexpr qsizetype SourceHeadSize = 20;
/// The right edge of a glyph whose charstring could not be followed.
constexpr qint32 Unknown = INT_MIN;

quint32 u32(QByteArrayView bytes, qsizetype at)
{
    return (quint32(u16(bytes, at)) << 16) | u16(bytes, at + 2);
}

quint64 u64(QByteArrayView bytes, qsizetype at)
{
    return (quint64(u32(bytes, at)) << 32) | u32(bytes, at + 4);
}

void put64(char *at, quint64 value)
{
    put32(at, quint32(value >> 32));
    put32(at + 4, quint32(value));
}

qsizetype sourceOffset(qsizetype glyphs)
{
    return HeaderSize + glyphs * 6;
}

qsizetype fontOffset(qsizetype glyphs, qsizetype pathLength)
{
    return (sourceOffset(glyphs) + SourceHeadSize + pathLength + 3) & ~qsizetype(3);
}

/// The font file a face is in, as its stand-in's file records it.
struct Source
{
    QByteArray path; ///< absolute, in the file system's encoding
    qint64 size = 0;
    qint64 modified = 0; ///< ms since the epoch

    /// The font file at `path` as it is now; an empty path when there is none.
    static Source at(const QString &path)
    {
        const QFileInfo file(path);
        if (!file.exists())
            return {};
        return {QFile::encodeName(file.absoluteFilePath()), file.size(),
                file.lastModified().toMSecsSinceEpoch()};
    }
    bool operator==(const Source &) const = default;
};

/// A checksum against a damaged file (not against one made to look right): four lanes of 64-bit
/// words, each step a bijection of the lane, so any one changed word changes the sum. It reads
/// about as fast as memory, which matters: each process checks the whole file.
quint64 checksum(QByteArrayView bytes)
{
    constexpr quint64 Odd = 0x9E3779B97F4A7C15ULL;
    std::array<quint64, 4> lanes{1, 2, 3, 4};
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype at = 0;
    for (; at + 32 <= size; at += 32) {
        for (qsizetype lane = 0; lane < 4; ++lane) {
            quint64 word = 0;
            memcpy(&word, data + at + lane * 8, 8);
            lanes[lane] = (lanes[lane] ^ word) * Odd;
        }
    }
    quint64 sum = quint64(size);
    for (; at < size; ++at)
        sum = (sum ^ uchar(data[at])) * Odd;
    for (quint64 lane : lanes)
        sum = ((sum ^ lane) * Odd) ^ (sum >> 29);
    return sum;
}

/// What the file of `face` is known by: its font file `source` (path, size, time of change), its place
/// there, its `head` and `name` tables, and FormatVersion. Empty when the face has no file.
QByteArray keyOf(const FontFace &face, const Source &source)
{
    const std::optional<QByteArrayView> head = face.table("head");
    const std::optional<QByteArrayView> name = face.table("name");
    if (source.path.isEmpty() || !head || !name)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray where = QByteArray::number(StandInFile::FormatVersion) + '\n' + source.path + '\n' +
                             QByteArray::number(source.size) + '\n' + QByteArray::number(source.modified) +
                             '\n' + QByteArray::number(face.directory()) + '\n';
    hash.addData(where);
    hash.addData(*head);
    hash.addData(*name);
    return hash.result();
}

QString s_folder;

} // namespace

QString StandInFile::fileNameOf(const FontFace &face)
{
    // The font file and the face's place there, so that a font file changed (updated) has the file
    // of its stand-in replaced rather than another one left beside it.
    const QByteArray where = QFile::encodeName(QFileInfo(face.fileName()).absoluteFilePath()) + '\n' +
                             QByteArray::number(face.directory());
    return QString::fromLatin1(
               QCryptographicHash::hash(where, QCryptographicHash::Sha256).first(16).toHex()) +
           QStringLiteral(".face");
}

namespace {

/// The number of glyphs of `bytes` when they have the file's layout: its header and the lengths it
/// gives (what makes reading the file safe); else 0.
quint32 glyphsIn(QByteArrayView bytes)
{
    if (bytes.size() < HeaderSize || bytes.first(Magic.size()) != Magic ||
        u32(bytes, VersionAt) != StandInFile::FormatVersion)
        return 0;
    const quint32 glyphs = u32(bytes, GlyphsAt);
    const qsizetype source = sourceOffset(glyphs);
    if (glyphs == 0 || source + SourceHeadSize > bytes.size() ||
        u32(bytes, FontAt) != quint64(fontOffset(glyphs, u32(bytes, source + 16))) ||
        quint64(u32(bytes, FontAt)) + u32(bytes, FontLengthAt) != quint64(bytes.size()))
        return 0;
    return glyphs;
}

/// Whether the checksum of `bytes`, of the file's layout, holds.
bool checksumHolds(QByteArrayView bytes)
{
    const quint64 stored = (quint64(u32(bytes, ChecksumAt)) << 32) | u32(bytes, ChecksumAt + 4);
    return stored == checksum(bytes.sliced(HeaderSize));
}

/// The number of glyphs of `bytes` when they are a whole, undamaged file of the face `key`; else 0.
quint32 glyphsIn(QByteArrayView bytes, const QByteArray &key)
{
    const quint32 glyphs = glyphsIn(bytes);
    return glyphs != 0 && bytes.sliced(KeyAt, KeySize) == key && checksumHolds(bytes) ? glyphs : 0;
}

/// The file of `face` built: its stand-in, each glyph's ink's right edge read from its charstring,
/// and its font file `source`. Empty when the face has no stand-in, or when `stop` said so while
/// it was being built (asked from each building thread, now and then).
QByteArray build(const FontFace &face, const QByteArray &key, const Source &source,
                 const std::function<bool()> &stop)
{
    const std::optional<QByteArrayView> outlines = face.table("CFF ");
    const QList<quint16> advances = glyphAdvances(face);
    if (!outlines || advances.isEmpty() || key.size() != KeySize)
        return {};
    const QByteArray font = StandInFile::standInData(face);
    if (font.isEmpty())
        return {};
    const CffSubset cff(QByteArray::fromRawData(outlines->data(), outlines->size()));
    const qsizetype glyphs = advances.size();
    const qsizetype fontAt = fontOffset(glyphs, source.path.size());
    QByteArray out(fontAt + font.size(), '\0');
    char *data = out.data();
    memcpy(data, Magic.data(), Magic.size());
    put32(data + VersionAt, StandInFile::FormatVersion);
    put32(data + GlyphsAt, quint32(glyphs));
    memcpy(data + KeyAt, key.constData(), KeySize);
    put32(data + FontAt, quint32(fontAt));
    put32(data + FontLengthAt, quint32(font.size()));
    char *sourceAt = data + sourceOffset(glyphs);
    put64(sourceAt, quint64(source.size));
    put64(sourceAt + 8, quint64(source.modified));
    put32(sourceAt + 16, quint32(source.path.size()));
    memcpy(sourceAt + SourceHeadSize, source.path.constData(), source.path.size());
    std::atomic<bool> stopped = false;
    const auto edges = [&](qsizetype from, qsizetype to) {
        for (qsizetype glyph = from; glyph < to; ++glyph) {
            // 256 glyphs between two questions, about a millisecond: a program quitting does not
            // wait long for a thread at idle priority (StandInWarmUp), even on a busy machine.
            if (stop && glyph % 256 == 0 && (stopped || stop())) {
                stopped = true;
                return;
            }
            const QByteArray charString = cff.charString(quint32(glyph));
            const std::optional<qreal> right =
                charString.isEmpty() ? std::nullopt : rightmostPoint(charString);
            // A glyph without ink (a space) has its edge far to the left: any advance holds it.
            const qint32 edge =
                right ? qint32(std::clamp(std::round(*right * 65536), double(Unknown) + 1, double(INT_MAX)))
                      : Unknown;
            put32(data + HeaderSize + glyph * 4, quint32(edge));
            put16(data + HeaderSize + glyphs * 4 + glyph * 2, advances[glyph]);
        }
    };
    // Following every glyph's charstring is most of the building (some 65,000 glyphs, 0.3 s a face
    // on one core): the cores share it, each a range of glyphs.
    const qsizetype threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    const qsizetype part = (glyphs + threads - 1) / threads;
    {
        std::vector<std::jthread> helpers;
        for (qsizetype from = part; from < glyphs; from += part)
            helpers.emplace_back(edges, from, std::min(glyphs, from + part));
        edges(0, std::min(glyphs, part));
    }
    if (stopped)
        return {};
    memcpy(data + fontAt, font.constData(), font.size());
    const quint64 sum = checksum(QByteArrayView(out).sliced(HeaderSize));
    put32(data + ChecksumAt, quint32(sum >> 32));
    put32(data + ChecksumAt + 4, quint32(sum));
    return out;
}

/// Whether a process may still read the file at `path` (named as the files are): one of this
/// FormatVersion (or a later one's, of another Nianbao on the machine) whose font file is still
/// there as it was built from. False also for a file that cannot be read as one.
bool isCurrent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(Magic))
        return false;
    const quint32 version = u32(header, VersionAt);
    if (version != StandInFile::FormatVersion)
        return version > StandInFile::FormatVersion;
    if (!file.seek(sourceOffset(u32(header, GlyphsAt))))
        return false;
    const QByteArray head = file.read(SourceHeadSize);
    if (head.size() < SourceHeadSize)
        return false;
    const quint32 length = u32(head, 16);
    if (length == 0 || length > 0x10000)
        return false;
    Source source;
    source.size = qint64(u64(head, 0));
    source.modified = qint64(u64(head, 8));
    source.path = file.read(length);
    return Source::at(QFile::decodeName(source.path)) == source;
}

/// Removes the files of `folder` that no process will read again (see isCurrent()) but `written`,
/// so that fonts removed, renamed or updated do not leave their stand-ins behind for ever. Files of
/// other names are not this class's and stay; a file that cannot be removed stays too, as it would
/// have without the tidying (the next writing tries again).
void tidy(const QString &folder, const QString &written)
{
    // Named as fileNameOf() names them: 32 small hexadecimal digits and ".face".
    const auto ours = [](QStringView name) {
        return name.size() == 37 && name.endsWith(u".face") &&
               std::all_of(name.begin(), name.begin() + 32,
                           [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
    };
    QDirIterator files(folder, {QStringLiteral("*.face")}, QDir::Files);
    while (files.hasNext()) {
        const QString path = files.next();
        if (files.fileName() != written && ours(files.fileName()) && !isCurrent(path))
            QFile::remove(path);
    }
}

} // namespace

std::shared_ptr<const StandInFile> StandInFile::of(const FontFace &face, const std::function<bool()> &stop)
{
    if (!face.table("CFF "))
        return nullptr;
    const QString folder = StandInFile::folder();
    const Source source = Source::at(face.fileName());
    const QByteArray key = keyOf(face, source);
    if (folder.isEmpty() || key.isEmpty())
        return nullptr;
    const QString name = fileNameOf(face);
    const QString path = folder + u'/' + name;
    std::shared_ptr<StandInFile> file(new StandInFile);
    {
        auto mapped = std::make_unique<QFile>(path);
        const uchar *bytes = mapped->open(QIODevice::ReadOnly) ? mapped->map(0, mapped->size()) : nullptr;
        const QByteArrayView read(bytes, bytes ? mapped->size() : 0);
        file->m_glyphs = glyphsIn(read, key);
        if (file->m_glyphs != 0) {
            file->m_bytes = QByteArray::fromRawData(read.data(), read.size());
            file->m_file = std::move(mapped);
            file->m_origin = Origin::Read;
            return file;
        }
    }
    // Missing, damaged or of another face: built again, unless it could not be kept.
    if (!QDir().mkpath(folder))
        return nullptr;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return nullptr;
    file->m_bytes = build(face, key, source, stop);
    file->m_glyphs = glyphsIn(file->m_bytes, key);
    if (file->m_glyphs == 0) {
        out.cancelWriting();
        return nullptr;
    }
    out.write(file->m_bytes);
    // A file not written costs the next process the building again, nothing more.
    file->m_origin = out.commit() ? Origin::Written : Origin::Built;
    // Only here, where a file was built anyway: a process that reads its files lists no folder.
    if (file->m_origin == Origin::Written)
        tidy(folder, name);
    return file;
}

std::shared_ptr<const StandInFile> StandInFile::mapped(const QString &name)
{
    const QString folder = StandInFile::folder();
    if (folder.isEmpty() || name.isEmpty())
        return nullptr;
    auto mapped = std::make_unique<QFile>(folder + u'/' + name);
    const uchar *bytes = mapped->open(QIODevice::ReadOnly) ? mapped->map(0, mapped->size()) : nullptr;
    const QByteArrayView read(bytes, bytes ? mapped->size() : 0);
    std::shared_ptr<StandInFile> file(new StandInFile);
    file->m_glyphs = glyphsIn(read);
    if (file->m_glyphs == 0)
        return nullptr;
    file->m_bytes = QByteArray::fromRawData(read.data(), read.size());
    file->m_file = std::move(mapped);
    file->m_origin = Origin::Read;
    return file;
}

bool StandInFile::isFileOf(const FontFace &face) const
{
    const QByteArray key = keyOf(face, Source::at(face.fileName()));
    return !key.isEmpty() && QByteArrayView(m_bytes).sliced(KeyAt, KeySize) == key;
}

bool StandInFile::isWhole() const
{
    return checksumHolds(m_bytes);
}

QString StandInFile::folder()
{
    if (!s_folder.isEmpty())
        return s_folder;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return cache.isEmpty() ? QString() : cache + QStringLiteral("/nianbao/layout-faces");
}

void StandInFile::setFolder(const QString &folder)
{
    s_folder = folder;
}

StandInFile::~StandInFile() = default;

QByteArray StandInFile::font() const
{
    const quint32 at = u32(m_bytes, FontAt);
    return QByteArray::fromRawData(m_bytes.constData() + at, u32(m_bytes, FontLengthAt));
}

std::optional<quint16> StandInFile::advance(quint32 glyph) const
{
    if (glyph >= m_glyphs)
        return std::nullopt;
    return u16(m_bytes, HeaderSize + qsizetype(m_glyphs) * 4 + qsizetype(glyph) * 2);
}

std::optional<qreal> StandInFile::inkRight(quint32 glyph) const
{
    if (glyph >= m_glyphs)
        return std::nullopt;
    const auto edge = qint32(u32(m_bytes, HeaderSize + qsizetype(glyph) * 4));
    if (edge == Unknown)
        return std::nullopt;
    return edge / 65536.0;
}

} // namespace nianbao
