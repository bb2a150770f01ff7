// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "report.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace nianbao;

class FormatForYear : public ::testing::TestWithParam<std::pair<int, const char *>>
{
};

TEST_P(FormatForYear, ChoosesTheOfficialFormat)
{
    const auto [year, expected] = GetParam();
    const Format *format = Format::forYear(year);
    if (!expected[0]) {
        EXPECT_EQ(format, nullptr);
        return;
    }
    ASSERT_NE(format, nullptr);
    EXPECT_EQ(format->id(), QString::fromLatin1(expected));
}

INSTANTIATE_TEST_SUITE_P(Years, FormatForYear,
                         ::testing::Values(std::pair{2018, ""}, std::pair{2019, "2019"},
                                           std::pair{2020, "2019"}, std::pair{2021, "2021"},
                                           std::pair{2025, "2021"}, std::pair{2040, "2021"}));

TEST(Format, TablesFollowTheSpec)
{
    const Format *f2019 = Format::byId(QStringLiteral("2019"));
    const Format *f2021 = Format::byId(QStringLiteral("2021"));
    ASSERT_TRUE(f2019 && f2021);
    EXPECT_EQ(f2019->tablesOfPart(2).size(), 5);
    EXPECT_EQ(f2021->tablesOfPart(2).size(), 4);
    const TableDef &p3 = f2021->table(f2021->tableIndex(QStringLiteral("p3")));
    EXPECT_EQ(p3.columns.size(), 7);
    EXPECT_EQ(p3.rows.size(), 25); // 一、二, （一）（二）, 8 + 3 + 5 + 3 items, （七）, 四
    EXPECT_EQ(f2019->table(f2019->tableIndex(QStringLiteral("p3"))).rows.size(), 23);
    const TableDef &p4 = f2021->table(f2021->tableIndex(QStringLiteral("p4")));
    EXPECT_EQ(p4.columns.size(), 15);
    EXPECT_EQ(f2021->column(f2021->cellIndex(QStringLiteral("p2.item8/fees/fee_amount"))).unit,
              AmountUnit::WanYuan);
    EXPECT_TRUE(f2019->column(f2019->cellIndex(QStringLiteral("p2.item9/procurement/amount"))).unitInCell);
    EXPECT_EQ(f2019->column(f2019->cellIndex(QStringLiteral("p2.item5/licensing/change"))).kind,
              CellKind::SignedCount);
}

TEST(Format, TotalsAreComputedCells)
{
    const Format *format = Format::byId(QStringLiteral("2021"));
    EXPECT_TRUE(format->isComputed(format->cellIndex(QStringLiteral("p3/received/total"))));
    EXPECT_TRUE(format->isComputed(format->cellIndex(QStringLiteral("p3/results_total/natural"))));
    EXPECT_TRUE(format->isComputed(format->cellIndex(QStringLiteral("p4/cases/review_total"))));
    EXPECT_FALSE(format->isComputed(format->cellIndex(QStringLiteral("p3/received/natural"))));
    EXPECT_FALSE(format->isComputed(format->cellIndex(QStringLiteral("p3/carry_next/natural"))));
}

TEST(Format, CellIdsAndNamesRoundTrip)
{
    const Format *format = Format::byId(QStringLiteral("2021"));
    for (int cell = 0; cell < format->cellCount(); ++cell)
        ASSERT_EQ(format->cellIndex(format->cellId(cell)), cell);
    EXPECT_EQ(format->cellName(format->cellIndex(QStringLiteral("p3/results_total/natural"))),
              QStringLiteral("三、（七）总计·自然人"));
    EXPECT_EQ(format->cellName(format->cellIndex(QStringLiteral("p4/cases/direct_total"))),
              QStringLiteral("四、行政诉讼（未经复议直接起诉）·总计"));
}

