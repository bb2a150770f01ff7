// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "report.h"
#include "storage/carryover.h"
#include "testsupport.h"
#include "validation/validator.h"

#include <gtest/gtest.h>

#include <functional>

using namespace nianbao;

namespace {

const Format &formatOf(const char *id)
{
    return *Format::byId(QString::fromLatin1(id));
}

/// A report that breaks no rule: every cell 0, a narrative of a township that says what it must.
Report cleanReport(const char *formatId)
{
    const Format &format = formatOf(formatId);
    Report report(format);
    for (int i = 0; i < format.cellCount(); ++i) {
        const ColumnDef &column = format.column(i);
        report.setCell(
            i, column.kind == CellKind::Amount
                   ? CellValue::amount(Decimal(), column.unitInCell ? AmountUnit::WanYuan : AmountUnit::None)
                   : CellValue::count(0));
    }
    const int year = format.firstYear();
    const QString y = QString::number(year);
    report.meta.agencyName = QStringLiteral("南定镇人民政府");
    report.meta.agencyKind = QStringLiteral("township");
    report.meta.year = year;
    report.meta.issuer = QStringLiteral("南定镇人民政府");
    report.meta.issueDate = QDate(year + 1, 1, 20);
    report.preamble = QStringLiteral("根据《中华人民共和国政府信息公开条例》，现公布南定镇") + y +
                      QStringLiteral("年政府信息公开工作年度报告。本报告统计期限为") + y +
                      QStringLiteral("年1月1日至") + y + QStringLiteral("年12月31日。");
    report.parts[0] =
        QStringLiteral("（一）主动公开\n南定镇人民政府全年主动公开政府信息260条。\n（二）依申请公开\n"
                       "我镇全年共收到政府信息公开申请0件，办结0件。");
    report.parts[4] = QStringLiteral("（一）存在的主要问题\n部分信息公开时效性差。\n（二）改进情况\n"
                                     "我镇将加强培训。");
    report.parts[5] = QStringLiteral("本年度未收取信息处理费。");
    return report;
}

QList<Finding> findingsOf(const QList<Finding> &all, const QString &rule)
{
    QList<Finding> result;
    for (const Finding &finding : all) {
        if (finding.rule == rule)
            result.append(finding);
    }
    return result;
}

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList rules;
    for (const Finding &finding : findings)
        rules.append(finding.rule + u'/' + severityId(finding.severity) + u": " + finding.message);
    return rules;
}

int cell(const Report &report, const char *id)
{
    return report.format()->cellIndex(QString::fromLatin1(id));
}

void set(Report &report, const char *id, qint64 value)
{
    ASSERT_TRUE(report.setCell(QString::fromLatin1(id), CellValue::count(value))) << id;
}

/// Fills part 三 consistently: `n` applications from natural persons, all disclosed.
void setApplications(Report &report, qint64 n)
{
    for (const char *id : {"p3/received/natural", "p3/received/total", "p3/disclosed/natural",
                           "p3/disclosed/total", "p3/results_total/natural", "p3/results_total/total"})
        set(report, id, n);
}

} // namespace

class CleanReport : public ::testing::TestWithParam<const char *>
{
};

TEST_P(CleanReport, HasNoFindings)
{
    const Report report = cleanReport(GetParam());
    EXPECT_EQ(rulesOf(Validator::validate(report)), QStringList());
    Report withApplications = report;
    setApplications(withApplications, 4);
    withApplications.parts[0] = QStringLiteral("我镇全年共收到政府信息公开申请4件，均已办结，共答复4件。");
    EXPECT_EQ(rulesOf(Validator::validate(withApplications)), QStringList());
}

INSTANTIATE_TEST_SUITE_P(Formats, CleanReport, ::testing::Values("2019", "2021"));

/// A report that breaks one rule, and what the validator must say.
struct BrokenCase
{
    const char *name;
    const char *format;
    std::function<void(Report &)> breakIt;
    const char *rule;
    Severity severity;
    const char *message; ///< the expected Chinese message of the first finding of the rule
};

void PrintTo(const BrokenCase &c, std::ostream *os)
{
    *os << c.name;
}

class BrokenReport : public ::testing::TestWithParam<BrokenCase>
{
};

