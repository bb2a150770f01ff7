// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/cellinput.h"
#include "document/dateinput.h"
#include "format.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

ColumnDef column(CellKind kind, AmountUnit unit = AmountUnit::None, bool unitInCell = false)
{
    ColumnDef def;
    def.kind = kind;
    def.unit = unit;
    def.unitInCell = unitInCell;
    return def;
}

struct Accepted
{
    const char16_t *typed;
    CellKind kind;
    const char16_t *canonical; ///< CellValue::toText of what was read
};

class CellInputAccepts : public ::testing::TestWithParam<Accepted>
{
};

TEST_P(CellInputAccepts, AsPeopleTypeIt)
{
    const Accepted &c = GetParam();
    const ColumnDef def = column(c.kind, c.kind == CellKind::Amount ? AmountUnit::WanYuan : AmountUnit::None);
    QString problem;
    const std::optional<CellValue> value = CellInput::read(QString::fromUtf16(c.typed), def, &problem);
    ASSERT_TRUE(value) << problem.toStdString();
    EXPECT_EQ(value->toText(c.kind), QString::fromUtf16(c.canonical));
    EXPECT_TRUE(problem.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Forms, CellInputAccepts,
    ::testing::Values(
        Accepted{u"12", CellKind::Count, u"12"},
        // Full-width digits from an input method, with an ideographic space around them.
        Accepted{u"\u3000１２\u3000", CellKind::Count, u"12"}, Accepted{u"０", CellKind::Count, u"0"},
        // Thousands separators, half- and full-width.
        Accepted{u"1,234", CellKind::Count, u"1234"}, Accepted{u"１，２３４", CellKind::Count, u"1234"},
        Accepted{u"12,345,678", CellKind::Count, u"12345678"},
        // A trailing 件 on a count.
        Accepted{u"12件", CellKind::Count, u"12"}, Accepted{u"１２ 件", CellKind::Count, u"12"},
        Accepted{u"＋８", CellKind::SignedCount, u"+8"}, Accepted{u"－３", CellKind::SignedCount, u"-3"},
        Accepted{u"−3件", CellKind::SignedCount, u"-3"}, Accepted{u"２０．５", CellKind::Amount, u"20.5"},
        // The Chinese-mode full stop between digits is a decimal point.
        Accepted{u"20。5", CellKind::Amount, u"20.5"}, Accepted{u"1,234.5万元", CellKind::Amount, u"1234.5"},
        Accepted{u"１２．５（万元）", CellKind::Amount, u"12.5"}, Accepted{u"", CellKind::Count, u""}));

struct Refused
{
    const char16_t *typed;
    CellKind kind;
    const char16_t *mentions; ///< part of the message: what would be accepted
};

class CellInputRefuses : public ::testing::TestWithParam<Refused>
{
};

TEST_P(CellInputRefuses, SayingWhatWouldDo)
{
    const Refused &c = GetParam();
    const ColumnDef def = column(c.kind, c.kind == CellKind::Amount ? AmountUnit::WanYuan : AmountUnit::None);
    QString problem;
    EXPECT_FALSE(CellInput::read(QString::fromUtf16(c.typed), def, &problem));
    EXPECT_TRUE(problem.contains(QString::fromUtf16(c.typed).trimmed())) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QString::fromUtf16(c.mentions))) << problem.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Forms, CellInputRefuses,
                         ::testing::Values(Refused{u"abc", CellKind::Count, u"12件"},
                                           Refused{u"-3", CellKind::Count, u"1,234"},
                                           Refused{u"1.5", CellKind::Count, u"12件"},
                                           Refused{u"件", CellKind::Count, u"12件"},
                                           // A misplaced separator: a decimal comma, or a typo.
                                           Refused{u"12,5", CellKind::Count, u"1,234"},
                                           Refused{u"1,23,456", CellKind::Count, u"12,345"},
                                           Refused{u"8个", CellKind::SignedCount, u"+8"},
                                           Refused{u"1.23456", CellKind::Amount, u"20.001"},
                                           Refused{u"12元件", CellKind::Amount, u"万元"}));

