// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The font programs the PDF embeds, read back by FreeType: the subset of a CFF face's own
// charstrings and the charstrings drawn from outlines both give each glyph the outline it has in
// the face.
#include "output/cfffont.h"
#include "output/cffsubset.h"
#include "output/officialstyle.h"

#include <QFont>
#include <QRawFont>

#include <gtest/gtest.h>

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