TEST_P(BrokenReport, GivesTheFinding)
{
    const BrokenCase &c = GetParam();
    Report report = cleanReport(c.format);
    c.breakIt(report);
    const QList<Finding> all = Validator::validate(report);
    const QList<Finding> findings = findingsOf(all, QString::fromLatin1(c.rule));
    ASSERT_FALSE(findings.isEmpty()) << rulesOf(all).join(u'\n').toStdString();
    EXPECT_EQ(findings.front().severity, c.severity);
    QString message = QString::fromUtf8(c.message);
    // format.year names the formats as their data does.
    if (message.contains(u"%1")) {
        const Format &expected = *Format::forYear(report.meta.year);
        message = message.arg(expected.name(), expected.issuedBy(), report.format()->name());
    }
    EXPECT_EQ(findings.front().message, message);
    EXPECT_FALSE(findings.front().where.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Rules, BrokenReport,
    ::testing::Values(
        BrokenCase{"ValueInvalid", "2021",
                   [](Report &r) {
                       r.setCell(cell(r, "p3/received/natural"), CellValue::invalid(QStringLiteral("三")));
                   },
                   "value.invalid", Severity::Error, "三、一、本年新收·自然人：“三”不是非负整数"},
        BrokenCase{"ValueNegativeCount", "2021",
                   [](Report &r) { r.setCell(cell(r, "p4/cases/review_upheld"), CellValue::count(-1)); },
                   "value.invalid", Severity::Error, "四、行政复议·结果维持：“-1”不是非负整数"},
        BrokenCase{"ValueWrongUnit", "2021",
                   [](Report &r) {
                       r.setCell(cell(r, "p2.item8/fees/fee_amount"),
                                 CellValue::amount(Decimal::fromInteger(3), AmountUnit::Yuan));
                   },
                   "value.invalid", Severity::Error,
                   "二、第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）：该列单位为万元，单元格"
                   "却注明元"},
        BrokenCase{"FormatYear", "2019", [](Report &r) { r.meta.year = 2021; }, "format.year",
                   Severity::Error, "2021 年度报告应使用%1（%2），本报告使用的是%3"},
        BrokenCase{"SectionMissing", "2021", [](Report &r) { r.parts[4] = QStringLiteral("  \n"); },
                   "section.missing", Severity::Error, "缺少第五部分“五、存在的主要问题及改进情况”"},
        BrokenCase{"SectionOnlyOutline", "2021",
                   [](Report &r) { r.parts[4] = QStringLiteral("（一）存在的主要问题\n\n（二）改进情况\n"); },
                   "section.missing", Severity::Error,
                   "第五部分“五、存在的主要问题及改进情况”只有小标题，其下尚未填写内容"},
        BrokenCase{"CellBlankRow", "2021",
                   [](Report &r) {
                       for (const char *c :
                            {"natural", "business", "research", "charity", "legal", "other_org", "total"})
                           r.setCell(QStringLiteral("p3/partial/") + QString::fromLatin1(c), CellValue());
                   },
                   "cell.blank", Severity::Warning, "三、（二）部分公开：整行未填写，没有发生的应填 0"},
        BrokenCase{
            "CellBlankRows", "2021",
            [](Report &r) {
                for (const char *row : {"partial", "withheld_secret", "withheld_prohibited"}) {
                    for (const char *c :
                         {"natural", "business", "research", "charity", "legal", "other_org", "total"})
                        r.setCell(
                            QStringLiteral("p3/%1/%2").arg(QString::fromLatin1(row), QString::fromLatin1(c)),
                            CellValue());
                }
            },
            "cell.blank", Severity::Warning,
            "三、（二）部分公开 至 （三）不予公开2.其他法律行政法规禁止公开：共 3 "
            "行整行未填写，没有发生的应填 0"},
        BrokenCase{
            "CellBlankSome", "2019",
            [](Report &r) {
                r.setCell(cell(r, "p2.item5/licensing/change"), CellValue());
                r.setCell(cell(r, "p2.item5/licensing/decisions"), CellValue());
            },
            "cell.blank", Severity::Warning,
            "二、第二十条第（五）项·行政许可：2 个单元格未填写（本年增/减、处理决定数量），没有发生的应填 0"},
        BrokenCase{"TotalRow", "2021",
                   [](Report &r) {
                       setApplications(r, 5);
                       set(r, "p3/received/total", 6);
                   },
                   "total.row", Severity::Error,
                   "三、一、本年新收·总计：自然人与法人或其他组织各列之和为 5，表中填写 6"},
        BrokenCase{"TotalResults", "2021",
                   [](Report &r) {
                       set(r, "p3/received/natural", 32);
                       set(r, "p3/received/total", 32);
                       set(r, "p3/disclosed/natural", 30);
                       set(r, "p3/unable_not_held/natural", 2);
                       set(r, "p3/disclosed/total", 30);
                       set(r, "p3/unable_not_held/total", 2);
                       set(r, "p3/results_total/natural", 31);
                       set(r, "p3/results_total/total", 31);
                       set(r, "p3/carry_next/natural", 1);
                       set(r, "p3/carry_next/total", 1);
                   },
                   "total.results", Severity::Error,
                   "三、（七）总计·自然人：各项办理结果之和为 32，表中填写 31"},
        BrokenCase{"TotalReview", "2021",
                   [](Report &r) {
                       set(r, "p4/cases/review_upheld", 1);
                       set(r, "p4/cases/review_pending", 1);
                       set(r, "p4/cases/review_total", 1);
                   },
                   "total.review", Severity::Error, "四、行政复议·总计：四项结果之和为 2，表中填写 1"},
        BrokenCase{
            "Balance", "2019",
            [](Report &r) {
                set(r, "p3/other/other_org", 6);
                set(r, "p3/other/total", 6);
                set(r, "p3/results_total/other_org", 6);
                set(r, "p3/results_total/total", 6);
            },
            "balance", Severity::Error,
            "三、“其他”列：一、本年新收 ＋ 二、上年结转 = 0，（七）总计 ＋ 四、结转下年度 = 6，两者应相等"},
        BrokenCase{
            "ItemsNegative", "2019",
            [](Report &r) {
                set(r, "p2.item6/penalty/prev_count", 730);
                r.setCell(cell(r, "p2.item6/penalty/change"), CellValue::count(-800));
            },
            "items.negative", Severity::Warning,
            "二、第二十条第（六）项·行政处罚：上一年项目数量 730 ＋ 本年增/减 -800 = -70，项目数量不能为负"},
        BrokenCase{"RulesAuthority", "2021", [](Report &r) { set(r, "p2.item1/rules/made", 2); },
                   "rules.authority", Severity::Warning,
                   "二、第二十条第（一）项·规章：乡镇无权制定规章，该行应全部为 0（本年制发件数 2）"},
        BrokenCase{
            "AmountNoUnit", "2019",
            [](Report &r) {
                set(r, "p2.item9/procurement/projects", 20);
                r.setCell(cell(r, "p2.item9/procurement/amount"),
                          CellValue::parse(u"1983.6271", CellKind::Amount));
            },
            "amount.unit", Severity::Warning,
            "二、第二十条第（九）项·政府集中采购·采购总金额：金额 1983.6271 未注明单位，请写明元或万元"},
        BrokenCase{"AmountProbablyYuan", "2019",
                   [](Report &r) {
                       set(r, "p2.item9/procurement/projects", 3518);
                       r.setCell(cell(r, "p2.item9/procurement/amount"),
                                 CellValue::parse(u"49966945.1", CellKind::Amount));
                   },
                   "amount.unit", Severity::Warning,
                   "二、第二十条第（九）项·政府集中采购·采购总金额：金额 49966945.1 未注明单位；"
                   "按万元理解为每项约 14203 万元（共 3518 项），对乡镇而言不合常理，应是元"},
        BrokenCase{
            "AmountFeeInYuan", "2021",
            [](Report &r) {
                r.setCell(cell(r, "p2.item8/fees/fee_amount"), CellValue::parse(u"251000", CellKind::Amount));
            },
            "amount.unit", Severity::Warning,
            "二、第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）：251000 万元即共 251000 万元，"
            "对乡镇而言不合常理，金额是否以元计？"},
        BrokenCase{
            "ForeignAgency", "2021",
            [](Report &r) {
                r.parts[0] +=
                    QStringLiteral("\n截止目前，金山镇依申请公开政府信息和不予公开政府信息的条数为0。");
            },
            "narrative.foreign-agency", Severity::Warning,
            "正文把“金山镇”当作本机关（1 处），而本报告属于南定镇人民政府。是否从金山镇的报告复制而来？"},
        BrokenCase{"SelfReference", "2019",
                   [](Report &r) { r.parts[4] += QStringLiteral("2020年，我局将重点抓好以下几方面工作。"); },
                   "narrative.self-reference", Severity::Warning,
                   "正文用“我局”称呼本机关（1 处），这是县级部门的说法；乡镇的报告应称“我镇”、“本镇”。"
                   "是否从其他机关的报告复制而来？"},
        BrokenCase{"NarrativeNumber", "2021",
                   [](Report &r) { r.parts[0] += QStringLiteral("本年度共发生政府信息公开行政复议1件。"); },
                   "narrative.number", Severity::Warning,
                   "政府信息公开行政复议：正文写“行政复议1件”，表中为 0（四、行政复议·总计）"},
        BrokenCase{
            "NarrativeNumberReceived", "2021",
            [](Report &r) {
                setApplications(r, 4);
                set(r, "p3/carried/natural", 1);
                set(r, "p3/carried/total", 1);
                set(r, "p3/carry_next/natural", 1);
                set(r, "p3/carry_next/total", 1);
                r.parts[0] = QStringLiteral("我镇受理依申请公开政府信息5件，受理政府信息公开申请6件。");
            },
            "narrative.number", Severity::Warning,
            "收到的政府信息公开申请：正文写“受理政府信息公开申请6件”，表中为 4（三、一、本年新收·总计） 或 "
            "5（三、一、本年新收·总计 ＋ 三、二、上年结转·总计）"},
        BrokenCase{"NarrativeYearTitle", "2021",
                   [](Report &r) { r.meta.title = QStringLiteral("南定镇2020年政府信息公开工作年度报告"); },
                   "narrative.year", Severity::Warning, "标题写的是 2020 年，本报告是 2021 年度报告"},
        BrokenCase{"NarrativeYearPeriod", "2021",
                   [](Report &r) {
                       r.preamble =
                           QStringLiteral("本报告中所列数据的统计期限自2020年1月1日起，至2020年12月31日止。");
                   },
                   "narrative.year", Severity::Warning, "导语写的是 2020 年，本报告是 2021 年度报告"},
        BrokenCase{"ImprovementMissing", "2021", [](Report &r) { r.parts[4] = QStringLiteral("无。"); },
                   "improvement.missing", Severity::Warning,
                   "第五部分没有写改进措施（只写了“无。”）：应写明针对所列问题将采取的改进措施"},
        BrokenCase{"ImprovementReportYear", "2021",
                   [](Report &r) {
                       r.parts[4] = QStringLiteral("（一）存在的主要问题\n信息更新不及时。\n（二）改进情况\n"
                                                   "2021年，我镇将加强培训。");
                   },
                   "improvement.report-year", Severity::Warning,
                   "第五部分把计划写在报告年度 2021 年（“2021年，我镇将加强培训”）：改进计划应针对 2022 "
                   "年，此处很可能沿用了上年的文字"},
        BrokenCase{"FeeStatement", "2021", [](Report &r) { r.parts[5] = QStringLiteral("无。"); },
                   "fee.statement", Severity::Warning,
                   "第六部分未说明信息处理费的收取情况：应写明发出收费通知的件数和收取金额，或说明未收取"},
        BrokenCase{"DateMissingIssuer", "2021", [](Report &r) { r.meta.issuer.clear(); }, "date.missing",
                   Severity::Warning, "第六部分之后缺少落款机关"},
        BrokenCase{"DateMissingDate", "2021", [](Report &r) { r.meta.issueDate = QDate(); }, "date.missing",
                   Severity::Warning, "第六部分之后的落款缺少日期"},
        BrokenCase{"DateDeadline", "2021", [](Report &r) { r.meta.issueDate = QDate(2022, 2, 15); },
                   "date.deadline", Severity::Warning,
                   "报告落款日期为 2022年2月15日，晚于公开期限 2022年1月31日"}),
    [](const ::testing::TestParamInfo<BrokenCase> &info) { return std::string(info.param.name); });

TEST(Validator, TotalsLeaveBlankRowsToCellBlank)
{
    Report report = cleanReport("2019");
    setApplications(report, 5);
    // Like 2020_honghe: blanks where 0 is meant, a whole blank row, a blank total.
    for (const char *c : {"business", "research", "charity", "legal", "other_org"}) {
        report.setCell(QStringLiteral("p3/received/") + QString::fromLatin1(c), CellValue());
        report.setCell(QStringLiteral("p3/disclosed/") + QString::fromLatin1(c), CellValue());
    }
    for (const char *c : {"natural", "business", "research", "charity", "legal", "other_org", "total"})
        report.setCell(QStringLiteral("p3/partial/") + QString::fromLatin1(c), CellValue());
    // A blank total whose terms are all 0 is a blank, not a sum anybody lost.
    report.setCell(cell(report, "p4/cases/direct_total"), CellValue());
    const QList<Finding> findings = Validator::validate(report);
    EXPECT_TRUE(findingsOf(findings, QStringLiteral("total.row")).isEmpty());
    EXPECT_TRUE(findingsOf(findings, QStringLiteral("total.results")).isEmpty());
    EXPECT_TRUE(findingsOf(findings, QStringLiteral("total.review")).isEmpty());
    EXPECT_TRUE(findingsOf(findings, QStringLiteral("balance")).isEmpty());
    const QList<Finding> blanks = findingsOf(findings, QStringLiteral("cell.blank"));
    ASSERT_EQ(blanks.size(), 4); // 一, （一）, （二） and part 四
    EXPECT_EQ(blanks[0].where.size(), 5);
    EXPECT_EQ(blanks[2].where.size(), 7);
    EXPECT_EQ(
        blanks[3].message,
        QStringLiteral(
            "四、政府信息公开行政复议、行政诉讼情况：1 个单元格未填写（行政诉讼（未经复议直接起诉）·总计），"
            "没有发生的应填 0"));
}

TEST(Validator, BlankTotalOfWrittenTermsIsAnErrorWithItsValue)
{
    Report report = cleanReport("2019");
    set(report, "p4/cases/review_upheld", 30);
    set(report, "p4/cases/review_corrected", 6);
    report.setCell(cell(report, "p4/cases/review_total"), CellValue());
    const QList<Finding> findings = Validator::validate(report);
    const QList<Finding> totals = findingsOf(findings, QStringLiteral("total.review"));
    ASSERT_EQ(totals.size(), 1) << rulesOf(findings).join(u'\n').toStdString();
    EXPECT_EQ(totals[0].severity, Severity::Error);
    EXPECT_EQ(totals[0].message, QStringLiteral("四、行政复议·总计：总计未填，四项结果之和为 36，应为 36"));
    ASSERT_TRUE(totals[0].fix.has_value());
    EXPECT_EQ(totals[0].fix->cell, cell(report, "p4/cases/review_total"));
    EXPECT_EQ(totals[0].fix->value, CellValue::count(36));
    // The blank is still a blank: the clerk sees both.
    EXPECT_EQ(findingsOf(findings, QStringLiteral("cell.blank")).size(), 1);

    // One term blank as well: the total's value is not certain, so only the blanks are reported.
    report.setCell(cell(report, "p4/cases/review_other"), CellValue());
    EXPECT_TRUE(findingsOf(Validator::validate(report), QStringLiteral("total.review")).isEmpty());
}

TEST(Validator, TotalOffersTheSumAsFix)
{
    Report report = cleanReport("2021");
    set(report, "p4/cases/direct_upheld", 2);
    set(report, "p4/cases/direct_other", 1);
    set(report, "p4/cases/direct_total", 2);
    const QList<Finding> findings = findingsOf(Validator::validate(report), QStringLiteral("total.review"));
    ASSERT_EQ(findings.size(), 1);
    ASSERT_TRUE(findings[0].fix.has_value());
    EXPECT_EQ(findings[0].fix->cell, cell(report, "p4/cases/direct_total"));
    EXPECT_EQ(findings[0].fix->value, CellValue::count(3));
    EXPECT_EQ(findings[0].where.front(), Location::ofCell(cell(report, "p4/cases/direct_total")));
    EXPECT_EQ(findings[0].where.size(), 5);
}

TEST(Validator, CarriesApplicationsFromLastYear)
{
    Report previous = cleanReport("2019");
    previous.meta.year = 2020;
    set(previous, "p3/carry_next/natural", 3);
    Report report = cleanReport("2021");
    EXPECT_TRUE(findingsOf(Validator::validate(report), QStringLiteral("carry.applications")).isEmpty());
    const QList<Finding> findings =
        findingsOf(Validator::validate(report, &previous), QStringLiteral("carry.applications"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message,
              QStringLiteral("三、二、上年结转·自然人 填写 0，应为 3（上年报告的四、结转下年度 3）"));
    EXPECT_EQ(findings[0].where, QList<Location>{Location::ofCell(cell(report, "p3/carried/natural"))});
}

TEST(Validator, CarriesItemCountsOnlyBetween2019Reports)
{
    Report previous = cleanReport("2019");
    set(previous, "p2.item5/licensing/prev_count", 4633);
    previous.setCell(cell(previous, "p2.item5/licensing/change"), CellValue::count(-233));
    Report report = cleanReport("2019");
    report.meta.year = 2020;
    set(report, "p2.item5/licensing/prev_count", 4500);
    const QList<Finding> findings =
        findingsOf(Validator::validate(report, &previous), QStringLiteral("carry.items"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].message,
              QStringLiteral("二、第二十条第（五）项·行政许可·上一年项目数量 填写 4500，应为 4400"
                             "（上年报告的上一年项目数量 4633 ＋ 上年报告的本年增/减 -233）"));
    set(report, "p2.item5/licensing/prev_count", 4400);
    EXPECT_TRUE(findingsOf(Validator::validate(report, &previous), QStringLiteral("carry.items")).isEmpty());
}

TEST(Validator, CarriesDocumentsInForceOnlyFromA2021Report)
{
    Report previous = cleanReport("2021");
    set(previous, "p2.item1/normative/in_force", 10);
    Report report = cleanReport("2021");
    report.meta.year = 2022;
    report.meta.issueDate = QDate(2023, 1, 10);
    set(report, "p2.item1/normative/made", 2);
    set(report, "p2.item1/normative/repealed", 1);
    set(report, "p2.item1/normative/in_force", 12);
    QList<Finding> findings =
        findingsOf(Validator::validate(report, &previous), QStringLiteral("carry.in-force"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].message,
              QStringLiteral("二、第二十条第（一）项·行政规范性文件·现行有效件数 填写 12，应为 11"
                             "（上年报告的现行有效件数 10 ＋ 本年制发件数 2 － 本年废止件数 1）"));
    EXPECT_EQ(findings[0].where.size(), 3); // the target and this year's terms
    const Report previous2019 = cleanReport("2019");
    EXPECT_TRUE(
        findingsOf(Validator::validate(report, &previous2019), QStringLiteral("carry.in-force")).isEmpty());
}

TEST(Validator, AuthorityDependsOnTheAgencyKind)
{
    Report report = cleanReport("2021");
    set(report, "p2.item1/rules/in_force", 3);
    EXPECT_EQ(findingsOf(Validator::validate(report), QStringLiteral("rules.authority")).size(), 1);
    report.meta.agencyKind = QStringLiteral("city_government");
    report.meta.agencyName = QStringLiteral("赣州市人民政府");
    EXPECT_TRUE(findingsOf(Validator::validate(report), QStringLiteral("rules.authority")).isEmpty());
}

TEST(Validator, PlausibleAmountsPass)
{
    Report report = cleanReport("2019");
    set(report, "p2.item9/procurement/projects", 3518);
    report.setCell(cell(report, "p2.item9/procurement/amount"),
                   CellValue::parse(u"49966945.1元", CellKind::Amount));
    EXPECT_TRUE(findingsOf(Validator::validate(report), QStringLiteral("amount.unit")).isEmpty());
    report.setCell(cell(report, "p2.item9/procurement/amount"),
                   CellValue::parse(u"20.001万元", CellKind::Amount));
    EXPECT_TRUE(findingsOf(Validator::validate(report), QStringLiteral("amount.unit")).isEmpty());
    report.setCell(cell(report, "p2.item9/procurement/amount"), CellValue::parse(u"35元", CellKind::Amount));
    EXPECT_EQ(findingsOf(Validator::validate(report), QStringLiteral("amount.unit")).size(), 1);
}

class NarrativePassage : public ::testing::TestWithParam<std::tuple<const char *, const char *, bool>>
{
};

/// Passages of part 一 of a clean 2021 township report (南定镇, every figure 0): which rule fires.
TEST_P(NarrativePassage, FiresOnlyWhenMeant)
{
    const auto [rule, passage, fires] = GetParam();
    Report report = cleanReport("2021");
    report.parts[0] += u'\n' + QString::fromUtf8(passage);
    const QList<Finding> all = Validator::validate(report);
    EXPECT_EQ(!findingsOf(all, QString::fromLatin1(rule)).isEmpty(), fires)
        << rulesOf(all).join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Precision, NarrativePassage,
    ::testing::Values(
        std::tuple{"narrative.foreign-agency", "金山镇2021年度累计主动公开政府信息100条。", true},
        std::tuple{"narrative.foreign-agency", "我镇与金山镇政府交流学习政务公开经验。", false},
        std::tuple{"narrative.foreign-agency", "组织人员赴金山镇学习。", false},
        std::tuple{"narrative.foreign-agency", "推动各乡镇政务公开工作，城乡一体。", false},
        std::tuple{"narrative.foreign-agency", "通过与周边乡镇的交流学习，全镇政务公开水平提升。", false},
        std::tuple{"narrative.foreign-agency", "市政府决定维持南定镇政府作出的《答复函》。", false},
        std::tuple{"narrative.foreign-agency", "金山镇的做法值得学习。", false},
        std::tuple{"narrative.foreign-agency", "通过信息公开，增强镇政府和站所工作的透明度。", false},
        std::tuple{"narrative.foreign-agency", "成立了由镇政府主要领导任组长的领导小组。", false},
        std::tuple{"narrative.foreign-agency", "截止目前，金山镇依申请公开政府信息的条数为0。", true},
        std::tuple{"narrative.self-reference", "本局严格执行信息公开制度。", true},
        std::tuple{"narrative.self-reference", "根据《政府信息公开信息处理费管理办法》，本办法规定收费标准。",
                   false},
        std::tuple{"narrative.self-reference", "全县政务公开工作会议后，我县推进公开。", false},
        std::tuple{"narrative.self-reference", "由我镇办理，由党政办负责，本部门负责人审核。", false},
        std::tuple{"narrative.number", "全年共受理依申请公开政府信息3件。", true},
        std::tuple{"narrative.number", "全年办结政府信息公开申请2件。", true},
        std::tuple{"narrative.number", "结转下年度继续办理的政府信息公开申请1件。", true},
        std::tuple{"narrative.number", "全年发生政府信息公开行政诉讼2件。", true},
        std::tuple{"narrative.number", "全年受理信访件10件，均已答复申请人。", false},
        std::tuple{"narrative.number", "通过12345热线受理群众申请377件。", false},
        std::tuple{"narrative.number", "今年共新增各类诉讼复议案件9件。其中行政诉讼4件，行政复议1件。",
                   false},
        std::tuple{"narrative.number", "受理低保申请30件。", false},
        std::tuple{"narrative.number", "上年结转政府信息公开申请2件。", true},
        std::tuple{"narrative.number", "其中予以公开0件，部分公开0件，无法提供0件，不予处理0件。", false},
        std::tuple{"narrative.number", "全年予以公开3件。", true},
        std::tuple{"narrative.number", "全部或部分公开2件。", true},
        std::tuple{"narrative.number", "因本机关不掌握相关信息，无法提供2件。", true},
        std::tuple{"narrative.number", "申请人逾期未补正，其他处理1件。", true},
        std::tuple{"narrative.number", "不予处理1件。", true},
        std::tuple{"narrative.number", "申请人要求延期，转入下年度办理1件。", true},
        std::tuple{"narrative.number", "依申请公开答复率100%。", false},
        std::tuple{"narrative.year", "（三）2022年进一步改进措施。2022年，我镇将重点抓好以下工作。", false},
        std::tuple{"narrative.year", "按时发布2020年政府信息公开工作年度报告。", false},
        std::tuple{"narrative.year", "本年度信息统计时间为2020年1月1日至2020年12月31日。", true}));

TEST(Validator, NarrativeFiguresReadCombinedAndCarriedWording)
{
    Report report = cleanReport("2021");
    for (const char *id : {"p3/received/total", "p3/results_total/total"})
        set(report, id, 4);
    set(report, "p3/carried/total", 2);
    set(report, "p3/disclosed/total", 3);
    set(report, "p3/partial/total", 1);
    set(report, "p3/unable_not_held/total", 1);
    set(report, "p3/unable_unclear/total", 1);
    set(report, "p3/carry_next/total", 1);
    const auto numbers = [&](const char *passage) {
        report.parts[0] = QString::fromUtf8(passage);
        return findingsOf(Validator::validate(report), QStringLiteral("narrative.number"));
    };
    EXPECT_TRUE(numbers("共收到政府信息公开申请6件（含上年结转2件），结转下年度继续办理1件。").isEmpty());
    EXPECT_TRUE(numbers("予以公开和部分公开共4件，其中部分公开1件；无法提供2件。").isEmpty());
    EXPECT_TRUE(numbers("另有1件转入下年度办理。").isEmpty());

    // 上年结转 is 二, never 四: with 二 = 2 and 四 = 1, "上年结转1件" is wrong and says so.
    const QList<Finding> carried = numbers("共收到政府信息公开申请5件（含上年结转1件）。");
    ASSERT_EQ(carried.size(), 2) << rulesOf(carried).join(u'\n').toStdString();
    EXPECT_TRUE(
        carried[1].message.startsWith(QStringLiteral("上年结转的政府信息公开申请：正文写“上年结转1件”")))
        << carried[1].message.toStdString();
    EXPECT_TRUE(carried[1].where.contains(Location::ofCell(cell(report, "p3/carried/total"))));

    // A group is stated as a whole: 无法提供 is the sum of its three items (2), or the first item alone (1).
    const QList<Finding> unable = numbers("无法提供3件。");
    ASSERT_EQ(unable.size(), 1);
    EXPECT_EQ(unable[0].message, QStringLiteral("无法提供的政府信息公开申请：正文写“无法提供3件”，表中为 "
                                                "2（三、（四）无法提供1.本机关不掌握相关政府信息·总计 ＋ "
                                                "三、（四）无法提供2.没有现成信息需要另行制作·总计 ＋ "
                                                "三、（四）无法提供3.补正后申请内容仍不明确·总计） 或 "
                                                "1（三、（四）无法提供1.本机关不掌握相关政府信息·总计）"));
}

// A share stated after a figure (“予以公开3件，占75%”) is the figure's share of a total of part 三
// (new applications, with those carried over, or all results), as rounded by the writer.
TEST(Validator, NarrativeSharesAreTheFiguresShareOfATotal)
{
    Report report = cleanReport("2021");
    set(report, "p3/received/total", 3);
    set(report, "p3/carried/total", 1);
    set(report, "p3/results_total/total", 4);
    set(report, "p3/disclosed/total", 1);
    set(report, "p3/carry_next/total", 0);
    const auto shares = [&](const char *passage) {
        report.parts[0] = QString::fromUtf8(passage);
        return findingsOf(Validator::validate(report), QStringLiteral("narrative.share"));
    };
    // 1 of 3 new applications, of 4 with those carried over, of 4 results.
    EXPECT_TRUE(shares("全年予以公开1件，占25%。").isEmpty());
    EXPECT_TRUE(shares("全年予以公开1件，占总数的33.3%。").isEmpty());
    EXPECT_TRUE(shares("全年予以公开1件，占33%。").isEmpty()) << "rounded down";
    EXPECT_TRUE(shares("全年予以公开1件，占34%。").isEmpty()) << "rounded up";
    EXPECT_TRUE(shares("全年予以公开1件，占３３．３３％。").isEmpty()) << "full-width digits";
    EXPECT_TRUE(shares("全年予以公开1件。依申请公开答复率100%。").isEmpty()) << "not the figure's share";
    EXPECT_TRUE(shares("主动公开政府信息9条，占100%。").isEmpty()) << "not a figure of the tables";

    const QList<Finding> wrong = shares("全年予以公开1件，占50%。");
    ASSERT_EQ(wrong.size(), 1);
    EXPECT_EQ(wrong[0].severity, Severity::Warning);
    EXPECT_EQ(wrong[0].message.toStdString(),
              "正文写“予以公开1件，占50%”，而 1 是 3（三、一、本年新收·总计）的 33% 或 "
              "4（三、一、本年新收·总计 ＋ 三、二、上年结转·总计）的 25% 或 "
              "4（三、（七）总计·总计）的 25%");
    EXPECT_EQ(wrong[0].where.size(), 1 + 1 + 2 + 1) << "the quote and every total's cells";

    // Written with decimals, the share is compared at that precision.
    EXPECT_EQ(shares("全年予以公开1件，占33.5%。").size(), 1);
    // Two keywords for one figure (部分公开 inside 全部或部分公开) give one finding.
    set(report, "p3/partial/total", 1);
    set(report, "p3/disclosed/total", 0);
    EXPECT_EQ(shares("全部或部分公开1件，占60%。").size(), 1);
}

TEST(Validator, OutcomeClaimsAreCheckedAgainstTheirOwnCases)
{
    Report report = cleanReport("2021");
    set(report, "p4/cases/review_upheld", 1);
    set(report, "p4/cases/review_total", 1);
    set(report, "p4/cases/direct_corrected", 1);
    set(report, "p4/cases/direct_total", 1);
    const auto outcomes = [&](const char *passage) {
        report.parts[0] = QString::fromUtf8(passage);
        return findingsOf(Validator::validate(report), QStringLiteral("narrative.outcome"));
    };
    // The review was upheld; the lawsuit was not.
    EXPECT_TRUE(outcomes("发生政府信息公开行政复议1件，均被维持。").isEmpty());
    const QList<Finding> lawsuits = outcomes("发生政府信息公开行政复议、行政诉讼各1件，均被维持。");
    ASSERT_EQ(lawsuits.size(), 1);
    EXPECT_EQ(lawsuits[0].severity, Severity::Warning);
    EXPECT_EQ(lawsuits[0].message,
              QStringLiteral("正文称“发生政府信息公开行政复议、行政诉讼各1件，均被维持”（案件均被维持），"
                             "但表中四、行政诉讼（未经复议直接起诉）·结果纠正为 1"));
    EXPECT_TRUE(lawsuits[0].where.contains(Location::ofCell(cell(report, "p4/cases/direct_corrected"))));
    EXPECT_EQ(outcomes("政府信息公开行政诉讼案件未被纠错。").size(), 1);
    // Another scope: all of the agency's cases, or not about disclosure at all.
    EXPECT_TRUE(outcomes("本年度各类行政诉讼案件均被维持。").isEmpty());
    EXPECT_TRUE(outcomes("我局行政诉讼案件无被纠错。").isEmpty());
}

TEST(Validator, FeeStatementAcceptsTheWaysReportsSayIt)
{
    Report report = cleanReport("2021");
    for (const QString &text : {QStringLiteral("本机关2021年度共发出收费通知0件，收费金额0元。"),
                                QStringLiteral("本年度没有收取任何费用。"), QStringLiteral("无收费情况。"),
                                QStringLiteral("未收取信息处理费。")}) {
        report.parts[5] = text;
        EXPECT_TRUE(findingsOf(Validator::validate(report), QStringLiteral("fee.statement")).isEmpty())
            << text.toStdString();
    }
    report.parts[5] = QStringLiteral("本年度无其他需要报告的事项。");
    EXPECT_EQ(findingsOf(Validator::validate(report), QStringLiteral("fee.statement")).size(), 1);
    const Report report2019 = cleanReport("2019");
    Report bare = report2019;
    bare.parts[5] = QStringLiteral("无。");
    EXPECT_TRUE(findingsOf(Validator::validate(bare), QStringLiteral("fee.statement")).isEmpty());
}

TEST(Validator, ImprovementMeasuresAreReadAsWritten)
{
    Report report = cleanReport("2021");
    const auto missing = [&](const char *text) {
        report.parts[4] = QString::fromUtf8(text);
        return findingsOf(Validator::validate(report), QStringLiteral("improvement.missing")).size();
    };
    // The outline's own headings and negated measures state nothing.
    EXPECT_EQ(missing("（一）存在的主要问题\n信息更新不够及时。\n（二）改进情况\n暂无整改措施。"), 1);
    EXPECT_EQ(missing("（一）存在的主要问题\n信息更新不够及时。\n（二）改进情况\n"), 1);
    EXPECT_EQ(
        missing("（一）存在的主要问题\n信息更新不够及时。\n（二）改进情况\n下一步，我镇将定期检查栏目。"), 0);
    EXPECT_EQ(missing("（二）下一步将加强政务公开业务培训"), 0);
    EXPECT_EQ(missing("一是完善制度；二是提升质量。"), 0);
}

TEST(Validator, PlansForTheNextYearAndDispositionsAreNotTheReportYear)
{
    Report report = cleanReport("2021");
    const auto stale = [&](const char *text) {
        report.parts[4] = QString::fromUtf8(text);
        return findingsOf(Validator::validate(report), QStringLiteral("improvement.report-year")).size();
    };
    EXPECT_EQ(stale("2022年，我镇将加强培训。"), 0);
    // 将 as 把: what was done in the report year.
    EXPECT_EQ(stale("2021年将政务公开工作纳入年度考核。"), 0);
    // The year far from the plan word: a description, not a plan.
    EXPECT_EQ(stale("2021年我镇政务公开工作取得了一定成效，下一步将加强培训。"), 0);
    EXPECT_EQ(stale("2021年度计划开展培训3次。"), 1);
    EXPECT_EQ(stale("2021年拟开展培训。2021年要完善制度。"), 2);
}

TEST(Validator, DeadlineDependsOnTheAgencyKind)
{
    Report report = cleanReport("2021");
    report.meta.issueDate = QDate(2022, 1, 31);
    EXPECT_TRUE(findingsOf(Validator::validate(report), QStringLiteral("date.deadline")).isEmpty());
    report.meta.agencyKind = QStringLiteral("county_government");
    report.meta.agencyName = QStringLiteral("永定区人民政府");
    report.meta.issueDate = QDate(2022, 3, 31);
    EXPECT_TRUE(findingsOf(Validator::validate(report), QStringLiteral("date.deadline")).isEmpty());
    report.meta.issueDate = QDate(2022, 4, 1);
    EXPECT_EQ(findingsOf(Validator::validate(report), QStringLiteral("date.deadline")).size(), 1);
}

TEST(Validator, RepeatedNarrativeNamesTheMostCopiedParts)
{
    Report previous = cleanReport("2021");
    previous.parts[0] =
        QStringLiteral("我镇严格按照条例开展政府信息公开工作，提升政府工作透明度。2020年主动公开信息100条。"
                       "我镇积极加强政务公开平台建设，确保门户网站简洁高效。");
    previous.parts[4] = QStringLiteral(
        "一是部分信息公开时效性差，公开时间和实际情况不符。二是部分信息内容专业性强，不便于公众理解。");
    Report report = cleanReport("2021");
    report.meta.year = 2022;
    report.meta.issueDate = QDate(2023, 1, 10);
    report.preamble = QStringLiteral("依据条例第五十条，本镇编制并公布本年度的政府信息公开工作年度报告。");
    report.parts[0] = QStringLiteral("今年我镇把政务公开纳入绩效考核，全面梳理公开目录并逐项更新。");
    report.parts[4] = QStringLiteral("问题在于基层公开人员流动频繁，今后将定期组织业务轮训。");
    report.parts[5] = QStringLiteral("全年没有收取信息处理费，也无其他需要报告的事项。");
    EXPECT_TRUE(
        findingsOf(Validator::validate(report, &previous), QStringLiteral("narrative.repeated")).isEmpty());
    report.parts[0] = QString(previous.parts[0]).replace(QStringLiteral("2020年"), QStringLiteral("2022年"));
    report.parts[4] = previous.parts[4];
    const QList<Finding> findings =
        findingsOf(Validator::validate(report, &previous), QStringLiteral("narrative.repeated"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings[0].message.startsWith(QStringLiteral("正文有 ")));
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("一、总体情况（100%）")))
        << findings[0].message.toStdString();
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("五、存在的主要问题及改进情况（100%）")));
    EXPECT_EQ(findings[0].where.front(), Location::ofNarrative(1, 0, int(report.parts[0].size())));
}

