// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "validation/validator.h"

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

/// The findings of a published report, "rule" per finding, and the report it was read into.
struct SeedFindings
{
    Report report;
    QList<Finding> findings;

    QList<Finding> of(const char *rule) const
    {
        QList<Finding> result;
        for (const Finding &finding : findings) {
            if (finding.rule == QLatin1StringView(rule))
                result.append(finding);
        }
        return result;
    }
    QStringList errors() const
    {
        QStringList result;
        for (const Finding &finding : findings) {
            if (finding.severity == Severity::Error)
                result.append(finding.rule + u": " + finding.message);
        }
        return result;
    }
    /// The columns of the cells a finding concerns, by id.
    QStringList columnsOf(const Finding &finding) const
    {
        QStringList columns;
        for (const Location &location : finding.where) {
            if (location.kind == Location::Kind::Cell)
                columns.append(report.format()->cellId(location.cell).section(u'/', 2));
        }
        return columns;
    }
};

SeedFindings validateSeed(const char *name)
{
    const ReadResult read = ReportReader::read(test::readSeed(QString::fromLatin1(name)));
    EXPECT_TRUE(read.isReport) << name;
    return {read.report, Validator::validate(read.report)};
}

} // namespace

TEST(ValidatorSeeds, Nanfeng2019HasNoErrors)
{
    const SeedFindings seed = validateSeed("2019_nanfeng");
    EXPECT_EQ(seed.report.format()->id(), QStringLiteral("2019"));
    EXPECT_EQ(seed.errors(), QStringList());
    // The only figure the narrative could contradict is 行政复议1件 (part 四 holds zeros).
    for (const Finding &finding : seed.of("narrative.number")) {
        EXPECT_EQ(finding.severity, Severity::Warning);
        EXPECT_TRUE(finding.message.contains(QStringLiteral("行政复议1件"))) << finding.message.toStdString();
    }
}

TEST(ValidatorSeeds, Nanding2021NamesAnotherTownAndNoFee)
{
    const SeedFindings seed = validateSeed("2021_nanding");
    EXPECT_EQ(seed.errors(), QStringList());
    const QList<Finding> foreign = seed.of("narrative.foreign-agency");
    ASSERT_EQ(foreign.size(), 1);
    EXPECT_TRUE(foreign[0].message.contains(QStringLiteral("“金山镇”")));
    const Location &place = foreign[0].where.front();
    EXPECT_EQ(place.part, 1);
    EXPECT_EQ(seed.report.parts[0].mid(place.offset, place.length), QStringLiteral("金山镇"));
    EXPECT_EQ(seed.of("fee.statement").size(), 1);
    EXPECT_FALSE(seed.of("date.missing").isEmpty());
}

TEST(ValidatorSeeds, Qingtang2019BreaksTheBalanceAndLeavesARowBlank)
{
    const SeedFindings seed = validateSeed("2019_qingtang");
    const QList<Finding> balance = seed.of("balance");
    ASSERT_EQ(balance.size(), 2);
    EXPECT_EQ(balance[0].severity, Severity::Error);
    EXPECT_TRUE(seed.columnsOf(balance[0]).contains(QStringLiteral("other_org")));
    EXPECT_TRUE(seed.columnsOf(balance[1]).contains(QStringLiteral("total")));
    bool partialRowBlank = false;
    for (const Finding &finding : seed.of("cell.blank")) {
        if (finding.message.startsWith(QStringLiteral("三、（二）部分公开：整行未填写")) &&
            finding.where.size() == 7)
            partialRowBlank = true;
    }
    EXPECT_TRUE(partialRowBlank);
}

TEST(ValidatorSeeds, Honghe2020HasBlanksButNoTotalErrors)
{
    const SeedFindings seed = validateSeed("2020_honghe");
    EXPECT_EQ(seed.errors(), QStringList());
    // Whole blank rows are reported together: a handful of findings, yet every blank cell is in one.
    const QList<Finding> blanks = seed.of("cell.blank");
    EXPECT_GE(blanks.size(), 3);
    EXPECT_LE(blanks.size(), 8);
    qsizetype blankCells = 0;
    for (const Finding &finding : blanks)
        blankCells += finding.where.size();
    qsizetype expected = 0;
    for (const CellValue &value : seed.report.cells())
        expected += value.isBlank() ? 1 : 0;
    EXPECT_EQ(blankCells, expected);
    const QList<Finding> amount = seed.of("amount.unit");
    ASSERT_EQ(amount.size(), 1);
    EXPECT_TRUE(amount[0].message.contains(QStringLiteral("49966945.1"))) << amount[0].message.toStdString();
    EXPECT_TRUE(amount[0].message.endsWith(QStringLiteral("应是元")));
    const QList<Finding> self = seed.of("narrative.self-reference");
    ASSERT_EQ(self.size(), 1);
    EXPECT_TRUE(self[0].message.contains(QStringLiteral("“我局”")));
}

TEST(ValidatorSeeds, NoSeedHasAFalseNarrativeAlarm)
{
    // Warnings that would be wrong on the published reports (checked by reading them).
    for (const QString &name : test::seedNames()) {
        const ReadResult read = ReportReader::read(test::readSeed(name));
        const QList<Finding> findings = Validator::validate(read.report);
        for (const Finding &finding : findings) {
            EXPECT_NE(finding.rule, QStringLiteral("narrative.year"))
                << name.toStdString() << finding.message.toStdString();
            EXPECT_NE(finding.rule, QStringLiteral("format.year")) << name.toStdString();
            EXPECT_NE(finding.rule, QStringLiteral("section.missing")) << name.toStdString();
            // Every figure the seeds' narratives state agrees with their tables or is about something else.
            EXPECT_NE(finding.rule, QStringLiteral("narrative.number"))
                << name.toStdString() << finding.message.toStdString();
            if (name != u"2021_nanding") {
                EXPECT_NE(finding.rule, QStringLiteral("narrative.foreign-agency"))
                    << name.toStdString() << finding.message.toStdString();
            }
        }
    }
}
