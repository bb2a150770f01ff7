// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "document/pasteplan.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;
using namespace Qt::StringLiterals;

namespace {

class PastePlanTest : public ::testing::Test
{
protected:
    int table(const char *id) const { return report.format()->tableIndex(QString::fromLatin1(id)); }
    PastePlan paste(const char *tableId, int row, int column, const QString &text) const
    {
        return PastePlan::make(report, table(tableId), row, column, PastePlan::parse(text));
    }
    /// The cell ids the plan writes, with their values as text.
    QStringList written(const PastePlan &plan) const
    {
        QStringList cells;
        for (const CellEdit &edit : plan.edits())
            cells.append(report.format()->cellId(edit.first) + u'=' + edit.second.toText(CellKind::Count));
        return cells;
    }
    static QString row(int count, int first = 1)
    {
        QStringList values;
        for (int i = 0; i < count; ++i)
            values.append(QString::number(first + i));
        return values.join(u'\t');
    }

    Report report = emptyReport(2021);
};

TEST_F(PastePlanTest, ParsesRowsAndTabsAsSpreadsheetsCopyThem)
{
    const PastePlan::Block block = PastePlan::parse(QStringLiteral("1\t2\r\n3\t\r\n"));
    ASSERT_EQ(block.size(), 2);
    EXPECT_EQ(block[0], (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_EQ(block[1], (QStringList{QStringLiteral("3"), QString()}));
}

TEST_F(PastePlanTest, TwelveValuesGoOntoTheTwelveInputCellsOfPartFour)
{
    const PastePlan plan = paste("p4", 0, 0, row(12));
    ASSERT_TRUE(plan.isAccepted()) << plan.problem().toStdString();
    EXPECT_TRUE(plan.skippedTotals());
    EXPECT_EQ(written(plan),
              (QStringList{u"p4/cases/review_upheld=1"_s, u"p4/cases/review_corrected=2"_s,
                           u"p4/cases/review_other=3"_s, u"p4/cases/review_pending=4"_s,
                           u"p4/cases/direct_upheld=5"_s, u"p4/cases/direct_corrected=6"_s,
                           u"p4/cases/direct_other=7"_s, u"p4/cases/direct_pending=8"_s,
                           u"p4/cases/after_review_upheld=9"_s, u"p4/cases/after_review_corrected=10"_s,
                           u"p4/cases/after_review_other=11"_s, u"p4/cases/after_review_pending=12"_s}));
}

TEST_F(PastePlanTest, FifteenValuesWithTotalsThatAgreeAreTakenAsTheyStand)
{
    const PastePlan plan = paste("p4", 0, 0, u"1\t2\t3\t4\t10\t0\t0\t1\t0\t1\t0\t0\t0\t0\t0"_s);
    ASSERT_TRUE(plan.isAccepted()) << plan.problem().toStdString();
    EXPECT_FALSE(plan.skippedTotals());
    EXPECT_EQ(plan.edits().size(), 12);
    EXPECT_EQ(written(plan).first(), u"p4/cases/review_upheld=1"_s);
    EXPECT_EQ(written(plan)[4], u"p4/cases/direct_upheld=0"_s);
}

TEST_F(PastePlanTest, ATotalThatDisagreesRefusesTheWholePasteNamingTheValue)
{
    const PastePlan plan = paste("p4", 0, 0, u"1\t2\t3\t4\t11\t0\t0\t1\t0\t1\t0\t0\t0\t0\t0"_s);
    EXPECT_FALSE(plan.isAccepted());
    EXPECT_TRUE(plan.edits().isEmpty());
    EXPECT_TRUE(plan.problem().contains(u"11")) << plan.problem().toStdString();
    EXPECT_TRUE(plan.problem().contains(u"10")) << plan.problem().toStdString();
    EXPECT_TRUE(plan.problem().contains(
        report.format()->cellName(report.format()->cellIndex(u"p4/cases/review_total"_s))))
        << plan.problem().toStdString();
}

TEST_F(PastePlanTest, ACountThatFitsNeitherWayIsRefusedWithTheCounts)
{
    const PastePlan plan = paste("p4", 0, 0, row(13));
    EXPECT_FALSE(plan.isAccepted());
    EXPECT_TRUE(plan.edits().isEmpty());
    for (const char16_t *count : {u"13", u"15", u"12", u"3"})
        EXPECT_TRUE(plan.problem().contains(QString::fromUtf16(count))) << plan.problem().toStdString();
}

TEST_F(PastePlanTest, ABlockThatWouldLandOnATotalShortOfTheEdgeIsRefused)
{
    // Five values from 结果维持: the fifth would be 行政复议·总计, and the row goes on.
    const PastePlan plan = paste("p4", 0, 0, row(5));
    EXPECT_FALSE(plan.isAccepted());
    EXPECT_TRUE(plan.edits().isEmpty());
}

TEST_F(PastePlanTest, ABlockBesideTheTotalsIsTakenAsItStands)
{
    const PastePlan plan = paste("p4", 0, 5, row(4));
    ASSERT_TRUE(plan.isAccepted()) << plan.problem().toStdString();
    EXPECT_FALSE(plan.skippedTotals());
    EXPECT_EQ(written(plan).first(), u"p4/cases/direct_upheld=1"_s);
    EXPECT_EQ(written(plan).last(), u"p4/cases/direct_pending=4"_s);
}

TEST_F(PastePlanTest, AColumnPastedDownAcrossTheGroupsSkipsTheTotalRow)
{
    const TableDef &p3 = report.format()->table(table("p3"));
    QStringList lines;
    for (int i = 1; i <= 24; ++i)
        lines.append(QString::number(i));
    const PastePlan plan = paste("p3", 0, 0, lines.join(u'\n'));
    ASSERT_TRUE(plan.isAccepted()) << plan.problem().toStdString();
    EXPECT_TRUE(plan.skippedTotals());
    ASSERT_EQ(plan.edits().size(), 24);
    EXPECT_EQ(written(plan)[22], u"p3/other_misc/natural=23"_s);
    // The 24th value goes to 四、结转下年度, below the computed （七）总计.
    EXPECT_EQ(written(plan)[23], u"p3/carry_next/natural=24"_s);
    EXPECT_EQ(p3.rows.size(), 25);
}

TEST_F(PastePlanTest, AColumnOfTwentyFiveWithItsTotalIsTakenAsItStands)
{
    QStringList lines{QStringLiteral("5"), QStringLiteral("0")};
    for (int i = 0; i < 21; ++i)
        lines.append(i < 2 ? QStringLiteral("2") : QStringLiteral("0"));
    lines.append(QStringLiteral("4"));
    lines.append(QStringLiteral("1"));
    const PastePlan plan = paste("p3", 0, 0, lines.join(u'\n'));
    ASSERT_TRUE(plan.isAccepted()) << plan.problem().toStdString();
    EXPECT_EQ(plan.edits().size(), 24);
}

TEST_F(PastePlanTest, AValueThatCannotBeReadIsNamedAndNothingIsPasted)
{
    const PastePlan plan = paste("p3", 0, 0, u"1\t2\t3\n4\t五\t6"_s);
    EXPECT_FALSE(plan.isAccepted());
    EXPECT_TRUE(plan.edits().isEmpty());
    EXPECT_TRUE(plan.problem().contains(u"五")) << plan.problem().toStdString();
    EXPECT_TRUE(plan.problem().contains(
        report.format()->cellName(report.format()->cellIndex(u"p3/carried/business"_s))))
        << plan.problem().toStdString();
}

TEST_F(PastePlanTest, ValuesAsPeopleTypeThemArePasted)
{
    const PastePlan plan = paste("p3", 0, 0, u"１２\t1,234\t3件"_s);
    ASSERT_TRUE(plan.isAccepted()) << plan.problem().toStdString();
    EXPECT_EQ(written(plan), (QStringList{u"p3/received/natural=12"_s, u"p3/received/business=1234"_s,
                                          u"p3/received/research=3"_s}));
}

TEST_F(PastePlanTest, ABlockWiderThanATableWithoutTotalsIsRefused)
{
    const PastePlan plan = paste("p2.item1", 0, 0, row(4));
    EXPECT_FALSE(plan.isAccepted());
    EXPECT_TRUE(plan.problem().contains(u"4")) << plan.problem().toStdString();
    EXPECT_TRUE(plan.problem().contains(u"3")) << plan.problem().toStdString();
}

TEST_F(PastePlanTest, ABlockLongerThanTheTableIsRefused)
{
    const PastePlan plan = paste("p2.item1", 1, 0, u"1\n2"_s);
    EXPECT_FALSE(plan.isAccepted());
}

TEST_F(PastePlanTest, OneValueOnATotalIsRefusedAsATotal)
{
    const PastePlan plan = paste("p4", 0, 4, u"7"_s);
    EXPECT_FALSE(plan.isAccepted());
    EXPECT_TRUE(plan.problem().contains(
        report.format()->cellName(report.format()->cellIndex(u"p4/cases/review_total"_s))))
        << plan.problem().toStdString();
}

TEST_F(PastePlanTest, AnEmptyClipboardIsRefused)
{
    EXPECT_FALSE(paste("p3", 0, 0, QString()).isAccepted());
}

} // namespace
