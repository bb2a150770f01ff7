// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The font programs the PDF embeds, read back by FreeType: the subset of a CFF face's own
// charstrings and the charstrings drawn from outlines both give each glyph the outline it has in
// the face.
#include "output/cfffont.h"
#include "output/cffsubset.h"
#include "output/fonttable.h"
#include "output/officialstyle.h"

#include <QFile>
#include <QFont>
#include <QRawFont>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

using namespace nianbao;

namespace {

QRawFont faceAt1000(OfficialStyle::Face face)
{
    QFont font;
    font.setFamilies(OfficialStyle::families(face));
    font.setPixelSize(1000);
    font.setHintingPreference(QFont::PreferNoHinting);
    return QRawFont::fromFont(font);
}

QList<quint32> glyphsOf(const QRawFont &font, const QString &text)
{
    QList<quint32> glyphs{0}; // .notdef first, as PDF wants it
    for (quint32 glyph : font.glyphIndexesForString(text)) {
        if (!glyphs.contains(glyph))
            glyphs.append(glyph);
    }
    return glyphs;
}

// The outlines of glyph `subsetGlyph` of one font and `faceGlyph` of the other agree to a unit.
void expectSameOutline(const QRawFont &subset, quint32 subsetGlyph, const QRawFont &face, quint32 faceGlyph)
{
    const QPainterPath expected = face.pathForGlyph(faceGlyph);
    const QPainterPath actual = subset.pathForGlyph(subsetGlyph);
    ASSERT_EQ(actual.elementCount() > 0, expected.elementCount() > 0) << "glyph " << faceGlyph;
    const QRectF a = actual.boundingRect();
    const QRectF e = expected.boundingRect();
    EXPECT_NEAR(a.left(), e.left(), 1.5) << "glyph " << faceGlyph;
    EXPECT_NEAR(a.top(), e.top(), 1.5) << "glyph " << faceGlyph;
    EXPECT_NEAR(a.right(), e.right(), 1.5) << "glyph " << faceGlyph;
    EXPECT_NEAR(a.bottom(), e.bottom(), 1.5) << "glyph " << faceGlyph;
    // The same area filled, on a grid over the glyph: the subpaths and their directions came along.
    int differ = 0;
    int points = 0;
    for (qreal x = e.left(); x <= e.right(); x += e.width() / 40) {
        for (qreal y = e.top(); y <= e.bottom(); y += e.height() / 40) {
            ++points;
            differ += actual.contains(QPointF(x, y)) != expected.contains(QPointF(x, y)) ? 1 : 0;
        }
    }
    EXPECT_LE(differ, points / 50) << "glyph " << faceGlyph;
}

} // namespace

TEST(CffSubset, KeepsTheChosenGlyphsOfTheFace)
{
    const QRawFont face = faceAt1000(OfficialStyle::Face::FangSong);
    ASSERT_TRUE(face.isValid());
    const CffSubset cff(face.fontTable("CFF "));
    if (!cff.isValid())
        GTEST_SKIP() << face.familyName().toStdString() << " has TrueType outlines (no CFF table)";
    EXPECT_GT(cff.glyphCount(), 1000);
    const QList<quint32> glyphs =
        glyphsOf(face, QStringLiteral("政府信息公开工作年度报告（一）2021年，“人民”。Ag"));
    const QByteArray program = cff.subset("TestSubset", glyphs);
    ASSERT_FALSE(program.isEmpty());
    EXPECT_LT(program.size(), 40000) << "only the glyphs asked for, subroutines written in place";
    const QRawFont subset(program, 1000, QFont::PreferNoHinting);
    ASSERT_TRUE(subset.isValid()) << "FreeType reads the subset back";
    for (qsizetype i = 1; i < glyphs.size(); ++i)
        expectSameOutline(subset, quint32(i), face, glyphs[i]);
}

