// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "keyfigures.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace nianbao;
using namespace Qt::StringLiterals;

TEST(KeyFigures, EveryFiguresCellsExistInItsFormats)
{
    for (const Format *format : Format::all()) {
        for (const KeyFigureDef &figure : KeyFigures::definitions()) {
            EXPECT_FALSE(figure.label.isEmpty());
            EXPECT_TRUE(std::any_of(KeyFigures::groups().cbegin(), KeyFigures::groups().cend(),
                                    [&](const KeyFigureGroup &group) { return group.id == figure.group; }))
                << figure.id.toStdString();
            for (const QString &cell : figure.cellsOf(*format))
                EXPECT_GE(format->cellIndex(cell), 0)
                    << cell.toStdString() << " in " << format->id().toStdString();
        }
    }
    for (const QString &id : QStringList{KeyFigures::charts().perAgency} + KeyFigures::charts().trend +
                                 KeyFigures::charts().outcomes)
        EXPECT_GE(KeyFigures::indexOf(id), 0) << id.toStdString();
}

// The outcomes of part 三 are the key figures the outcome chart splits: together they are （七）总计.
TEST(KeyFigures, OutcomesAddUpToTheResultsTotal)
{
    for (const Format *format : Format::all()) {
        QStringList outcomeCells;
        for (const QString &id : KeyFigures::charts().outcomes)
            outcomeCells += KeyFigures::definitions()[KeyFigures::indexOf(id)].cellsOf(*format);
        const TableDef &table = format->table(format->tableIndex(QStringLiteral("p3")));
        const TotalDef &results = *std::find_if(table.totals.cbegin(), table.totals.cend(),
                                                [](const TotalDef &total) { return !total.byColumn; });
        QStringList termCells;
        for (const int row : results.terms)
            termCells.append(QStringLiteral("p3/%1/total").arg(table.rows[row].id));
        outcomeCells.sort();
        termCells.sort();
        EXPECT_EQ(outcomeCells, termCells) << format->id().toStdString();
    }
}

TEST(KeyFigures, SumTheirCells)
{
    for (const int year : {2020, 2021}) {
        Report report(*Format::forYear(year));
        const Format &format = *report.format();
        report.setCell(QStringLiteral("p3/received/total"), CellValue::count(12));
        report.setCell(QStringLiteral("p3/disclosed/total"), CellValue::count(7));
        report.setCell(QStringLiteral("p3/withheld_secret/total"), CellValue::count(1));
        report.setCell(QStringLiteral("p3/withheld_inquiry/total"), CellValue::count(2));
        report.setCell(QStringLiteral("p4/cases/review_total"), CellValue::count(2));
        report.setCell(QStringLiteral("p4/cases/direct_total"), CellValue::count(1));
        report.setCell(QStringLiteral("p4/cases/after_review_total"), CellValue::count(3));
        const QList<KeyFigure> figures = KeyFigures::of(report);
        ASSERT_EQ(figures.size(), KeyFigures::definitions().size()) << format.id().toStdString();
        const auto figure = [&](const char *id) {
            return figures[KeyFigures::indexOf(QLatin1StringView(id))];
        };
        EXPECT_EQ(figure("received").label, QStringLiteral("收到申请"));
        EXPECT_EQ(figure("received").value, Decimal::fromInteger(12));
        EXPECT_EQ(figure("disclosed").label, QStringLiteral("予以公开"));
        EXPECT_EQ(figure("disclosed").value, Decimal::fromInteger(7));
        EXPECT_EQ(figure("refused").value, Decimal::fromInteger(3));
        EXPECT_EQ(figure("review").label, QStringLiteral("行政复议"));
        EXPECT_EQ(figure("review").value, Decimal::fromInteger(2));
        EXPECT_EQ(figure("litigation").label, QStringLiteral("行政诉讼"));
        EXPECT_EQ(figure("litigation").value, Decimal::fromInteger(4));
        EXPECT_EQ(figure("litigation").text(), QStringLiteral("4"));
        EXPECT_FALSE(figure("partial").value);
    }
    const QList<KeyFigure> blank = KeyFigures::of(Report(*Format::forYear(2021)));
    EXPECT_FALSE(blank[0].value);
    EXPECT_EQ(blank[0].text(), QStringLiteral("—"));
}

TEST(KeyFigures, FeesAreAnAmountOnlyThe2021FormatStates)
{
    Report report2021(*Format::forYear(2021));
    report2021.setCell(QStringLiteral("p2.item8/fees/fee_amount"),
                       CellValue::amount(*Decimal::parse(u"4068.208"), AmountUnit::WanYuan));
    EXPECT_EQ(KeyFigures::of(report2021)[KeyFigures::indexOf(QStringLiteral("fees"))].value,
              Decimal::parse(u"4068.208"));
    Report report2019(*Format::forYear(2020));
    report2019.setCell(QStringLiteral("p2.item8/fees/prev_count"), CellValue::count(3));
    EXPECT_FALSE(KeyFigures::of(report2019)[KeyFigures::indexOf(QStringLiteral("fees"))].value);
}

TEST(KeyFigures, OverviewShowsTheFourHeadlineFigures)
{
    QStringList ids;
    for (const int figure : KeyFigures::overview())
        ids.append(KeyFigures::definitions()[figure].id);
    EXPECT_EQ(ids, (QStringList{u"received"_s, u"disclosed"_s, u"review"_s, u"litigation"_s}));
}

struct OutlierCase
{
    const char *name;
    const char *figure;
    const char *before;
    const char *now;
    bool outlier;
};

class KeyFigureOutlier : public ::testing::TestWithParam<OutlierCase>
{
};

TEST_P(KeyFigureOutlier, IsAnOrderOfMagnitude)
{
    const OutlierCase &c = GetParam();
    const KeyFigureDef &figure = KeyFigures::definitions()[KeyFigures::indexOf(QLatin1StringView(c.figure))];
    EXPECT_EQ(KeyFigures::isOutlier(figure, *Decimal::parse(QString::fromLatin1(c.before)),
                                    *Decimal::parse(QString::fromLatin1(c.now))),
              c.outlier);
}

INSTANTIATE_TEST_SUITE_P(
    KeyFigures, KeyFigureOutlier,
    ::testing::Values(OutlierCase{"TenfoldUp", "received", "12", "120", true},
                      OutlierCase{"JustBelowTenfold", "received", "12", "119", false},
                      OutlierCase{"TenfoldDown", "received", "150", "15", true},
                      OutlierCase{"FromNothing", "received", "0", "10", true},
                      OutlierCase{"SmallFromNothingIsNoise", "received", "0", "9", false},
                      OutlierCase{"SmallToNothingIsNoise", "received", "3", "0", false},
                      OutlierCase{"Unchanged", "received", "500", "500", false},
                      OutlierCase{"BothZero", "received", "0", "0", false},
                      OutlierCase{"FeeFloorIsOneWanYuan", "fees", "0.05", "1.2", true},
                      OutlierCase{"FeeBelowFloor", "fees", "0.01", "0.5", false}),
    [](const ::testing::TestParamInfo<OutlierCase> &info) { return std::string(info.param.name); });
