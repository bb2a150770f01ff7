// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "review/comment.h"
#include "review/revisiondiff.h"
#include "review/textdiff.h"
#include "storetestsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

using Kind = DiffSegment::Kind;

struct TextDiffCase
{
    const char *name;
    const char16_t *oldText;
    const char16_t *newText;
    QList<DiffSegment> expected;
};

class TextDiffTest : public ::testing::TestWithParam<TextDiffCase>
{
};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

} // namespace

TEST_P(TextDiffTest, ComparesBySentence)
{
    const TextDiffCase &c = GetParam();
    const QList<DiffSegment> segments = TextDiff::compare(text(c.oldText), text(c.newText));
    EXPECT_EQ(segments, c.expected);
    // Whatever the diff, it gives both texts back.
    QString before;
    QString after;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != Kind::Added)
            before += segment.text;
        if (segment.kind != Kind::Removed)
            after += segment.text;
    }
    EXPECT_EQ(before, text(c.oldText));
    EXPECT_EQ(after, text(c.newText));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TextDiffTest,
    ::testing::Values(
        TextDiffCase{"Same", u"甲。乙。", u"甲。乙。", {{Kind::Same, QStringLiteral("甲。乙。")}}},
        TextDiffCase{"Appended",
                     u"甲。乙。",
                     u"甲。乙。丙！",
                     {{Kind::Same, QStringLiteral("甲。乙。")}, {Kind::Added, QStringLiteral("丙！")}}},
        TextDiffCase{"Removed",
                     u"甲。乙？丙。",
                     u"甲。丙。",
                     {{Kind::Same, QStringLiteral("甲。")},
                      {Kind::Removed, QStringLiteral("乙？")},
                      {Kind::Same, QStringLiteral("丙。")}}},
        TextDiffCase{"ChangedSentenceIsRemovedThenAdded",
                     u"共收到申请5件。办结4件。",
                     u"共收到申请6件。办结4件。",
                     {{Kind::Removed, QStringLiteral("共收到申请5件。")},
                      {Kind::Added, QStringLiteral("共收到申请6件。")},
                      {Kind::Same, QStringLiteral("办结4件。")}}},
        TextDiffCase{"TwoChangedSentencesStayGrouped",
                     u"甲。乙。丙。",
                     u"甲一。乙一。丙。",
                     {{Kind::Removed, QStringLiteral("甲。乙。")},
                      {Kind::Added, QStringLiteral("甲一。乙一。")},
                      {Kind::Same, QStringLiteral("丙。")}}},
        TextDiffCase{"LinesAreSentences",
                     u"第一行\n第二行",
                     u"第一行\n第二行改",
                     {{Kind::Same, QStringLiteral("第一行\n")},
                      {Kind::Removed, QStringLiteral("第二行")},
                      {Kind::Added, QStringLiteral("第二行改")}}},
        TextDiffCase{"FromEmpty", u"", u"新写的。", {{Kind::Added, QStringLiteral("新写的。")}}},
        TextDiffCase{"ToEmpty", u"旧的。", u"", {{Kind::Removed, QStringLiteral("旧的。")}}}),
    [](const ::testing::TestParamInfo<TextDiffCase> &info) { return std::string(info.param.name); });

TEST(TextDiff, SentencesKeepTheirClosingMarksAndLineBreaks)
{
    EXPECT_EQ(TextDiff::sentences(QStringLiteral("他说：“好。”然后走了！！\n下一段；结尾")),
              (QStringList{QStringLiteral("他说：“好。”"), QStringLiteral("然后走了！！\n"),
                           QStringLiteral("下一段；"), QStringLiteral("结尾")}));
    EXPECT_TRUE(TextDiff::sentences({}).isEmpty());
}

TEST(TextDiff, PlainTextMarksRemovedAndAdded)
{
    EXPECT_EQ(TextDiff::toText(TextDiff::compare(QStringLiteral("甲。乙。"), QStringLiteral("甲。丙。"))),
              QStringLiteral("甲。[-乙。-]{+丙。+}"));
}

