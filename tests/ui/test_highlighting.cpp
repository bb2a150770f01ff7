// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's syntax definition: found in the resources, valid, and giving each element of the
// text layout its format.
#include "preview/highlightingrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QFile>
#include <QPalette>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

struct Span
{
    int offset;
    int length;
    QString format;
};

// Collects the formats the definition gives to one line, the way the KF6 autotests do.
class FormatCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    FormatCollector() { setDefinition(HighlightingRepository::reportDefinition()); }

    /// The spans of one line; with a state, continues from it and leaves the state after the line.
    QList<Span> highlight(const QString &line, KSyntaxHighlighting::State *state = nullptr)
    {
        m_spans.clear();
        const KSyntaxHighlighting::State after =
            highlightLine(line, state ? *state : KSyntaxHighlighting::State());
        if (state)
            *state = after;
        return m_spans;
    }

    /// The format of the text starting at offset (empty when no span starts there).
    QString formatAt(const QString &line, int offset)
    {
        for (const Span &span : highlight(line)) {
            if (span.offset <= offset && offset < span.offset + span.length)
                return span.format;
        }
        return {};
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        m_spans.append(Span{offset, length, format.name()});
    }

private:
    QList<Span> m_spans;
};

struct LineCase
{
    const char *id; ///< the test's name: ASCII, unlike the line
    const char *line;
    const char *text; ///< a piece of the line
    const char *format;
};

void PrintTo(const LineCase &value, std::ostream *os)
{
    *os << value.id;
}

class SyntaxLine : public ::testing::TestWithParam<LineCase>
{
};

} // namespace

TEST(SyntaxDefinition, IsFoundInTheResourcesAndValid)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/nianbao/highlighting/syntax/nianbao-report.xml")));
    const KSyntaxHighlighting::Definition definition = HighlightingRepository::reportDefinition();
    ASSERT_TRUE(definition.isValid());
    EXPECT_EQ(definition.name(), HighlightingRepository::reportDefinitionName());
    EXPECT_TRUE(definition.filePath().startsWith(u':')) << definition.filePath().toStdString();
    QStringList names;
    for (const KSyntaxHighlighting::Format &format : definition.formats())
        names.append(format.name());
    for (const char *expected : {"Title", "Document Number", "Part Heading", "Sub-part Marker", "Item Marker",
                                 "Point Marker", "Statute Item", "Balance Note", "Cell Label", "Blank Cell",
                                 "Number", "Signed Increment", "Amount", "Date", "Issuer", "Copy To"})
        EXPECT_TRUE(names.contains(QString::fromUtf8(expected))) << expected;
}

TEST(SyntaxDefinition, ThemeFollowsThePalette)
{
    QPalette dark;
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Text, Qt::white);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    const KSyntaxHighlighting::Theme darkTheme = HighlightingRepository::themeFor(dark);
    const KSyntaxHighlighting::Theme lightTheme = HighlightingRepository::themeFor(light);
    ASSERT_TRUE(darkTheme.isValid());
    ASSERT_TRUE(lightTheme.isValid());
    EXPECT_NE(darkTheme.name(), lightTheme.name());
    EXPECT_LT(
        QColor::fromRgba(darkTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness(),
        QColor::fromRgba(lightTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness());
}

TEST_P(SyntaxLine, GivesTheFormat)
{
    const QString line = QString::fromUtf8(GetParam().line);
    const int offset = int(line.indexOf(QString::fromUtf8(GetParam().text)));
    ASSERT_GE(offset, 0);
    FormatCollector collector;
    const QString text = QString::fromUtf8(GetParam().text);
    // Every character of the piece carries the format.
    for (int i = offset; i < offset + text.size(); ++i)
        EXPECT_EQ(collector.formatAt(line, i), QString::fromUtf8(GetParam().format)) << "at " << i;
}

INSTANTIATE_TEST_SUITE_P(
    Layout, SyntaxLine,
    ::testing::Values(
        LineCase{"DocumentNumber", "坎政〔2021〕1号", "坎政〔2021〕1号", "Document Number"},
        LineCase{"Title", "坎市镇2020年政府信息公开工作年度报告", "坎市镇2020年政府信息公开工作年度报告",
                 "Title"},
        LineCase{"PartHeading", "一、总体情况", "一、总体情况", "Part Heading"},
        LineCase{"PartHeadingLong", "四、政府信息公开行政复议、行政诉讼情况",
                 "四、政府信息公开行政复议、行政诉讼情况", "Part Heading"},
        LineCase{"SubPartMarker", "（一）主动公开政府信息情况", "（一）", "Sub-part Marker"},
        LineCase{"SubPartText", "（一）主动公开政府信息情况", "主动公开", "Normal Text"},
        LineCase{"ItemMarker", "1.加强政策解读，主动引导预期", "1.", "Item Marker"},
        LineCase{"PointMarkerYiShi", "一是部分信息公开时效性差。", "一是", "Point Marker"},
        LineCase{"PointMarkerDiEr", "第二，注重细化，明确要求。", "第二，", "Point Marker"},
        LineCase{"NarrativeNumber", "累计主动公开政府信息260条", "260", "Number"},
        LineCase{"NarrativeAmount", "收取信息处理费1.5万元。", "1.5万元", "Amount"},
        LineCase{"StatuteItem", "\t第二十条第（一）项", "第二十条第（一）项", "Statute Item"},
        LineCase{"StatuteItemSpaced", "\t第二十条 第（五）项", "第二十条 第（五）项", "Statute Item"},
        LineCase{"BalanceNote", "\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                 "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "Balance Note"},
        LineCase{"CellLabel", "\t行政规范性文件", "行政规范性文件", "Cell Label"},
        LineCase{"CellLabelNumbered", "\t1.属于国家秘密", "1.属于国家秘密", "Cell Label"},
        LineCase{"CellNumber", "\t805", "805", "Number"},
        LineCase{"CellIncrement", "\t+8", "+8", "Signed Increment"},
        LineCase{"CellDecrement", "\t-233", "-233", "Signed Increment"},
        LineCase{"CellAmount", "\t4068.208", "4068.208", "Amount"},
        LineCase{"CellAmountUnit", "\t20.001万元", "20.001万元", "Amount"},
        LineCase{"BlankCell", "\t", "\t", "Blank Cell"},
        LineCase{"Date", "2021年1月15日", "2021年1月15日", "Date"},
        LineCase{"Issuer", "坎市镇人民政府", "坎市镇人民政府", "Issuer"},
        LineCase{"CopyTo", "抄送：区政府办公室（数字办）。", "抄送：", "Copy To"}),
    [](const ::testing::TestParamInfo<LineCase> &info) { return std::string(info.param.id); });

TEST(SyntaxDefinition, NoStateLeaksToTheNextLine)
{
    FormatCollector collector;
    KSyntaxHighlighting::State state;
    collector.highlight(QStringLiteral("\t行政许可"), &state);
    // After a cell line, a narrative line is narrative again: text normal, its figure a Number.
    const QList<Span> spans = collector.highlight(QStringLiteral("我镇共受理申请3件"), &state);
    ASSERT_EQ(spans.size(), 3);
    EXPECT_EQ(spans[0].format, QStringLiteral("Normal Text"));
    EXPECT_EQ(spans[1].format, QStringLiteral("Number"));
    EXPECT_EQ(spans[1].offset, 7);
}