// With a reader, the glyphs' own charstrings, their offsets and the subroutines they call are read
// through it, not from the table (where the table is the font file mapped, each first touch of a
// page costs a page fault), and each byte once: the same subset comes out when the whole table is
// garbled once the subset has read its structure.
TEST(CffSubset, ReadsTheGlyphsCharstringsThroughItsReader)
{
    const QRawFont face = faceAt1000(OfficialStyle::Face::FangSong);
    ASSERT_TRUE(face.isValid());
    const QByteArray table = face.fontTable("CFF ");
    if (!CffSubset(table).isValid())
        GTEST_SKIP() << face.familyName().toStdString() << " has TrueType outlines (no CFF table)";
    const QList<quint32> glyphs = glyphsOf(face, QStringLiteral("政府信息公开工作年度报告（一）2021年Ag"));
    const auto fromTable = [&table](qsizetype at, qsizetype length, char *into) {
        std::copy_n(table.constData() + at, length, into);
        return true;
    };
    QList<std::pair<qsizetype, qsizetype>> asked;
    const CffSubset read(table, [&](qsizetype at, qsizetype length, char *into) {
        asked.append({at, length});
        return fromTable(at, length, into);
    });
    const QByteArray expected = read.subset("TestSubset", glyphs);
    ASSERT_FALSE(expected.isEmpty());
    ASSERT_FALSE(asked.isEmpty());
    std::ranges::sort(asked);
    for (qsizetype i = 1; i < asked.size(); ++i)
        EXPECT_LE(asked[i - 1].first + asked[i - 1].second, asked[i].first) << "a byte read twice";

    // The subsets' own copy of the table, garbled once they have read its structure.
    std::vector<char> bytes(table.cbegin(), table.cend());
    const QByteArray garbled = QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size()));
    const CffSubset withoutReader(garbled);
    const CffSubset fromReader(garbled, fromTable);
    std::ranges::fill(bytes, '\xff');
    EXPECT_NE(withoutReader.subset("TestSubset", glyphs), expected) << "without a reader the table is read";
    EXPECT_EQ(fromReader.subset("TestSubset", glyphs), expected);
    EXPECT_EQ(fromReader.charString(glyphs.last()), CffSubset(table).charString(glyphs.last()));

    const CffSubset unreadable(table, [](qsizetype, qsizetype, char *) { return false; });
    EXPECT_TRUE(unreadable.subset("TestSubset", glyphs).isEmpty()) << "a charstring not read is no subset";
}