TEST(CellInput, AnAmountInAnotherUnitIsRefusedWithTheSameAmountInTheColumnsUnit)
{
    QString problem;
    EXPECT_FALSE(CellInput::read(u"500元", column(CellKind::Amount, AmountUnit::WanYuan), &problem));
    EXPECT_TRUE(problem.contains(u"0.05")) << problem.toStdString();
    EXPECT_FALSE(CellInput::read(u"2万元", column(CellKind::Amount, AmountUnit::Yuan), &problem));
    EXPECT_TRUE(problem.contains(u"20000")) << problem.toStdString();
    // Not exact in 万元 with four decimals (0.00005): no number offered, only the unit.
    EXPECT_FALSE(CellInput::read(u"0.5元", column(CellKind::Amount, AmountUnit::WanYuan), &problem));
    EXPECT_FALSE(problem.contains(u"0.0000")) << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"万元")) << problem.toStdString();
}

TEST(CellInput, AMatchingUnitIsTakenAndTheUnitInTheCellIsKept)
{
    QString problem;
    const auto wan = CellInput::read(u"20.001万元", column(CellKind::Amount, AmountUnit::WanYuan), &problem);
    ASSERT_TRUE(wan);
    EXPECT_EQ(wan->unit(), AmountUnit::WanYuan);
    const auto inCell =
        CellInput::read(u"251,000元", column(CellKind::Amount, AmountUnit::None, true), &problem);
    ASSERT_TRUE(inCell);
    EXPECT_EQ(inCell->toText(CellKind::Amount, true), u"251000元");
}

TEST(CellInput, NormalizedTextIsAscii)
{
    EXPECT_EQ(CellInput::normalized(u" １，２３４件 "), u"1234件");
    EXPECT_EQ(CellInput::normalized(u"+1,000"), u"+1000");
    EXPECT_FALSE(CellInput::normalized(u",123"));
    EXPECT_FALSE(CellInput::normalized(u"1234,567"));
}

struct DateCase
{
    const char16_t *typed;
    int year;
    int month;
    int day;
};

class DateInputAccepts : public ::testing::TestWithParam<DateCase>
{
};

TEST_P(DateInputAccepts, AsPeopleTypeIt)
{
    const DateCase &c = GetParam();
    QString problem;
    const std::optional<QDate> date = DateInput::read(QString::fromUtf16(c.typed), &problem);
    ASSERT_TRUE(date) << problem.toStdString();
    EXPECT_EQ(*date, QDate(c.year, c.month, c.day));
}

INSTANTIATE_TEST_SUITE_P(
    Forms, DateInputAccepts,
    ::testing::Values(DateCase{u"2022-01-20", 2022, 1, 20}, DateCase{u"2022-1-20", 2022, 1, 20},
                      DateCase{u"2022年1月20日", 2022, 1, 20}, DateCase{u"2022年01月20日", 2022, 1, 20},
                      DateCase{u"２０２２年１月２０日", 2022, 1, 20}, DateCase{u"2022.1.20", 2022, 1, 20},
                      DateCase{u"2022/1/20", 2022, 1, 20}, DateCase{u"２０２２．１．２０", 2022, 1, 20},
                      DateCase{u"20220120", 2022, 1, 20}, DateCase{u"二〇二二年一月二十日", 2022, 1, 20}));

TEST(DateInput, EmptyIsNoDate)
{
    QString problem;
    const std::optional<QDate> date = DateInput::read(u"  ", &problem);
    ASSERT_TRUE(date);
    EXPECT_FALSE(date->isValid());
}

TEST(DateInput, WhatIsNotADateIsRefusedWithTheFormsThatDo)
{
    for (const QString &typed : {QStringLiteral("2022年2月30日"), QStringLiteral("20.1.2022"),
                                 QStringLiteral("明年一月"), QStringLiteral("2022-13-01")}) {
        QString problem;
        EXPECT_FALSE(DateInput::read(typed, &problem)) << typed.toStdString();
        EXPECT_TRUE(problem.contains(typed)) << problem.toStdString();
        EXPECT_TRUE(problem.contains(u"2022年1月20日")) << problem.toStdString();
    }
}

} // namespace
