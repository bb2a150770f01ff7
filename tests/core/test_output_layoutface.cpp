// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The faces' stand-ins (LayoutFace): text is laid out in them as in the faces, and the PDF is the same.
#include "output/layoutface.h"
#include "output/officialstyle.h"
#include "output/pagedreport.h"
#include "output/pdffile.h"
#include "output/reportcomposer.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QTimeZone>

#include <cmath>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

/// Stand-ins used or not while it lives.
class StandIns
{
public:
    explicit StandIns(bool used)
        : m_was(LayoutFace::isEnabled())
    {
        LayoutFace::setEnabled(used);
    }
    ~StandIns() { LayoutFace::setEnabled(m_was); }
    StandIns(const StandIns &) = delete;
    StandIns &operator=(const StandIns &) = delete;

private:
    bool m_was;
};

QFont bodyFont()
{
    QFont font;
    font.setFamilies(OfficialStyle::families(OfficialStyle::Face::FangSong));
    font.setPixelSize(64);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

/// Where two layouts first differ (page, text, glyphs, positions, face), or an empty string.
std::string firstDifference(const PagedReport &expected, const PagedReport &actual)
{
    if (expected.pages.size() != actual.pages.size())
        return "page count " + std::to_string(expected.pages.size()) + " vs " +
               std::to_string(actual.pages.size());
    for (qsizetype page = 0; page < expected.pages.size(); ++page) {
        const QList<PagedReport::Text> &a = expected.pages[page].text;
        const QList<PagedReport::Text> &b = actual.pages[page].text;
        const std::string where = "page " + std::to_string(page + 1);
        if (a.size() != b.size())
            return where + ": run count " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
        if (expected.pages[page].rules != actual.pages[page].rules)
            return where + ": rules";
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QGlyphRun &x = a[i].run;
            const QGlyphRun &y = b[i].run;
            const std::string run =
                where + " run " + std::to_string(i) + " \"" + x.sourceString().toStdString() + "\"";
            if (a[i].origin != b[i].origin)
                return run + ": origin";
            if (x.glyphIndexes() != y.glyphIndexes())
                return run + ": glyphs";
            if (x.positions() != y.positions())
                return run + ": positions";
            if (x.stringIndexes() != y.stringIndexes())
                return run + ": string indexes";
            if (x.rawFont().familyName() != y.rawFont().familyName() ||
                x.rawFont().styleName() != y.rawFont().styleName() ||
                x.rawFont().pixelSize() != y.rawFont().pixelSize())
                return run + ": face";
            const QRawFont measured = b[i].measured.isValid() ? b[i].measured : y.rawFont();
            if (x.rawFont().advancesForGlyphIndexes(x.glyphIndexes(), QRawFont::UseDesignMetrics) !=
                measured.advancesForGlyphIndexes(y.glyphIndexes(), QRawFont::UseDesignMetrics))
                return run + ": advances";
        }
    }
    return {};
}

class SeedStandIns : public ::testing::TestWithParam<QString>
{
};

// Every seed is set in the stand-ins (none of its text falls back to the faces), on the same pages,
// glyph for glyph at the same places, and its PDF is the same file byte for byte.
TEST_P(SeedStandIns, LayTheSeedOutAsTheFaces)
{
    if (!LayoutFace::of(bodyFont()).standIn().isValid())
        GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
    const Report report = test::seedReport(GetParam());
    ASSERT_NE(report.format(), nullptr);
    PagedReport faces;
    PagedReport standIns;
    {
        const StandIns used(false);
        faces = ReportComposer::compose(report);
    }
    {
        const StandIns used(true);
        standIns = ReportComposer::compose(report);
    }
    qsizetype measured = 0;
    qsizetype texts = 0;
    for (const PagedReport::Page &page : standIns.pages) {
        for (const PagedReport::Text &text : page.text) {
            ++texts;
            if (text.measured.isValid())
                ++measured;
            EXPECT_FALSE(text.measured.isValid() && text.run.rawFont() == text.measured)
                << "a run kept the stand-in as its face: it would be drawn and embedded without outlines";
        }
    }
    EXPECT_GT(texts, 0);
    EXPECT_EQ(measured, texts) << "text laid out in the faces instead of their stand-ins";
    EXPECT_EQ(firstDifference(faces, standIns), "");
    const PdfFile::Metadata metadata{report.displayTitle(),
                                     report.meta.agencyName,
                                     QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::UTC),
                                     {},
                                     {}};
    EXPECT_TRUE(PdfFile::write(faces, metadata) == PdfFile::write(standIns, metadata));
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedStandIns, ::testing::ValuesIn(test::seedNames()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });

// The stand-in has the face's glyphs, advances and metrics, and no outline.
TEST(LayoutFace, HasTheFacesMetricsWithoutOutlines)
{
    const LayoutFace face = LayoutFace::of(bodyFont());
    if (!face.standIn().isValid())
        GTEST_SKIP() << face.face().familyName().toStdString() << " has no CFF outlines";
    const QRawFont &real = face.face();
    const QRawFont &standIn = face.standIn();
    EXPECT_EQ(standIn.pixelSize(), real.pixelSize());
    EXPECT_EQ(standIn.ascent(), real.ascent());
    EXPECT_EQ(standIn.descent(), real.descent());
    EXPECT_EQ(standIn.leading(), real.leading());
    EXPECT_EQ(standIn.unitsPerEm(), real.unitsPerEm());
    const QString text = QStringLiteral("政府信息公开工作年度报告（一）2021年，Abc“引号”、。1234567890%");
    const QList<quint32> glyphs = real.glyphIndexesForString(text);
    EXPECT_EQ(standIn.glyphIndexesForString(text), glyphs);
    EXPECT_EQ(standIn.advancesForGlyphIndexes(glyphs, QRawFont::UseDesignMetrics),
              real.advancesForGlyphIndexes(glyphs, QRawFont::UseDesignMetrics));
    for (quint32 glyph : glyphs) {
        EXPECT_TRUE(standIn.pathForGlyph(glyph).isEmpty()) << glyph;
        EXPECT_FALSE(real.pathForGlyph(glyph).isEmpty()) << glyph;
    }
    // Everything the layout reads but the outlines is the face's own table.
    for (const char *tag : {"cmap", "hmtx", "hhea", "OS/2", "GSUB", "GPOS", "head", "name"})
        EXPECT_TRUE(standIn.fontTable(tag) == real.fontTable(tag)) << tag;
    EXPECT_TRUE(LayoutFace::of(bodyFont()).covers(text));
    EXPECT_FALSE(LayoutFace::of(bodyFont()).covers(QStringLiteral("表情\U0001F600")));
}

// Where a glyph's ink ends, read from its charstring, is where FreeType has it end (Qt rounds it up
// to a whole pixel): what tells which glyphs of the stand-in's layout may stand out of their line.
TEST(LayoutFace, FindsWhereTheInkEnds)
{
    for (const OfficialStyle::Face which : {OfficialStyle::Face::FangSong, OfficialStyle::Face::Hei}) {
        QFont font;
        font.setFamilies(OfficialStyle::families(which));
        font.setPixelSize(42);
        font.setHintingPreference(QFont::PreferNoHinting);
        const LayoutFace face = LayoutFace::of(font);
        if (!face.standIn().isValid())
            continue;
        const QString text = QStringLiteral("供责政府信息公开（）《》“”，。、—1234567890AWfjy%");
        int read = 0;
        for (quint32 glyph : face.face().glyphIndexesForString(text)) {
            const std::optional<qreal> right = face.inkRight(glyph);
            if (!right)
                continue;
            ++read;
            const qreal qt = face.face().boundingRect(glyph).right();
            EXPECT_LE(qt, std::ceil(*right + 1.0 / 64)) << glyph;
            EXPECT_GE(qt, std::ceil(*right - 1.0 / 64)) << glyph;
        }
        // Where the charstring says the ink stays inside the advance, Qt says so too.
        const QFontMetricsF metrics(font);
        int inside = 0;
        for (const QChar character : text) {
            const quint32 glyph = face.face().glyphIndexesForString(QString(character)).constFirst();
            if (!face.inksWithinAdvance(glyph))
                continue;
            ++inside;
            EXPECT_GE(metrics.rightBearing(character), 0) << glyph;
        }
        EXPECT_GT(inside, text.size() / 2);
        EXPECT_GT(read, text.size() / 2) << face.face().familyName().toStdString();
    }
}

// Without stand-ins the text is laid out in the faces themselves.
TEST(LayoutFace, CanBeTurnedOff)
{
    const StandIns used(false);
    EXPECT_FALSE(LayoutFace::of(bodyFont()).standIn().isValid());
    EXPECT_FALSE(LayoutFace::of(bodyFont()).covers(QStringLiteral("政府")));
    EXPECT_TRUE(LayoutFace::of(bodyFont()).face().isValid());
}

} // namespace