TEST(RevisionDiff, ListsCellsNarrativeAndMetadata)
{
    const Report before = test::sampleReport(QStringLiteral("南定镇"), 2021);
    Report after = before;
    const Format &format = *before.format();
    const int received = format.cellIndex(QStringLiteral("p3/received/natural"));
    const int fee = format.cellIndex(QStringLiteral("p2.item8/fees/fee_amount"));
    after.setCell(received, CellValue::count(99));
    after.setCell(fee, CellValue());
    after.parts[2] += QStringLiteral("新增一句。");
    after.meta.documentNumber = QStringLiteral("南政〔2022〕2号");

    const RevisionDiff diff = RevisionDiff::compare(before, after);
    ASSERT_EQ(diff.cells.size(), 2);
    // In the order the report prints its cells: part 二 before part 三.
    EXPECT_EQ(diff.cells[0].cellId, QStringLiteral("p2.item8/fees/fee_amount"));
    EXPECT_EQ(diff.cells[0].oldText, QStringLiteral("4068.208"));
    EXPECT_EQ(diff.cells[0].newText, QString());
    EXPECT_EQ(diff.cells[1].cell, received);
    EXPECT_EQ(diff.cells[1].newText, QStringLiteral("99"));
    EXPECT_EQ(diff.cells[1].name, format.cellName(received));
    EXPECT_TRUE(diff.changesCell(QStringLiteral("p3/received/natural")));
    EXPECT_FALSE(diff.changesCell(QStringLiteral("p3/received/business")));
    ASSERT_EQ(diff.narrative.size(), 1);
    EXPECT_EQ(diff.narrative[0].part, 3);
    EXPECT_EQ(diff.narrative[0].name, format.parts()[2].heading);
    ASSERT_EQ(diff.meta.size(), 1);
    EXPECT_EQ(diff.meta[0].field, QStringLiteral("documentNumber"));
    EXPECT_EQ(diff.meta[0].newValue, QStringLiteral("南政〔2022〕2号"));
    EXPECT_TRUE(diff.toText().contains(QStringLiteral("{+新增一句。+}")));
    EXPECT_TRUE(RevisionDiff::compare(before, before).isEmpty());
}

TEST(RevisionDiff, AcrossFormatsComparesByCellId)
{
    Report before = test::sampleReport(QStringLiteral("南定镇"), 2020);
    Report after = before;
    after.setFormat(*Format::byId(QStringLiteral("2021")));
    const RevisionDiff diff = RevisionDiff::compare(before, after);
    // 2019's p2.item9 procurement table has no counterpart in 2021: its cells show as emptied.
    EXPECT_TRUE(diff.changesCell(QStringLiteral("p2.item9/procurement/projects")));
    EXPECT_FALSE(diff.changesCell(QStringLiteral("p3/received/natural")));
}

namespace {

struct LocateCase
{
    const char *name;
    const char16_t *edited;
    std::optional<int> expected;
};

class CommentAnchorLocate : public ::testing::TestWithParam<LocateCase>
{
};

} // namespace

TEST_P(CommentAnchorLocate, FindsThePassageAfterEdits)
{
    const QString original = QStringLiteral("本年共收到申请5件。其中予以公开3件。");
    const CommentAnchor anchor = CommentAnchor::ofPassage(1, original, 10, 8);
    ASSERT_EQ(anchor.quote, QStringLiteral("其中予以公开3件"));
    EXPECT_EQ(anchor.locate(text(GetParam().edited)), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Edits, CommentAnchorLocate,
    ::testing::Values(LocateCase{"Unchanged", u"本年共收到申请5件。其中予以公开3件。", 10},
                      LocateCase{"TextInsertedBefore", u"2021年，本年共收到申请5件。其中予以公开3件。", 16},
                      LocateCase{"TextDeletedBefore", u"收到申请5件。其中予以公开3件。", 7},
                      LocateCase{"NearestOfTwo", u"其中予以公开3件。本年共收到申请5件。其中予以公开3件。",
                                 19},
                      LocateCase{"QuoteGone", u"本年共收到申请5件。其中予以公开4件。", std::nullopt}),
    [](const ::testing::TestParamInfo<LocateCase> &info) { return std::string(info.param.name); });

TEST(CommentAnchor, KindIdsRoundTrip)
{
    for (const CommentAnchor::Kind kind :
         {CommentAnchor::Kind::Report, CommentAnchor::Kind::Cell, CommentAnchor::Kind::Table,
          CommentAnchor::Kind::Part, CommentAnchor::Kind::Passage})
        EXPECT_EQ(CommentAnchor::kindFromId(CommentAnchor::kindId(kind)), kind);
    EXPECT_FALSE(CommentAnchor::kindFromId(QStringLiteral("cellar")));
}
