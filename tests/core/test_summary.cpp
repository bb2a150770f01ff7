// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "keyfigures.h"
#include "storage/reportstore.h"
#include "summary/countysummary.h"
#include "summary/summarysheet.h"
#include "summarytestsupport.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;
using namespace Qt::StringLiterals;

namespace {

Decimal dec(const char16_t *text)
{
    return *Decimal::parse(QStringView(text));
}

int figure(const char *id)
{
    const int index = KeyFigures::indexOf(QLatin1StringView(id));
    EXPECT_GE(index, 0) << id;
    return index;
}

TEST(CountySummary, SumsEveryAgencysFiguresExactly)
{
    const QList<SummaryEntry> entries = {
        entry(u"甲镇"_s, 2023, {{"received", u"12"}, {"disclosed", u"7"}, {"fees", u"0.1"}}),
        entry(u"乙镇"_s, 2023, {{"received", u"30"}, {"disclosed", u"20"}, {"fees", u"0.2"}}),
        entry(u"丙街道"_s, 2023, {{"received", u"5"}, {"fees", u"4068.208"}}),
    };
    const CountySummary summary = CountySummary::build(2023, entries);
    ASSERT_EQ(summary.rows().size(), 3);
    EXPECT_EQ(summary.rows()[0].entry.agency, u"甲镇"_s);
    EXPECT_EQ(summary.totals().reports, 3);
    EXPECT_EQ(summary.totals().figures[figure("received")].sum, dec(u"47"));
    EXPECT_EQ(summary.totals().figures[figure("received")].reporting, 3);
    // 丙街道 states no 予以公开: the total says it leaves one report out.
    EXPECT_EQ(summary.totals().figures[figure("disclosed")].sum, dec(u"27"));
    EXPECT_EQ(summary.totals().figures[figure("disclosed")].missing, 1);
    // 0.1 + 0.2 + 4068.208 exactly, which binary floating point would miss.
    EXPECT_EQ(summary.totals().figures[figure("fees")].sum, dec(u"4068.508"));
    EXPECT_FALSE(summary.totals().figures[figure("review")].sum);
    EXPECT_TRUE(summary.hasPartialTotals());
    EXPECT_FALSE(summary.previousTotals());
    EXPECT_FALSE(summary.totalChange(figure("received")));
}

TEST(CountySummary, ComparesEachAgencyAndTheCountyWithLastYear)
{
    const QList<SummaryEntry> entries = {
        entry(u"甲镇"_s, 2022, {{"received", u"10"}, {"disclosed", u"4"}}),
        entry(u"乙镇"_s, 2022, {{"received", u"25"}}),
        entry(u"甲镇"_s, 2023, {{"received", u"12"}, {"disclosed", u"7"}}),
        entry(u"乙镇"_s, 2023, {{"received", u"20"}, {"disclosed", u"9"}}),
        entry(u"新设街道"_s, 2023, {{"received", u"3"}}),
    };
    const CountySummary summary = CountySummary::build(2023, entries);
    ASSERT_EQ(summary.rows().size(), 3);
    const SummaryRow &jia = summary.rows()[0];
    EXPECT_TRUE(jia.hasPrevious);
    EXPECT_EQ(jia.changes[figure("received")].previous, dec(u"10"));
    EXPECT_EQ(jia.changes[figure("received")].difference, dec(u"2"));
    EXPECT_EQ(jia.changes[figure("disclosed")].difference, dec(u"3"));
    const SummaryRow &yi = summary.rows()[1];
    EXPECT_EQ(yi.changes[figure("received")].difference, dec(u"-5"));
    // Last year's report left 予以公开 blank: no change can be stated.
    EXPECT_FALSE(yi.changes[figure("disclosed")].previous);
    EXPECT_FALSE(yi.changes[figure("disclosed")].difference);
    const SummaryRow &newcomer = summary.rows()[2];
    EXPECT_FALSE(newcomer.hasPrevious);
    EXPECT_FALSE(newcomer.changes[figure("received")].difference);

    ASSERT_TRUE(summary.previousTotals());
    EXPECT_EQ(summary.previousTotals()->year, 2022);
    EXPECT_EQ(summary.previousTotals()->reports, 2);
    EXPECT_EQ(summary.previousTotals()->figures[figure("received")].sum, dec(u"35"));
    EXPECT_EQ(summary.totals().figures[figure("received")].sum, dec(u"35"));
    EXPECT_EQ(summary.totalChange(figure("received")), dec(u"0"));
    EXPECT_EQ(summary.totalChange(figure("disclosed")), dec(u"12"));
}

TEST(CountySummary, MarksOrderOfMagnitudeChangesAndReportsWithErrors)
{
    QList<SummaryEntry> entries = {
        entry(u"甲镇"_s, 2022, {{"received", u"12"}, {"review", u"0"}}),
        entry(u"乙镇"_s, 2022, {{"received", u"400"}}),
        entry(u"丙镇"_s, 2022, {{"received", u"1"}}),
        entry(u"甲镇"_s, 2023, {{"received", u"150"}, {"review", u"1"}}),
        entry(u"乙镇"_s, 2023, {{"received", u"39"}}),
        entry(u"丙镇"_s, 2023, {{"received", u"8"}}),
    };
    entries[4].errors = 2;
    const CountySummary summary = CountySummary::build(2023, entries);
    const SummaryRow &jia = summary.rows()[0];
    EXPECT_TRUE(jia.changes[figure("received")].outlier);
    // 0 → 1 行政复议 is below the floor: noise, not an outlier.
    EXPECT_FALSE(jia.changes[figure("review")].outlier);
    EXPECT_FALSE(jia.hasErrors());
    ASSERT_EQ(jia.remarks().size(), 1);
    EXPECT_TRUE(jia.remarks()[0].contains(u"收到申请"_s)) << jia.remarks()[0].toStdString();
    EXPECT_TRUE(jia.remarks()[0].contains(u"12"_s) && jia.remarks()[0].contains(u"150"_s));

    const SummaryRow &yi = summary.rows()[1];
    EXPECT_TRUE(yi.changes[figure("received")].outlier) << "400 → 39 is less than a tenth";
    EXPECT_TRUE(yi.hasErrors());
    EXPECT_EQ(yi.remarks().size(), 2);

    // 1 → 8 is eightfold but stays below the floor of 10.
    EXPECT_FALSE(summary.rows()[2].hasOutlier());
    EXPECT_EQ(summary.reportsWithOutliers(), 2);
    EXPECT_EQ(summary.reportsWithErrors(), 1);
}

TEST(CountySummary, AReportNotYetCheckedSaysSo)
{
    SummaryEntry unchecked = entry(u"甲镇"_s, 2023, {{"received", u"1"}});
    unchecked.errors.reset();
    const CountySummary summary = CountySummary::build(2023, {unchecked});
    EXPECT_EQ(summary.rows()[0].remarks().size(), 1);
    EXPECT_FALSE(summary.rows()[0].hasErrors());
}

TEST(CountySummary, TrendHasEveryYearUpToTheSummaryYear)
{
    QList<SummaryEntry> entries;
    for (int year = 2019; year <= 2024; ++year) {
        if (year == 2020)
            continue; // a year without reports is no point of the trend
        for (const char16_t *agency : {u"甲镇", u"乙镇"})
            entries.append(
                entry(QString::fromUtf16(agency), year, {{"received", QString::number(year - 2000)}}));
    }
    const CountySummary summary = CountySummary::build(2023, entries);
    QList<int> years;
    for (const YearTotals &totals : summary.trend())
        years.append(totals.year);
    EXPECT_EQ(years, (QList<int>{2019, 2021, 2022, 2023}));
    EXPECT_EQ(summary.trend().last().figures[figure("received")].sum, dec(u"46"));
    EXPECT_EQ(summary.trend().first().figures[figure("received")].sum, dec(u"38"));
    EXPECT_EQ(summary.rows().size(), 2) << "2024's reports are not part of 2023's summary";
}

TEST(CountySummary, SixtyAgenciesOverFiveYearsAddUp)
{
    const QList<SummaryEntry> entries = madeUpCounty(60, 2019, 2023);
    const CountySummary summary = CountySummary::build(2023, entries);
    ASSERT_EQ(summary.rows().size(), 60);
    ASSERT_EQ(summary.trend().size(), 5);
    for (const YearTotals &totals : summary.trend()) {
        EXPECT_EQ(totals.reports, 60);
        for (int index = 0; index < KeyFigures::definitions().size(); ++index) {
            // The oracle: every entry's value added up here, one by one.
            Decimal expected;
            int reporting = 0;
            for (const SummaryEntry &one : entries) {
                if (one.year == totals.year && one.values[index]) {
                    expected = expected + *one.values[index];
                    ++reporting;
                }
            }
            EXPECT_EQ(totals.figures[index].reporting, reporting);
            if (reporting > 0) {
                EXPECT_EQ(totals.figures[index].sum, expected) << totals.year << ' ' << index;
            }
        }
    }
}

/// The five published seeds, read as they are and summed as a county.
class CountySummarySeeds : public ::testing::Test
{
protected:
    static QList<Report> seeds()
    {
        QList<Report> reports;
        for (const QString &name : seedNames()) {
            ReadResult read = ReportReader::read(readSeed(name));
            EXPECT_TRUE(read.isReport) << name.toStdString();
            reports.append(read.report);
        }
        return reports;
    }