// A table read from its file leaves the mapping's pages untouched (/proc/self/pagemap: not present),
// and gives the table's bytes.
TEST(FontTable, ReadsFromTheFileWithoutTouchingTheMapping)
{
    const QRawFont face = faceAt1000(OfficialStyle::Face::FangSong);
    ASSERT_TRUE(face.isValid());
    const FontTable table(face, "CFF ");
    if (!table.isMapped() || table.data().size() < (1 << 20))
        GTEST_SKIP() << face.familyName().toStdString() << " has no large CFF table in a file";
    QFile pagemap(QStringLiteral("/proc/self/pagemap"));
    if (!pagemap.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "no /proc/self/pagemap";
    const auto present = [&pagemap](const char *address) {
        const quint64 page = quint64(reinterpret_cast<quintptr>(address)) / 4096;
        quint64 entry = 0;
        return pagemap.seek(qint64(page * sizeof entry)) &&
               pagemap.read(reinterpret_cast<char *>(&entry), sizeof entry) == qint64(sizeof entry) &&
               (entry >> 63) != 0;
    };
    const qsizetype middle = table.data().size() / 2;
    const char *at = table.data().constData() + middle;
    ASSERT_FALSE(present(at)) << "nothing has touched the middle of the table yet";
    std::array<char, 64> bytes{};
    ASSERT_TRUE(table.read(middle, qsizetype(bytes.size()), bytes.data()));
    EXPECT_FALSE(present(at));
    EXPECT_EQ(QByteArrayView(bytes.data(), qsizetype(bytes.size())),
              table.data().sliced(middle, qsizetype(bytes.size())));
    EXPECT_TRUE(present(at)) << "the comparison touched it: the check sees a page touched";

    EXPECT_FALSE(table.read(table.data().size() - 1, 2, bytes.data()));
    EXPECT_FALSE(table.read(-1, 1, bytes.data()));
}

// The table is read in place from the face's file, and is the table Qt gives for the face.
TEST(FontTable, ReadsTheFacesTableFromItsFile)
{
    for (const OfficialStyle::Face which : {OfficialStyle::Face::FangSong, OfficialStyle::Face::Hei}) {
        const QRawFont face = faceAt1000(which);
        ASSERT_TRUE(face.isValid());
        for (const char *tag : {"CFF ", "glyf", "cmap", "head"}) {
            const FontTable table(face, tag);
            EXPECT_TRUE(table.data() == face.fontTable(tag)) << face.familyName().toStdString() << " " << tag;
            if (!table.data().isEmpty()) {
                EXPECT_TRUE(table.isMapped()) << face.familyName().toStdString() << " " << tag;
            }
        }
    }
}

// A face Qt was given as data, not one of a file: its table is copied.
TEST(FontTable, CopiesTheTableOfAFaceGivenAsData)
{
    const QRawFont face = faceAt1000(OfficialStyle::Face::FangSong);
    ASSERT_TRUE(face.isValid());
    // The face's own tables in a file of their own, its modification time changed: no file mapped
    // holds that face.
    QList<std::pair<QByteArray, QByteArray>> tables;
    for (const char *tag :
         {"CFF ", "OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}) {
        QByteArray table = face.fontTable(tag);
        if (table.isEmpty())
            continue;
        if (QByteArrayView(tag) == "head")
            table[35] = char(table[35] ^ 1);
        tables.append({tag, table});
    }
    const auto big16 = [](QByteArray &out, quint32 value) {
        out.append(char(value >> 8)).append(char(value));
    };
    QByteArray file(tables.constFirst().first == "CFF " ? "OTTO" : QByteArray("\0\1\0\0", 4));
    big16(file, quint32(tables.size()));
    file.append(6, '\0'); // search hints, which FreeType does not need
    qint64 offset = 12 + 16 * tables.size();
    for (const auto &[tag, table] : std::as_const(tables)) {
        file.append(tag);
        file.append(4, '\0'); // checksum, not checked
        big16(file, quint32(offset >> 16));
        big16(file, quint32(offset));
        big16(file, quint32(table.size() >> 16));
        big16(file, quint32(table.size()));
        offset += (table.size() + 3) / 4 * 4;
    }
    for (const auto &[tag, table] : std::as_const(tables))
        file.append(table).append((4 - table.size() % 4) % 4, '\0');
    const QRawFont data(file, 1000, QFont::PreferNoHinting);
    ASSERT_TRUE(data.isValid());
    const char *outlines = tables.constFirst().first == "CFF " ? "CFF " : "glyf";
    const FontTable table(data, outlines);
    EXPECT_FALSE(table.isMapped());
    EXPECT_FALSE(table.data().isEmpty());
    EXPECT_TRUE(table.data() == face.fontTable(outlines));
    std::array<char, 16> bytes{};
    ASSERT_TRUE(table.read(table.data().size() - 16, 16, bytes.data()));
    EXPECT_EQ(QByteArrayView(bytes.data(), 16), table.data().last(16));
}

TEST(CffSubset, RefusesWhatIsNoCffTable)
{
    EXPECT_FALSE(CffSubset(QByteArray()).isValid());
    EXPECT_FALSE(CffSubset(QByteArray("\x01\x00\x04\x04\xff\xff", 6)).isValid());
    EXPECT_FALSE(CffSubset(QByteArray(1000, '\x01')).isValid());
}

// The faces without a CFF table (the TrueType GB fonts of an office) are drawn from their outlines.
TEST(CffFont, DrawsEachGlyphFromItsOutline)
{
    const QRawFont face = faceAt1000(OfficialStyle::Face::Hei);
    ASSERT_TRUE(face.isValid());
    const QList<quint32> glyphs = glyphsOf(face, QStringLiteral("一、总体情况（二）3.Ag"));
    QList<CffFont::Glyph> outlines;
    for (quint32 glyph : glyphs) {
        QPointF advance;
        face.advancesForGlyphIndexes(&glyph, &advance, 1, QRawFont::UseDesignMetrics);
        outlines.append(CffFont::Glyph{face.pathForGlyph(glyph), advance.x()});
    }
    const QRawFont drawn(CffFont::build("TestDrawn", outlines), 1000, QFont::PreferNoHinting);
    ASSERT_TRUE(drawn.isValid());
    for (qsizetype i = 1; i < glyphs.size(); ++i)
        expectSameOutline(drawn, quint32(i), face, glyphs[i]);
}