TEST(FindingCounts, CountsEachSeverity)
{
    const QList<Finding> findings{{QStringLiteral("total"), Severity::Error, {}, {}, {}},
                                  {QStringLiteral("blank"), Severity::Warning, {}, {}, {}},
                                  {QStringLiteral("date"), Severity::Warning, {}, {}, {}},
                                  {QStringLiteral("label.variant"), Severity::Notice, {}, {}, {}}};
    EXPECT_EQ(FindingCounts::of(findings), (FindingCounts{1, 2, 1}));
    EXPECT_EQ(FindingCounts::of({}), FindingCounts{});
}

TEST(FindingCounts, AreStampedWithTheRulesVersion)
{
    Report report = cleanReport("2021");
    report.setCell(0, CellValue::invalid(QStringLiteral("若干")));
    const StampedCounts counts = Validator::count(report);
    EXPECT_EQ(counts.counts, FindingCounts::of(Validator::validate(report)));
    EXPECT_GT(counts.counts.errors, 0);
    EXPECT_EQ(counts.rulesVersion, Validator::rulesVersion());
    // Stable within a program, and it names the revision of the rules' code.
    EXPECT_EQ(Validator::rulesVersion(), Validator::rulesVersion());
    EXPECT_TRUE(Validator::rulesVersion().contains(u'.'));
}

TEST(Validator, TheCarriedOverPreambleIsNotCopiedTextUntilTheClerkChangesIt)
{
    Report previous = cleanReport("2021");
    previous.meta.year = 2021;
    previous.preamble = QStringLiteral(
        "本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2021年"
        "1月1日起至2021年12月31日止，本报告电子版可在本镇政府网站下载。");
    // A new report as carry-over starts it: last year's preamble with the year moved on, nothing else.
    Report report(*Format::forYear(2022));
    report.meta.agencyName = previous.meta.agencyName;
    report.meta.year = 2022;
    report.preamble = CarryOver::movedOn(previous.preamble, 2021, 2022);
    EXPECT_TRUE(
        findingsOf(Validator::validate(report, &previous), QStringLiteral("narrative.repeated")).isEmpty());
    // Once the clerk has changed it, it counts: here its sentences are still last year's.
    report.preamble += QStringLiteral("特此报告。");
    EXPECT_EQ(findingsOf(Validator::validate(report, &previous), QStringLiteral("narrative.repeated")).size(),
              1);
}
