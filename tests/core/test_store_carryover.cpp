// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "report.h"
#include "storage/carryover.h"
#include "storage/reportstore.h"
#include "storetestsupport.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "validation/validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString agency = QStringLiteral("南丰镇");

QString id(const char *text)
{
    return QString::fromUtf8(text);
}

bool carried(const QList<CarriedItem> &items, const QString &target)
{
    return std::any_of(items.begin(), items.end(),
                       [&](const CarriedItem &item) { return item.target == target; });
}

// The 2019 report of 南丰镇 written by hand: distinct numbers in every row that carries over.
Report nanfeng2019()
{
    Report report = sampleReport(agency, 2019);
    const TableDef &p3 = report.format()->table(report.format()->tableIndex(id("p3")));
    for (int column = 0; column < p3.columns.size(); ++column)
        report.setCell(id("p3/carry_next/") + p3.columns[column].id, CellValue::count(10 + column));
    report.setCell(id("p2.item5/licensing/prev_count"), CellValue::count(100));
    report.setCell(id("p2.item5/licensing/change"), CellValue::parse(u"+8", CellKind::SignedCount));
    report.setCell(id("p2.item5/other_services/prev_count"), CellValue::count(40));
    report.setCell(id("p2.item5/other_services/change"), CellValue::parse(u"-3", CellKind::SignedCount));
    report.setCell(id("p2.item6/penalty/prev_count"), CellValue::count(5));
    report.setCell(id("p2.item6/penalty/change"), CellValue::parse(u"0", CellKind::SignedCount));
    report.setCell(id("p2.item6/enforcement/prev_count"), CellValue::count(2));
    report.setCell(id("p2.item6/enforcement/change"), CellValue::parse(u"+1", CellKind::SignedCount));
    report.setCell(id("p2.item8/fees/prev_count"), CellValue::count(3));
    // Last year's 本年增/减 left blank: nothing is known to carry for 行政事业性收费.
    report.setCell(id("p2.item8/fees/change"), CellValue());
    report.preamble = QStringLiteral(
        "现向社会公开南丰镇2019年政府信息公开工作年度报告，统计期限自2019年1月1日起至2019年12月31日止。"
        "联系电话：0797-1234567。");
    report.meta.copyTo = QStringLiteral("区政府办公室");
    return report;
}

} // namespace

class CarryOverTest : public StoreTest
{
};

TEST_P(CarryOverTest, From2019To2020CarriesApplicationsItemsPreambleAndSignature)
{
    std::unique_ptr<ReportStore> store = openStore();
    const Report previous = nanfeng2019();
    ASSERT_TRUE(store->importReport(previous));
    const StoreResult<CreatedReport> created = store->createReport(agency, id("township"), 2020);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    const Report report = store->loadReport(created->id)->report;
    ASSERT_EQ(report.format()->id(), id("2019"));

    // 三、二、上年结转 = last year's 四、结转下年度继续办理, every column.
    const TableDef &p3 = report.format()->table(report.format()->tableIndex(id("p3")));
    for (const ColumnDef &column : p3.columns) {
        EXPECT_EQ(report.cell(id("p3/carried/") + column.id), previous.cell(id("p3/carry_next/") + column.id))
            << column.id.toStdString();
        EXPECT_TRUE(carried(created->carried, id("p3/carried/") + column.id)) << column.id.toStdString();
    }
    // 上一年项目数量 = last year's 上一年项目数量 + 本年增/减.
    EXPECT_EQ(report.cell(id("p2.item5/licensing/prev_count")), CellValue::count(108));
    EXPECT_EQ(report.cell(id("p2.item5/other_services/prev_count")), CellValue::count(37));
    EXPECT_EQ(report.cell(id("p2.item6/penalty/prev_count")), CellValue::count(5));
    EXPECT_EQ(report.cell(id("p2.item6/enforcement/prev_count")), CellValue::count(3));
    EXPECT_TRUE(report.cell(id("p2.item8/fees/prev_count")).isBlank());
    EXPECT_FALSE(carried(created->carried, id("p2.item8/fees/prev_count")));
    // Nothing else in the tables is taken over.
    int filled = 0;
    for (int cell = 0; cell < report.format()->cellCount(); ++cell)
        filled += report.cell(cell).isBlank() ? 0 : 1;
    EXPECT_EQ(filled, p3.columns.size() + 4);

    // The preamble moves on to the new year and keeps the contact; the signature details carry.
    EXPECT_EQ(
        report.preamble,
        QStringLiteral(
            "现向社会公开南丰镇2020年政府信息公开工作年度报告，统计期限自2020年1月1日起至2020年12月31日止。"
            "联系电话：0797-1234567。"));
    EXPECT_EQ(report.meta.issuer, previous.meta.issuer);
    EXPECT_EQ(report.meta.copyTo, previous.meta.copyTo);
    EXPECT_FALSE(report.meta.issueDate.isValid());
    EXPECT_TRUE(carried(created->carried, id("preamble")));
    EXPECT_TRUE(carried(created->carried, id("meta:issuer")));
    for (const QString &part : report.parts)
        EXPECT_TRUE(part.isEmpty());

    // The list names each carried item for the clerk and says which rule defines it.
    const auto item =
        std::find_if(created->carried.begin(), created->carried.end(),
                     [](const CarriedItem &i) { return i.target == id("p2.item5/licensing/prev_count"); });
    ASSERT_NE(item, created->carried.end());
    EXPECT_EQ(item->rule, id("carry.items"));
    EXPECT_EQ(item->value, id("108"));
    EXPECT_EQ(item->label, report.format()->cellName(report.format()->cellIndex(item->target)));
}

