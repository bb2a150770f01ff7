// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/selectionsummary.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

CellValue wan(const char *text)
{
    return CellValue::amount(*Decimal::parse(QString::fromLatin1(text)), AmountUnit::WanYuan);
}

TEST(SelectionSummary, AddsTheNumbersAndSkipsBlanks)
{
    const SelectionSummary summary =
        SelectionSummary::of({CellValue::count(3), CellValue(), CellValue::count(4), CellValue::count(0)});
    EXPECT_EQ(summary.numbers(), 3);
    EXPECT_EQ(summary.sum(), Decimal::fromInteger(7));
    // 7 / 3 = 2.33333…: four places, rounded.
    EXPECT_EQ(summary.average(), Decimal::parse(u"2.3333"));
    EXPECT_TRUE(summary.text().contains(u"7")) << summary.text().toStdString();
    EXPECT_TRUE(summary.text().contains(u"2.3333")) << summary.text().toStdString();
}

TEST(SelectionSummary, AmountsAddUpExactly)
{
    const SelectionSummary summary = SelectionSummary::of({wan("0.1"), wan("0.2"), wan("20.0015")});
    EXPECT_EQ(summary.sum(), Decimal::parse(u"20.3015"));
    EXPECT_EQ(summary.average(), Decimal::parse(u"6.7672"));
}

TEST(SelectionSummary, AmountsInDifferentUnitsAreNotAddedUp)
{
    const SelectionSummary summary =
        SelectionSummary::of({wan("1"), CellValue::amount(Decimal::fromInteger(500), AmountUnit::Yuan)});
    EXPECT_EQ(summary.numbers(), 2);
    EXPECT_FALSE(summary.sum());
    EXPECT_FALSE(summary.text().isEmpty());
}

TEST(SelectionSummary, OneCellOrNoNumberSaysLittle)
{
    EXPECT_TRUE(SelectionSummary::of({CellValue::count(5)}).text().isEmpty());
    const SelectionSummary blanks = SelectionSummary::of({CellValue(), CellValue()});
    EXPECT_FALSE(blanks.sum());
    EXPECT_FALSE(blanks.average());
    EXPECT_TRUE(blanks.text().contains(u"0"));
}

TEST(SelectionSummary, NegativeChangesAverageRoundedAwayFromZero)
{
    const SelectionSummary summary = SelectionSummary::of({CellValue::count(-1), CellValue::count(-2)});
    EXPECT_EQ(summary.sum(), Decimal::fromInteger(-3));
    EXPECT_EQ(summary.average(), Decimal::parse(u"-1.5"));
}

} // namespace