TEST(Format, MalformedDescriptionIsRefused)
{
    QString error;
    EXPECT_EQ(Format::fromJson(QJsonDocument::fromJson(R"({"id":"x"})").object(), &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
}

TEST(Format, EveryFormatFileIsReadInYearOrder)
{
    const QDir folder(QStringLiteral(":/nianbao/report-formats"));
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
    const QList<const Format *> formats = Format::all();
    ASSERT_EQ(formats.size(), files.size());
    for (const Format *format : formats)
        EXPECT_TRUE(files.contains(format->id() + u".json")) << format->id().toStdString();
    // One format for every year from the first on: each ends the year before the next begins.
    for (qsizetype i = 1; i < formats.size(); ++i)
        EXPECT_EQ(formats[i - 1]->lastYear() + 1, formats[i]->firstYear()) << formats[i]->id().toStdString();
    EXPECT_EQ(formats.last()->lastYear(), 0);
}

namespace {

QJsonObject format2021()
{
    QFile file(QStringLiteral(":/nianbao/report-formats/2021.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Replaces the value at a path of object keys and array indices, e.g. {"tables", 0, "part"}.
QJsonValue replaced(const QJsonValue &value, QList<QVariant> path, const QJsonValue &with)
{
    if (path.isEmpty())
        return with;
    const QVariant key = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        array[key.toInt()] = replaced(array[key.toInt()], path, with);
        return array;
    }
    QJsonObject object = value.toObject();
    object[key.toString()] = replaced(object[key.toString()], path, with);
    return object;
}

} // namespace

struct MalformedPart
{
    const char *name;
    QList<QVariant> path;
    QJsonValue value;
    const char *error;
};

class FormatReaderRefuses : public ::testing::TestWithParam<MalformedPart>
{
};

TEST_P(FormatReaderRefuses, SayingWhichPartIsMalformed)
{
    const MalformedPart &malformed = GetParam();
    QString error;
    ASSERT_TRUE(Format::fromJson(format2021(), &error)) << error.toStdString();
    const QJsonObject json = replaced(format2021(), malformed.path, malformed.value).toObject();
    EXPECT_EQ(Format::fromJson(json, &error), nullptr);
    EXPECT_TRUE(error.contains(QString::fromUtf8(malformed.error))) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Parts, FormatReaderRefuses,
    ::testing::Values(
        MalformedPart{"Header", {QStringLiteral("years")}, QJsonObject(), "a first year"},
        MalformedPart{"Parts", {QStringLiteral("parts")}, QJsonArray{QJsonObject()}, "six parts"},
        MalformedPart{"Table", {QStringLiteral("tables"), 0, QStringLiteral("part")}, 5, "is incomplete"},
        MalformedPart{"Column",
                      {QStringLiteral("tables"), 0, QStringLiteral("columns"), 0, QStringLiteral("kind")},
                      QStringLiteral("colour"),
                      "unknown kind"},
        MalformedPart{"Total",
                      {QStringLiteral("tables"), 4, QStringLiteral("totals"), 0, QStringLiteral("target")},
                      QJsonObject{{QStringLiteral("column"), QStringLiteral("nowhere")}},
                      "total in table"},
        MalformedPart{"CellRule",
                      {QStringLiteral("rules"), QStringLiteral("carry"), 0, QStringLiteral("tables")},
                      QJsonArray{QStringLiteral("p9")},
                      "names unknown table p9"},
        MalformedPart{"Authority",
                      {QStringLiteral("rules"), QStringLiteral("authority"), QStringLiteral("row")},
                      QStringLiteral("nowhere"),
                      "authority rule"},
        MalformedPart{"NarrativeFigure",
                      {QStringLiteral("rules"), QStringLiteral("narrativeFigures"), QStringLiteral("figures"),
                       0, QStringLiteral("readings")},
                      QJsonArray{QJsonArray{QStringLiteral("p3/nowhere/total")}},
                      "unknown id \"p3/nowhere/total\""},
        MalformedPart{"NarrativeOutcome",
                      {QStringLiteral("rules"), QStringLiteral("narrativeOutcomes"), QStringLiteral("claims"),
                       0, QStringLiteral("subjects"), 0, QStringLiteral("mustBeZero")},
                      QJsonArray{QStringLiteral("p4/nowhere/total")},
                      "narrative outcome 案件均被维持: unknown id \"p4/nowhere/total\""}),
    [](const ::testing::TestParamInfo<MalformedPart> &info) { return std::string(info.param.name); });

TEST(Report, SwitchingFormatKeepsSharedCells)
{
    Report report(*Format::byId(QStringLiteral("2019")));
    report.setCell(QStringLiteral("p3/received/natural"), CellValue::count(5));
    report.setCell(QStringLiteral("p2.item9/procurement/projects"), CellValue::count(3));
    report.setFormat(*Format::byId(QStringLiteral("2021")));
    EXPECT_EQ(report.cell(QStringLiteral("p3/received/natural")), CellValue::count(5));
    EXPECT_EQ(report.meta.formatId, QStringLiteral("2021"));
    EXPECT_EQ(report.cells().size(), size_t(Format::byId(QStringLiteral("2021"))->cellCount()));
}
