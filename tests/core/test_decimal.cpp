// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellvalue.h"
#include "decimal.h"
#include "testsupport.h"
#include "textlayout/labeltext.h"

#include <gtest/gtest.h>

using namespace nianbao;

TEST(Decimal, ParsesAndPrintsExactly)
{
    EXPECT_EQ(Decimal::parse(u"20.001")->units(), 200010);
    EXPECT_EQ(Decimal::parse(u"20.001")->toString(), QStringLiteral("20.001"));
    EXPECT_EQ(Decimal::parse(u"75627.00")->toString(), QStringLiteral("75627"));
    EXPECT_EQ(Decimal::parse(u"-233")->toString(), QStringLiteral("-233"));
    EXPECT_EQ(Decimal::parse(u"+8")->integerPart(), 8);
    EXPECT_EQ((*Decimal::parse(u"0.1") + *Decimal::parse(u"0.2")), *Decimal::parse(u"0.3"));
}

TEST(Decimal, RefusesWhatIsNotADecimal)
{
    for (const char16_t *text :
         {u"", u"abc", u"1.", u".5", u"1.23456", u"1,000", u"１２", u"--1", u"99999999999999999999"})
        EXPECT_FALSE(Decimal::parse(text).has_value()) << QString::fromUtf16(text).toStdString();
}

TEST(CellValue, BlankIsNotZero)
{
    EXPECT_TRUE(CellValue::parse(u"", CellKind::Count).isBlank());
    EXPECT_TRUE(CellValue::parse(u" \u00a0\u3000", CellKind::Count).isBlank());
    const CellValue zero = CellValue::parse(u"0", CellKind::Count);
    EXPECT_TRUE(zero.isNumber());
    EXPECT_NE(zero, CellValue());
}

TEST(CellValue, KindsAcceptOnlyTheirNumbers)
{
    EXPECT_TRUE(CellValue::parse(u"-3", CellKind::Count).isInvalid());
    EXPECT_TRUE(CellValue::parse(u"1.5", CellKind::Count).isInvalid());
    EXPECT_EQ(CellValue::parse(u"+8", CellKind::SignedCount).integer(), 8);
    EXPECT_EQ(CellValue::parse(u"-233", CellKind::SignedCount).integer(), -233);
    EXPECT_EQ(CellValue::parse(u"+8", CellKind::SignedCount).toText(CellKind::SignedCount),
              QStringLiteral("+8"));
    EXPECT_TRUE(CellValue::parse(u"1.23456", CellKind::Amount).isInvalid());
    EXPECT_EQ(CellValue::parse(u"abc", CellKind::Count).invalidText(), QStringLiteral("abc"));
}

TEST(CellValue, AmountsKeepTheUnitTheCellStates)
{
    const CellValue wan = CellValue::parse(u"1983.6271（万元）", CellKind::Amount);
    EXPECT_EQ(wan.unit(), AmountUnit::WanYuan);
    EXPECT_EQ(wan.number().units(), 19836271);
    EXPECT_EQ(CellValue::parse(u"251000元", CellKind::Amount).unit(), AmountUnit::Yuan);
    EXPECT_EQ(CellValue::parse(u"20.001万元", CellKind::Amount).toText(CellKind::Amount, true),
              QStringLiteral("20.001万元"));
    const CellValue bare = CellValue::parse(u"49966945.1", CellKind::Amount);
    EXPECT_EQ(bare.unit(), AmountUnit::None);
    EXPECT_EQ(bare.toText(CellKind::Amount, true), QStringLiteral("49966945.1"));
}

// Cells and labels read the same characters as blank: a label that a copy left a zero-width space
// in is still the official one, and a cell holding only such characters is still empty.
class BlankCharacter : public ::testing::TestWithParam<char16_t>
{
};

TEST_P(BlankCharacter, IsBlankInCellsAndLabelsAlike)
{
    const QString blank = QString(QChar(GetParam()));
    EXPECT_TRUE(CellValue::parse(QString(blank + blank), CellKind::Count).isBlank());
    EXPECT_EQ(CellValue::parse(QString(blank + u"12" + blank), CellKind::Count), CellValue::count(12));
    EXPECT_TRUE(LabelText::isBlank(QString(blank + blank)));
    EXPECT_EQ(LabelText::normalized(QString(blank + u"（七）总计" + blank)),
              LabelText::normalized(u"（七）总计"));
}

INSTANTIATE_TEST_SUITE_P(Characters, BlankCharacter,
                         ::testing::Values(u' ', u'\t', u'\u00A0', u'\u3000', u'\uFEFF', u'\u200B'));