    static SummaryEntry entryOf(const Report &report)
    {
        ReportSummary summary;
        summary.agency = report.meta.agencyName;
        summary.year = report.meta.year;
        summary.errors = 0;
        summary.warnings = 0;
        return SummaryEntry::of(summary, report);
    }
};

TEST_F(CountySummarySeeds, TotalsAreTheSumsOfTheSeedsCells)
{
    const QList<Report> reports = seeds();
    QList<SummaryEntry> entries;
    for (const Report &report : reports)
        entries.append(entryOf(report));
    for (const int year : {2019, 2020, 2021}) {
        const CountySummary summary = CountySummary::build(year, entries);
        int reportsOfYear = 0;
        for (const Report &report : reports)
            reportsOfYear += report.meta.year == year ? 1 : 0;
        EXPECT_EQ(summary.rows().size(), reportsOfYear);
        for (int index = 0; index < KeyFigures::definitions().size(); ++index) {
            const KeyFigureDef &definition = KeyFigures::definitions()[index];
            std::optional<Decimal> expected;
            for (const Report &report : reports) {
                if (report.meta.year != year)
                    continue;
                for (const QString &cellId : definition.cellsOf(*report.format())) {
                    const CellValue value = report.cell(cellId);
                    if (value.isNumber())
                        expected = expected.value_or(Decimal()) + value.number();
                }
            }
            EXPECT_EQ(summary.totals().figures[index].sum, expected)
                << year << ' ' << definition.id.toStdString();
        }
    }
    // 2020's county: 洪合镇 and 坎市镇 received applications; the sum is theirs together.
    const CountySummary summary2020 = CountySummary::build(2020, entries);
    ASSERT_TRUE(summary2020.totals().figures[figure("received")].sum);
    EXPECT_GT(*summary2020.totals().figures[figure("received")].sum, Decimal());
    ASSERT_TRUE(summary2020.previousTotals());
    EXPECT_EQ(summary2020.previousTotals()->reports, 2);
}

TEST_F(CountySummarySeeds, AnAgencyWhoseApplicationsGrewTenfoldIsMarked)
{
    const QList<Report> reports = seeds();
    const auto kanshi = std::find_if(reports.cbegin(), reports.cend(), [](const Report &report) {
        return report.meta.year == 2020 && report.meta.agencyName.contains(u"坎市"_s);
    });
    ASSERT_NE(kanshi, reports.cend());
    Report next = *kanshi;
    next.meta.year = 2021;
    next.setFormat(*Format::forYear(2021));
    const CellValue received = kanshi->cell(u"p3/received/total"_s);
    ASSERT_TRUE(received.isNumber());
    const qint64 tenfold = std::max<qint64>(10, received.integer() * 10);
    next.setCell(u"p3/received/total"_s, CellValue::count(tenfold));
    const CountySummary summary = CountySummary::build(2021, {entryOf(*kanshi), entryOf(next)});
    ASSERT_EQ(summary.rows().size(), 1);
    const SummaryRow &row = summary.rows()[0];
    EXPECT_TRUE(row.changes[figure("received")].outlier);
    EXPECT_EQ(row.changes[figure("received")].difference, Decimal::fromInteger(tenfold - received.integer()));
    // The other figures were carried over unchanged.
    EXPECT_FALSE(row.changes[figure("disclosed")].outlier);
    EXPECT_EQ(row.changes[figure("disclosed")].difference, std::optional(Decimal()));
}

TEST(SummarySheet, YearSheetHasTheGroupedHeaderEveryFigureAndTheTotals)
{
    const QList<SummaryEntry> entries = {
        entry(u"甲镇"_s, 2022, {{"received", u"10"}}),
        entry(u"甲镇"_s, 2023, {{"received", u"120"}, {"fees", u"1.5"}}),
        entry(u"乙镇"_s, 2023, {{"received", u"30"}, {"fees", u"2"}}),
    };
    const CountySummary summary = CountySummary::build(2023, entries);
    const SummarySheet sheet = SummarySheet::year(summary);
    EXPECT_EQ(sheet.headerRowCount(), 2);
    const int figures = int(KeyFigures::definitions().size());
    EXPECT_EQ(sheet.columnCount(), 3 + figures + 1);
    // 2 header rows, 2 agencies, this year's total, last year's and the change.
    EXPECT_EQ(sheet.rowCount(), 2 + 2 + 3);

    const auto cellAt = [&](int row, int column) -> const SheetCell * {
        for (const SheetCell &cell : sheet.cells()) {
            if (cell.row == row && cell.column == column)
                return &cell;
        }
        return nullptr;
    };
    // Each group heads its figures, merged over them, as the official tables merge 法人或其他组织.
    int column = 3;
    for (const KeyFigureGroup &group : KeyFigures::groups()) {
        const SheetCell *header = cellAt(0, column);
        ASSERT_NE(header, nullptr);
        EXPECT_EQ(header->text, group.label);
        int members = 0;
        for (const KeyFigureDef &definition : KeyFigures::definitions())
            members += definition.group == group.id ? 1 : 0;
        EXPECT_EQ(header->columnSpan, members);
        column += members;
    }
    for (int index = 0; index < figures; ++index) {
        EXPECT_EQ(cellAt(1, 3 + index)->text, KeyFigures::definitions()[index].label);
        for (int row = 0; row < summary.rows().size(); ++row) {
            const SheetCell *cell = cellAt(2 + row, 3 + index);
            ASSERT_NE(cell, nullptr);
            EXPECT_EQ(cell->role, SheetCell::Role::Number);
            EXPECT_EQ(cell->number, summary.rows()[row].entry.values[index]);
        }
        EXPECT_EQ(cellAt(4, 3 + index)->number, summary.totals().figures[index].sum);
        EXPECT_EQ(cellAt(4, 3 + index)->mark, SheetCell::Mark::Total);
        EXPECT_EQ(cellAt(6, 3 + index)->number, summary.totalChange(index));
    }
    EXPECT_EQ(cellAt(2, 3 + figure("received"))->mark, SheetCell::Mark::Outlier);
    EXPECT_EQ(cellAt(3, 3 + figure("received"))->mark, SheetCell::Mark::None);
    EXPECT_EQ(cellAt(4, 3 + figure("fees"))->number, dec(u"3.5"));
    EXPECT_EQ(cellAt(4, 0)->columnSpan, 3);
    EXPECT_FALSE(cellAt(2, 3 + figures)->text.isEmpty()) << "the outlier is explained in the remarks";
}

TEST(SummarySheet, ComparisonSheetPutsLastYearThisYearAndTheChangeUnderEachFigure)
{
    const CountySummary summary = CountySummary::build(2023, madeUpCounty(4, 2022, 2023));
    const SummarySheet sheet = SummarySheet::comparison(summary);
    EXPECT_EQ(sheet.headerRowCount(), 3);
    const QList<QStringList> rows = sheet.textRows();
    const int figures = int(KeyFigures::definitions().size());
    EXPECT_EQ(sheet.columnCount(), 1 + 3 * figures);
    EXPECT_EQ(rows[2][1], u"2022"_s);
    EXPECT_EQ(rows[2][2], u"2023"_s);
    for (int row = 0; row < summary.rows().size(); ++row) {
        for (int index = 0; index < figures; ++index) {
            const FigureChange &change = summary.rows()[row].changes[index];
            EXPECT_EQ(rows[3 + row][1 + 3 * index],
                      change.previous ? change.previous->toString() : QString());
            EXPECT_EQ(rows[3 + row][3 + 3 * index],
                      change.difference ? change.difference->toString() : QString());
        }
    }
}

} // namespace