TEST_P(CarryOverTest, From2020To2021And2022AcrossTheFormatChange)
{
    std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store->importReport(nanfeng2019()));
    const qint64 id2020 = store->createReport(agency, id("township"), 2020)->id;
    // The clerk fills 2020's carry-forward row and the 2020 report is complete.
    int revision = store->loadReport(id2020)->revision;
    const QStringList columns = {id("natural"), id("business"),  id("research"), id("charity"),
                                 id("legal"),   id("other_org"), id("total")};
    for (int i = 0; i < columns.size(); ++i) {
        const StoreResult<int> edited =
            store->setCell(id2020, id("p3/carry_next/") + columns[i], CellValue::count(i * 2), revision);
        ASSERT_TRUE(edited) << edited.error().message.toStdString();
        revision = edited.value();
    }

    const StoreResult<CreatedReport> created2021 = store->createReport(agency, id("township"), 2021);
    ASSERT_TRUE(created2021) << created2021.error().message.toStdString();
    Report report2021 = store->loadReport(created2021->id)->report;
    ASSERT_EQ(report2021.format()->id(), id("2021"));
    for (int i = 0; i < columns.size(); ++i)
        EXPECT_EQ(report2021.cell(id("p3/carried/") + columns[i]), CellValue::count(i * 2))
            << columns[i].toStdString();
    // 现行有效件数 carries only from a report in the 2021 format.
    EXPECT_TRUE(report2021.cell(id("p2.item1/rules/in_force")).isBlank());
    EXPECT_TRUE(report2021.cell(id("p2.item1/normative/in_force")).isBlank());
    EXPECT_FALSE(carried(created2021->carried, id("p2.item1/normative/in_force")));

    revision = created2021->revision;
    revision =
        store->setCell(created2021->id, id("p2.item1/normative/in_force"), CellValue::count(17), revision)
            .value();
    revision =
        store->setCell(created2021->id, id("p2.item1/rules/in_force"), CellValue::count(0), revision).value();
    ASSERT_TRUE(
        store->setCell(created2021->id, id("p2.item1/normative/made"), CellValue::count(4), revision));

    const StoreResult<CreatedReport> created2022 = store->createReport(agency, id("township"), 2022);
    ASSERT_TRUE(created2022) << created2022.error().message.toStdString();
    const Report report2022 = store->loadReport(created2022->id)->report;
    EXPECT_EQ(report2022.cell(id("p2.item1/normative/in_force")), CellValue::count(17));
    EXPECT_EQ(report2022.cell(id("p2.item1/rules/in_force")), CellValue::count(0));
    EXPECT_TRUE(report2022.cell(id("p2.item1/normative/made")).isBlank());
    EXPECT_TRUE(carried(created2022->carried, id("p2.item1/normative/in_force")));
}

bool fires(const QList<Finding> &findings, const QString &rule, int cell)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &finding) {
        return finding.rule == rule &&
               std::any_of(finding.where.begin(), finding.where.end(), [&](const Location &location) {
                   return location.kind == Location::Kind::Cell && location.cell == cell;
               });
    });
}

