// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "inputrules.h"
#include "report.h"

#include <QDate>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

Report reportOf(const QString &agency, int year)
{
    Report report(*Format::forYear(2021));
    report.meta.agencyName = agency;
    report.meta.year = year;
    return report;
}

} // namespace

TEST(InputRules, NamesRefuseControlAndInvisibleCharacters)
{
    using Name = InputRules::Name;
    EXPECT_FALSE(InputRules::nameRefusal(Name::Agency, QStringLiteral("南定镇人民政府")));
    EXPECT_FALSE(InputRules::nameRefusal(Name::User, QStringLiteral("王审核")));
    EXPECT_FALSE(InputRules::nameRefusal(Name::Agency, QStringLiteral("  南定镇人民政府  ")))
        << "surrounding spaces are trimmed, not refused";
    const QStringList forged = {QStringLiteral("王\n审核\tsupervisor"),
                                QStringLiteral("王\r审核"),
                                QStringLiteral("南定\x1b[31m镇"),
                                QStringLiteral("南定镇") + QChar(0x202E) + QStringLiteral("府政"),
                                QStringLiteral("南定镇") + QChar(0x2028) + QStringLiteral("府"),
                                QStringLiteral("南") + QChar(0) + QStringLiteral("定"),
                                QStringLiteral("a\tb"),
                                QStringLiteral("南定") + QChar(0x200B) + QStringLiteral("镇")};
    for (const QString &name : forged) {
        const std::optional<QString> refusal = InputRules::nameRefusal(Name::User, name);
        ASSERT_TRUE(refusal) << name.toStdString();
        EXPECT_FALSE(refusal->contains(u'\n')) << "the message itself is one clean line";
        EXPECT_FALSE(refusal->contains(QChar(0x202E)));
    }
    EXPECT_TRUE(InputRules::nameRefusal(Name::Agency, {}));
    EXPECT_TRUE(InputRules::nameRefusal(Name::Agency, QStringLiteral("   ")));
}

TEST(InputRules, NamesRefuseAbsurdLengths)
{
    const QString longest(InputRules::MaxNameLength, u'镇');
    EXPECT_FALSE(InputRules::nameRefusal(InputRules::Name::Agency, longest));
    const std::optional<QString> refusal = InputRules::nameRefusal(InputRules::Name::Agency, longest + u'镇');
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(QString::number(InputRules::MaxNameLength + 1)));
    EXPECT_TRUE(InputRules::nameRefusal(InputRules::Name::User, QString(100000, u'x')));
}

TEST(InputRules, YearsFrom2008ToNextYear)
{
    const int nextYear = QDate::currentDate().year() + 1;
    EXPECT_EQ(InputRules::lastYear(), nextYear);
    EXPECT_FALSE(InputRules::yearRefusal(2008));
    EXPECT_FALSE(InputRules::yearRefusal(2021));
    EXPECT_FALSE(InputRules::yearRefusal(nextYear));
    for (const int year : {2007, nextYear + 1, 99999, 0, -2021})
        EXPECT_TRUE(InputRules::yearRefusal(year)) << year;
    QString refusal;
    EXPECT_EQ(InputRules::parseYear(QStringLiteral("2021"), &refusal), 2021);
    EXPECT_FALSE(InputRules::parseYear(QStringLiteral("99999"), &refusal));
    EXPECT_TRUE(refusal.contains(QStringLiteral("99999")));
    EXPECT_FALSE(InputRules::parseYear(QStringLiteral("二〇二一"), &refusal));
    EXPECT_FALSE(InputRules::parseYear({}, &refusal));
}

TEST(InputRules, FileSizeLimit)
{
    EXPECT_FALSE(InputRules::fileSizeRefusal(QStringLiteral("a.txt"), InputRules::MaxFileBytes));
    const std::optional<QString> refusal =
        InputRules::fileSizeRefusal(QStringLiteral("big.txt"), InputRules::MaxFileBytes + 1);
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(QStringLiteral("big.txt")));
}

TEST(InputRules, ParagraphLimitAndNul)
{
    const QString paragraph(InputRules::MaxParagraphBytes / 3, u'政');
    EXPECT_FALSE(InputRules::textRefusal(QStringLiteral("六"), paragraph + u'\n' + paragraph))
        << "the limit is per paragraph, not per part";
    const std::optional<QString> tooLong =
        InputRules::textRefusal(QStringLiteral("六"), QStringLiteral("短\n") + paragraph + u'政');
    ASSERT_TRUE(tooLong);
    EXPECT_TRUE(tooLong->contains(QStringLiteral("2"))) << "names the paragraph: " << tooLong->toStdString();
    EXPECT_FALSE(InputRules::textRefusal(QStringLiteral("六"), QString(InputRules::MaxParagraphBytes, u'a')));
    EXPECT_TRUE(
        InputRules::textRefusal(QStringLiteral("六"), QString(InputRules::MaxParagraphBytes + 1, u'a')));
    EXPECT_TRUE(InputRules::textRefusal(QStringLiteral("六"), QStringLiteral("a") + QChar(0) + u'b'));
}

TEST(InputRules, AReportIsCheckedWhole)
{
    EXPECT_FALSE(InputRules::reportRefusal(reportOf(QStringLiteral("南定镇人民政府"), 2021)));
    EXPECT_TRUE(InputRules::reportRefusal(reportOf(QStringLiteral("南定镇\n人民政府"), 2021)));
    EXPECT_TRUE(InputRules::reportRefusal(reportOf(QStringLiteral("南定镇人民政府"), 99999)));
    Report report = reportOf(QStringLiteral("南定镇人民政府"), 2021);
    report.parts[5] = QString(InputRules::MaxParagraphBytes, u'政');
    const std::optional<QString> refusal = InputRules::reportRefusal(report);
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(report.format()->parts()[5].heading)) << refusal->toStdString();
    report = reportOf(QStringLiteral("南定镇人民政府"), 2021);
    report.meta.title = QStringLiteral("标题") + QChar(0);
    EXPECT_TRUE(InputRules::reportRefusal(report));
    report = reportOf(QStringLiteral("南定镇人民政府"), 2021);
    report.setCell(0, CellValue::invalid(QString(InputRules::MaxCellLength + 1, u'x')));
    EXPECT_TRUE(InputRules::reportRefusal(report));
}

TEST(InputRules, TheIssueDateLiesWithinTheReportYears)
{
    Report report = reportOf(QStringLiteral("南定镇人民政府"), 2021);
    report.meta.issueDate = QDate(2022, 1, 15);
    EXPECT_FALSE(InputRules::reportRefusal(report));
    // Found by the fuzzer: the reader took "-1年1月15日", which JSON and ISO dates cannot hold.
    report.meta.issueDate = QDate(-1, 1, 15);
    EXPECT_TRUE(InputRules::contentRefusal(report));
    report.meta.issueDate = QDate(20210, 1, 15);
    EXPECT_TRUE(InputRules::contentRefusal(report));
}

TEST(InputRules, ACellHoldsNoInvisibleCharacters)
{
    // Found by the fuzzer: a cell holding a byte-order mark, which the JSON parser then dropped.
    Report report = reportOf(QStringLiteral("南定镇人民政府"), 2021);
    report.setCell(0, CellValue::invalid(QString(QChar(0xFEFF))));
    EXPECT_TRUE(InputRules::contentRefusal(report));
    EXPECT_TRUE(CellValue::parse(QString(QChar(0xFEFF)), CellKind::Count).isBlank());
    EXPECT_EQ(CellValue::parse(u"\uFEFF12", CellKind::Count), CellValue::parse(u"12", CellKind::Count));
}