TEST_P(CarryOverTest, FromAnImportedSeedThroughAHandMade2020To2021)
{
    const ReadResult read = ReportReader::readFile(seedPath(id("2019_nanfeng")));
    ASSERT_TRUE(read.isReport);
    const Report seed = read.report;
    ASSERT_EQ(seed.meta.year, 2019);
    std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store->importReport(seed));
    const QString name = seed.meta.agencyName;

    // The 2020 report starts from the published 2019 one.
    const StoreResult<CreatedReport> created2020 = store->createReport(name, seed.meta.agencyKind, 2020);
    ASSERT_TRUE(created2020) << created2020.error().message.toStdString();
    const Report report2020 = store->loadReport(created2020->id)->report;
    const QStringList columns = {id("natural"), id("business"),  id("research"), id("charity"),
                                 id("legal"),   id("other_org"), id("total")};
    for (const QString &column : columns)
        EXPECT_EQ(report2020.cell(id("p3/carried/") + column), seed.cell(id("p3/carry_next/") + column))
            << column.toStdString();
    for (const QString &row : {id("p2.item5/licensing"), id("p2.item5/other_services"),
                               id("p2.item6/penalty"), id("p2.item6/enforcement"), id("p2.item8/fees")}) {
        const CellValue previous = seed.cell(row + id("/prev_count"));
        const CellValue change = seed.cell(row + id("/change"));
        const CellValue carried = report2020.cell(row + id("/prev_count"));
        if (previous.isNumber() && change.isNumber())
            EXPECT_EQ(carried.number(), previous.number() + change.number()) << row.toStdString();
        else
            EXPECT_TRUE(carried.isBlank()) << row.toStdString();
    }

    // The clerk writes 2020's carry-forward row by hand.
    int revision = created2020->revision;
    for (int i = 0; i < columns.size(); ++i)
        revision = store
                       ->setCell(created2020->id, id("p3/carry_next/") + columns[i], CellValue::count(i + 1),
                                 revision)
                       .value();

    const StoreResult<CreatedReport> created2021 = store->createReport(name, seed.meta.agencyKind, 2021);
    ASSERT_TRUE(created2021) << created2021.error().message.toStdString();
    const StoredReport stored2021 = store->loadReport(created2021->id).value();
    for (int i = 0; i < columns.size(); ++i)
        EXPECT_EQ(stored2021.report.cell(id("p3/carried/") + columns[i]), CellValue::count(i + 1));

    // The validator's carry rule reads the stored previous report: silent while the carried value
    // stands, firing once the clerk changes it.
    const Format &format = *stored2021.report.format();
    const int carriedNatural = format.cellIndex(id("p3/carried/natural"));
    const std::optional<StoredReport> previous = store->previousReport(created2021->id).value();
    ASSERT_TRUE(previous.has_value());
    EXPECT_FALSE(fires(Validator::validate(stored2021.report, &previous->report), id("carry.applications"),
                       carriedNatural));
    // The list's counts are the caller's, as the editor gives them with each edit.
    ASSERT_TRUE(store
                    ->saveCounts(created2021->id, stored2021.revision,
                                 Validator::count(stored2021.report, &previous->report))
                    .value());
    const int warningsBefore = store->listReports(2021).value().constFirst().warnings.value_or(-1);
    Report edited = stored2021.report;
    edited.setCell(carriedNatural, CellValue::count(40));
    ASSERT_TRUE(store->setCell(created2021->id, carriedNatural, CellValue::count(40), stored2021.revision,
                               Validator::count(edited, &previous->report)));
    const Report changed = store->loadReport(created2021->id)->report;
    EXPECT_EQ(changed, edited);
    EXPECT_TRUE(
        fires(Validator::validate(changed, &previous->report), id("carry.applications"), carriedNatural));
    EXPECT_GT(store->listReports(2021).value().constFirst().warnings.value_or(-1), warningsBefore);
}

TEST_P(CarryOverTest, NothingCarriesWithoutLastYearsReport)
{
    std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store->importReport(nanfeng2019()));
    // Another agency's report, and the agency's report of two years before, are not last year's.
    const StoreResult<CreatedReport> other = store->createReport(id("青塘镇"), id("township"), 2020);
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->carried.isEmpty());
    const StoreResult<CreatedReport> gap = store->createReport(agency, id("township"), 2021);
    ASSERT_TRUE(gap);
    EXPECT_TRUE(gap->carried.isEmpty());
}

NIANBAO_ON_EACH_BACKEND(CarryOverTest);

TEST(CarryOver, FollowsTheFormatsRulesNotFixedCells)
{
    // The same format without its carry.applications rule carries no application counts.
    QFile file(QStringLiteral(":/nianbao/report-formats/2019.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject rules = json.value(u"rules").toObject();
    QJsonArray carry;
    for (const QJsonValue &rule : rules.value(u"carry").toArray()) {
        if (rule.toObject().value(u"rule").toString() != u"carry.applications")
            carry.append(rule);
    }
    rules.insert(QStringLiteral("carry"), carry);
    json.insert(QStringLiteral("rules"), rules);
    QString error;
    const std::unique_ptr<Format> format = Format::fromJson(json, &error);
    ASSERT_TRUE(format) << error.toStdString();

    Report previous(*format);
    previous.meta.year = 2019;
    Report report(*format);
    report.meta.year = 2020;
    previous.setCell(id("p3/carry_next/natural"), CellValue::count(6));
    previous.setCell(id("p2.item5/licensing/prev_count"), CellValue::count(1));
    previous.setCell(id("p2.item5/licensing/change"), CellValue::count(1));
    const QList<CarriedItem> items = CarryOver::apply(previous, report);
    EXPECT_TRUE(report.cell(id("p3/carried/natural")).isBlank());
    EXPECT_EQ(report.cell(id("p2.item5/licensing/prev_count")), CellValue::count(2));
    ASSERT_EQ(items.size(), 1);
}

TEST(CarryOver, ANegativeItemCountIsNotCarried)
{
    const Format &format = *Format::byId(QStringLiteral("2019"));
    Report previous(format);
    previous.meta.year = 2019;
    previous.setCell(id("p2.item5/licensing/prev_count"), CellValue::count(2));
    previous.setCell(id("p2.item5/licensing/change"), CellValue::parse(u"-5", CellKind::SignedCount));
    Report report(format);
    report.meta.year = 2020;
    EXPECT_TRUE(CarryOver::apply(previous, report).isEmpty());
    EXPECT_TRUE(report.cell(id("p2.item5/licensing/prev_count")).isBlank());
}

// Last year in the 2019 format, this year in 2021: carry-over says which figures it could not take
// and why — 现行有效件数 is no 2019 figure, and 对外公开总数量, which looks like it, is another one —
// and which it could not take because last year's figure is blank.
TEST(CarryOver, From2019To2021SaysWhatItCouldNotCarry)
{
    Report previous = sampleReport(agency, 2020);
    ASSERT_EQ(previous.meta.formatId, id("2019"));
    previous.setCell(id("p2.item1/normative/public_total"), CellValue::count(25));
    previous.setCell(id("p3/carry_next/business"), CellValue());
    const Format &format2021 = *Format::byId(id("2021"));
    Report report(format2021);
    report.meta.year = 2021;
    const QList<CarriedItem> items = CarryOver::apply(previous, report);
    EXPECT_TRUE(carried(items, id("p3/carried/natural")));
    EXPECT_FALSE(carried(items, id("p3/carried/business")));

    const QList<CarryGap> gaps = CarryOver::gaps(previous, format2021);
    QStringList targets;
    for (const CarryGap &gap : gaps)
        targets.append(gap.target);
    ASSERT_EQ(targets, (QStringList{id("p2.item1/rules/in_force"), id("p2.item1/normative/in_force"),
                                    id("p3/carried/business")}));
    for (const CarryGap &gap : gaps)
        EXPECT_EQ(gap.label, format2021.cellName(format2021.cellIndex(gap.target)));
    const CarryGap &normative = gaps[1];
    EXPECT_TRUE(normative.reason.contains(id("2019"))) << normative.reason.toStdString();
    EXPECT_TRUE(normative.reason.contains(id("对外公开总数量")) && normative.reason.contains(id("25")))
        << normative.reason.toStdString();
    const CarryGap &business = gaps[2];
    EXPECT_TRUE(business.reason.contains(id("结转下年度"))) << business.reason.toStdString();
    // Every gap is left blank, every carried value is not one.
    for (const CarryGap &gap : gaps)
        EXPECT_TRUE(report.cell(gap.target).isBlank()) << gap.target.toStdString();

    // The same format both years: 现行有效件数 carries, nothing is missing.
    const Report last2021 = sampleReport(agency, 2021);
    EXPECT_TRUE(CarryOver::gaps(last2021, format2021).isEmpty());
}

// What the new-report dialog lists: one item per row and note, its columns after the row's name.
TEST(CarryOver, ListsCellsByRow)
{
    const QStringList items = CarryOver::listByRow({
        {id("三、二、上年结转·自然人"), {}},
        {id("三、二、上年结转·商业企业"), {}},
        {id("三、二、上年结转·总计"), id("由各列相加")},
        {id("四、三、现行有效件数·总计"), {}},
        {id("导语"), {}},
    });
    EXPECT_EQ(items, QStringList({id("三、二、上年结转：自然人、商业企业"),
                                  id("三、二、上年结转：总计（由各列相加）"),
                                  id("四、三、现行有效件数：总计"), id("导语")}));
}
