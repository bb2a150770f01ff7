// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

CellValue cell(const ReadResult &result, const char *id)
{
    return result.report.cell(QString::fromUtf8(id));
}

CellValue count(qint64 value)
{
    return CellValue::count(value);
}

CellValue amount(const char *text, AmountUnit unit)
{
    return CellValue::amount(*Decimal::parse(QString::fromUtf8(text)), unit);
}

// The notices whose message names the text.
QList<Finding> noticesNaming(const ReadResult &result, const char *text)
{
    QList<Finding> found;
    for (const Finding &notice : result.notices) {
        if (notice.message.contains(QString::fromUtf8(text)))
            found.append(notice);
    }
    return found;
}

int lineOf(const Finding &finding)
{
    for (const Location &location : finding.where) {
        if (location.kind == Location::Kind::Line)
            return location.line;
    }
    return 0;
}

QString diagnosticsText(const ReadResult &result)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : result.diagnostics)
        lines.append(QString::number(diagnostic.line) + u": " + diagnostic.message);
    return lines.join(u'\n');
}

} // namespace

struct SeedExpectation
{
    const char *seed;
    const char *format;
    const char *agency;
    int year;
    const char *issuer;
    QDate date;
};

class ReaderSeed : public ::testing::TestWithParam<SeedExpectation>
{
};

TEST_P(ReaderSeed, ReadsFormatAndMetadata)
{
    const SeedExpectation &expected = GetParam();
    const ReadResult result = ReportReader::read(test::readSeed(QString::fromUtf8(expected.seed)));
    ASSERT_TRUE(result.isReport);
    ASSERT_NE(result.report.format(), nullptr);
    EXPECT_EQ(result.report.format()->id(), QString::fromUtf8(expected.format));
    EXPECT_EQ(result.report.meta.formatId, QString::fromUtf8(expected.format));
    EXPECT_EQ(result.report.meta.agencyName, QString::fromUtf8(expected.agency));
    EXPECT_EQ(result.report.meta.agencyKind, QStringLiteral("township"));
    EXPECT_EQ(result.report.meta.year, expected.year);
    EXPECT_EQ(result.report.meta.issuer, QString::fromUtf8(expected.issuer));
    EXPECT_EQ(result.report.meta.issueDate, expected.date);
    EXPECT_TRUE(result.diagnostics.isEmpty()) << diagnosticsText(result).toStdString();
}

TEST_P(ReaderSeed, KeepsNarrativeWithoutHeadingsOrDebris)
{
    const ReadResult result = ReportReader::read(test::readSeed(QString::fromUtf8(GetParam().seed)));
    const Format &format = *result.report.format();
    for (int part = 0; part < Report::PartCount; ++part) {
        const QString &text = result.report.parts[size_t(part)];
        EXPECT_FALSE(text.contains(format.parts()[part].heading)) << part;
        EXPECT_FALSE(text.contains(u"[bookmark")) << part;
        EXPECT_FALSE(text.startsWith(u'\n') || text.endsWith(u'\n')) << part;
        // Table parts keep only their narrative; the tables are cells.
        if (!format.tablesOfPart(part + 1).isEmpty()) {
            EXPECT_FALSE(text.contains(u'\t')) << part;
        }
    }
    EXPECT_FALSE(result.report.preamble.contains(u"[bookmark"));
    EXPECT_FALSE(result.report.parts[0].isEmpty());
    EXPECT_FALSE(result.report.parts[4].isEmpty());
    EXPECT_FALSE(result.report.parts[5].contains(
        result.report.meta.issuer.isEmpty() ? QStringLiteral("人民政府") : result.report.meta.issuer));
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, ReaderSeed,
    ::testing::Values(
        SeedExpectation{"2019_nanfeng", "2019", "南丰镇", 2019, "南丰镇人民政府", QDate(2020, 1, 21)},
        SeedExpectation{"2019_qingtang", "2019", "青塘镇", 2019, "青塘镇人民政府", QDate(2020, 1, 13)},
        SeedExpectation{"2020_honghe", "2019", "洪合镇", 2020, "", QDate()},
        SeedExpectation{"2020_kanshi", "2019", "坎市镇", 2020, "坎市镇人民政府", QDate(2021, 1, 15)},
        SeedExpectation{"2021_nanding", "2021", "南定镇人民政府", 2021, "", QDate()}),
    [](const ::testing::TestParamInfo<SeedExpectation> &info) { return std::string(info.param.seed); });

TEST(ReportReader, Nanfeng)
{
    const ReadResult result = ReportReader::read(test::readSeed(QStringLiteral("2019_nanfeng")));
    EXPECT_EQ(cell(result, "p2.item9/procurement/projects"), count(20));
    EXPECT_EQ(cell(result, "p2.item9/procurement/amount"), amount("1983.6271", AmountUnit::WanYuan));
    EXPECT_EQ(cell(result, "p2.item8/fees/prev_count"), count(2));
    EXPECT_EQ(cell(result, "p3/received/natural"), count(32));
    EXPECT_EQ(cell(result, "p3/received/total"), count(32));
    EXPECT_EQ(cell(result, "p3/disclosed/natural"), count(23));
    EXPECT_EQ(cell(result, "p3/unable_not_held/total"), count(8));
    EXPECT_EQ(cell(result, "p3/declined_petition/natural"), count(1));
    EXPECT_EQ(cell(result, "p4/cases/after_review_total"), count(0));
    EXPECT_TRUE(result.report.meta.title.isEmpty()) << "the standard title is not stored";
    EXPECT_FALSE(noticesNaming(result, "三、本 年 度 办 理 结 果").isEmpty());
}

TEST(ReportReader, Qingtang)
{
    const ReadResult result = ReportReader::read(test::readSeed(QStringLiteral("2019_qingtang")));
    EXPECT_EQ(result.report.meta.title, QStringLiteral("青塘镇政府信息公开工作年度报告"));
    EXPECT_EQ(cell(result, "p3/other/other_org"), count(6));
    EXPECT_EQ(cell(result, "p3/other/total"), count(6));
    EXPECT_EQ(cell(result, "p3/results_total/total"), count(6));
    EXPECT_EQ(cell(result, "p3/other/natural"), count(0));
    for (const char *column : {"natural", "business", "research", "charity", "legal", "other_org", "total"})
        EXPECT_TRUE(result.report.cell(QStringLiteral("p3/partial/") + QString::fromUtf8(column)).isBlank())
            << column;
    // The extra empty cell after 本年增/减 does not shift anything.
    EXPECT_EQ(cell(result, "p2.item8/fees/change"), count(0));
    EXPECT_EQ(cell(result, "p2.item9/procurement/amount"), amount("0", AmountUnit::None));
    const QList<Finding> carry = noticesNaming(result, "结转下半年度继续办理");
    ASSERT_EQ(carry.size(), 1);
    EXPECT_EQ(carry[0].rule, QStringLiteral("label.variant"));
    EXPECT_EQ(carry[0].severity, Severity::Notice);
    EXPECT_EQ(lineOf(carry[0]), 351);
    EXPECT_TRUE(carry[0].message.contains(u"四、结转下年度继续办理"));
    ASSERT_EQ(carry[0].where.size(), 2);
    EXPECT_EQ(carry[0].where[1].cell,
              result.report.format()->cellIndex(QStringLiteral("p3/carry_next/natural")));
    EXPECT_TRUE(result.report.preamble.contains(u"青塘镇根据《中华人民共和国政府信息公开条例》"));
}

TEST(ReportReader, Honghe)
{
    const ReadResult result = ReportReader::read(test::readSeed(QStringLiteral("2020_honghe")));
    EXPECT_EQ(result.report.meta.title, QStringLiteral("洪合镇2020年度政府信息公开工作年度报告"));
    EXPECT_EQ(cell(result, "p2.item5/licensing/prev_count"), count(4633));
    EXPECT_EQ(cell(result, "p2.item5/licensing/change"), count(-233));
    EXPECT_EQ(cell(result, "p2.item5/licensing/decisions"), count(4400));
    EXPECT_EQ(cell(result, "p2.item6/enforcement/change"), count(-1657));
    EXPECT_EQ(cell(result, "p2.item9/procurement/projects"), count(3518));
    EXPECT_EQ(cell(result, "p2.item9/procurement/amount"), amount("49966945.1", AmountUnit::None));
    EXPECT_EQ(cell(result, "p2.item1/normative/public_total"), count(6));
    // U+00A0 in a cell is blank.
    EXPECT_EQ(cell(result, "p3/received/natural"), count(5));
    EXPECT_TRUE(cell(result, "p3/received/business").isBlank());
    // Part 四: a blank first cell does not shift the row.
    EXPECT_TRUE(cell(result, "p4/cases/review_upheld").isBlank());
    EXPECT_EQ(cell(result, "p4/cases/review_corrected"), count(1));
    EXPECT_EQ(cell(result, "p4/cases/review_total"), count(1));
    EXPECT_EQ(cell(result, "p4/cases/direct_total"), count(0));
    EXPECT_EQ(cell(result, "p4/cases/after_review_total"), count(0));
    EXPECT_TRUE(result.report.parts[5] == QStringLiteral("无"));
}

TEST(ReportReader, Kanshi)
{
    const ReadResult result = ReportReader::read(test::readSeed(QStringLiteral("2020_kanshi")));
    EXPECT_EQ(result.report.meta.documentNumber, QStringLiteral("坎政〔2021〕1号"));
    EXPECT_EQ(result.report.meta.copyTo, QStringLiteral("区政府办公室（数字办）。"));
    EXPECT_TRUE(result.report.meta.title.isEmpty());
    EXPECT_EQ(cell(result, "p2.item1/normative/made"), count(1));
    EXPECT_EQ(cell(result, "p2.item1/normative/public_total"), count(6));
    EXPECT_EQ(cell(result, "p2.item5/licensing/change"), count(8));
    EXPECT_EQ(cell(result, "p2.item5/other_services/change"), count(189));
    EXPECT_EQ(cell(result, "p2.item5/other_services/decisions"), count(334));
    EXPECT_EQ(cell(result, "p2.item9/procurement/amount"), amount("75627", AmountUnit::None));
    // The row whose 1.属于国家秘密 label is missing: read as that row, and said so.
    EXPECT_EQ(cell(result, "p3/withheld_secret/natural"), count(0));
    EXPECT_EQ(cell(result, "p3/withheld_secret/total"), count(0));
    const QList<Finding> missing = noticesNaming(result, "1.属于国家秘密");
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(lineOf(missing[0]), 180);
    EXPECT_TRUE(missing[0].message.contains(u"（三）不予公开"));
    EXPECT_EQ(cell(result, "p3/withheld_prohibited/natural"), count(0));
    EXPECT_EQ(cell(result, "p3/carry_next/natural"), count(0));
    EXPECT_TRUE(cell(result, "p3/carry_next/business").isBlank());
    // A column label broken over two lines.
    EXPECT_FALSE(noticesNaming(result, "本年新 制作数量").isEmpty());
    // 第五十条's own wording of the part 五 heading.
    EXPECT_FALSE(noticesNaming(result, "五、政府信息公开工作存在主要问题及改进情况").isEmpty());
    EXPECT_TRUE(result.report.parts[4].startsWith(u"2020年，我镇扎实开展政府信息公开工作"));
    EXPECT_EQ(result.report.parts[5], QStringLiteral("无。"));
}

TEST(ReportReader, Nanding)
{
    const ReadResult result = ReportReader::read(test::readSeed(QStringLiteral("2021_nanding")));
    EXPECT_TRUE(result.report.meta.title.isEmpty()) << "the title split over two lines is the standard one";
    EXPECT_TRUE(result.report.preamble.isEmpty());
    EXPECT_EQ(cell(result, "p2.item5/licensing/decisions"), count(805));
    EXPECT_EQ(cell(result, "p2.item8/fees/fee_amount"), amount("0", AmountUnit::None));
    EXPECT_EQ(cell(result, "p3/withheld_secret/natural"), count(0));
    EXPECT_EQ(cell(result, "p3/other_unpaid/total"), count(0));
    EXPECT_EQ(cell(result, "p3/other_misc/total"), count(0));
    EXPECT_EQ(cell(result, "p4/cases/after_review_total"), count(0));
    for (const char *variant : {"1.属于国家机密", "只记这一情形", "其他政府公开申请"}) {
        const QList<Finding> notices = noticesNaming(result, variant);
        ASSERT_EQ(notices.size(), 1) << variant;
        EXPECT_EQ(notices[0].rule, QStringLiteral("label.variant"));
        EXPECT_EQ(notices[0].where.size(), 2) << "the line and the row's first cell";
    }
    // The message is Chinese (the zh_CN translation is installed in the tests).
    EXPECT_EQ(noticesNaming(result, "1.属于国家机密")[0].message,
              QStringLiteral("“1.属于国家机密”已按标准名称“1.属于国家秘密”读入。"));
    EXPECT_TRUE(result.report.parts[0].startsWith(u"我镇严格按照"));
    EXPECT_EQ(result.report.parts[5], QStringLiteral("无。"));
}

namespace {

// The seed with one passage changed; fails the test when the passage is not there.
QString edited(const char *seed, const std::vector<std::pair<QString, QString>> &edits)
{
    QString text = test::readSeed(QString::fromUtf8(seed));
    for (const auto &[from, to] : edits) {
        EXPECT_TRUE(text.contains(from)) << from.toStdString();
        text.replace(from, to);
    }
    return text;
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString row(const QStringList &cells)
{
    QString text;
    for (const QString &cell : cells)
        text += u'\t' + cell + u'\n';
    return text + u'\n';
}

} // namespace

TEST(ReportReaderVariants, A2021ReportUsingThe2019TablesKeepsItsNumbers)
{
    const ReadResult result =
        ReportReader::read(edited("2019_nanfeng", {{u8("南丰镇2019年政府信息公开工作年度报告\n"),
                                                    u8("南丰镇2021年政府信息公开工作年度报告\n")}}));
    EXPECT_EQ(result.report.format()->id(), QStringLiteral("2019"));
    EXPECT_EQ(result.report.meta.year, 2021);
    EXPECT_EQ(cell(result, "p3/received/natural"), count(32));
    EXPECT_EQ(cell(result, "p2.item9/procurement/amount"), amount("1983.6271", AmountUnit::WanYuan));
}

TEST(ReportReaderVariants, A2021ReportKeepingTheSingleOtherRow)
{
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    const qsizetype begin = text.indexOf(u8("\t（六）其他处理\n"));
    const qsizetype end = text.indexOf(u8("\t（七）总计\n"));
    ASSERT_TRUE(begin > 0 && end > begin);
    text.replace(begin, end - begin,
                 row({u8("（六）其他处理"), u8("1"), u8("0"), u8("0"), u8("0"), u8("0"), u8("0"), u8("1")}) +
                     u'\t' + u'\n');
    const ReadResult result = ReportReader::read(text);
    EXPECT_EQ(cell(result, "p3/other_misc/natural"), count(1));
    EXPECT_EQ(cell(result, "p3/other_misc/total"), count(1));
    EXPECT_TRUE(cell(result, "p3/other_no_amendment/natural").isBlank());
    const QList<Finding> notices = noticesNaming(result, "（六）其他处理");
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices[0].message.contains(u"3.其他"));
    EXPECT_TRUE(result.diagnostics.isEmpty()) << diagnosticsText(result).toStdString();
}

TEST(ReportReaderVariants, TyposAndItemNumbersAreMappedAndSaidSo)
{
    const ReadResult result = ReportReader::read(edited(
        "2019_nanfeng", {{u8("\t1.属于国家秘密\n\t0\n"), u8("\t1、属于国家秘密\n\t3\n")},
                         {u8("\t2.其他法律行政法规禁止公开\n\t0\n"), u8("\t2.其他法律行政止公开\n\t4\n")},
                         {u8("\t4.保护第三方合法权益\n\t0\n"), u8("\t4.保护第三方合法权利\n\t5\n")}}));
    EXPECT_EQ(cell(result, "p3/withheld_secret/natural"), count(3));
    EXPECT_EQ(cell(result, "p3/withheld_prohibited/natural"), count(4));
    EXPECT_EQ(cell(result, "p3/withheld_third_party/natural"), count(5));
    for (const char *variant : {"1、属于国家秘密", "2.其他法律行政止公开", "4.保护第三方合法权利"})
        EXPECT_EQ(noticesNaming(result, variant).size(), 1) << variant;
    EXPECT_TRUE(result.diagnostics.isEmpty()) << diagnosticsText(result).toStdString();
}

TEST(ReportReaderVariants, UnitsInCells)
{
    const QString fee = u8("\t行政事业性收费\n\t0\n");
    EXPECT_EQ(cell(ReportReader::read(
                       edited("2021_nanding", {{fee, u8("\t行政事业性收费\n\t4068.208（万元）\n")}})),
                   "p2.item8/fees/fee_amount"),
              amount("4068.208", AmountUnit::None))
        << "the header states 万元";
    EXPECT_EQ(cell(ReportReader::read(edited("2021_nanding", {{fee, u8("\t行政事业性收费\n\t12元\n")}})),
                   "p2.item8/fees/fee_amount"),
              CellValue::invalid(u8("12元")))
        << "元 in a 万元 column is not a value of the column";
    EXPECT_EQ(cell(ReportReader::read(edited("2020_kanshi", {{u8("\t75627.00\n"), u8("\t251000元\n")}})),
                   "p2.item9/procurement/amount"),
              amount("251000", AmountUnit::Yuan));
}

TEST(ReportReaderVariants, HeadingsWordedDifferently)
{
    const ReadResult result = ReportReader::read(
        edited("2019_nanfeng", {{u8("五、存在的主要问题及改进情况\n"), u8("  五、存在问题和改进措施\n")},
                                {u8("六、其他需要报告的事项\n无\n"), u8("六、其他需要报告的事项：无\n")}}));
    EXPECT_TRUE(result.report.parts[4].startsWith(u"我镇的政府信息公开工作取得了一定的成效"));
    EXPECT_FALSE(result.report.parts[3].contains(u"我镇的政府信息公开工作取得了一定的成效"));
    EXPECT_EQ(result.report.parts[5], QStringLiteral("无"));
    EXPECT_EQ(noticesNaming(result, "五、存在问题和改进措施").size(), 1);
    EXPECT_EQ(result.report.meta.issuer, QStringLiteral("南丰镇人民政府"));
}

TEST(ReportReaderVariants, NothingIsDroppedSilently)
{
    const QString carried = row({u8("二、上年结转政府信息公开申请数量"), u8("0"), u8("0"), u8("0"), u8("0"),
                                 u8("0"), u8("0"), u8("0")});
    const QString twice = carried + row({u8("二、上年结转政府信息公开申请数量"), u8("9"), u8("0"), u8("0"),
                                         u8("0"), u8("0"), u8("0"), u8("9")});
    const ReadResult result = ReportReader::read(
        edited("2021_nanding", {{u8("\t805\n"), u8("\t805\n\t17\n")},
                                {u8("\t行政处罚\n"), row({u8("合计"), u8("5")}) + u8("\t行政处罚\n")},
                                {carried, twice}}));
    EXPECT_EQ(cell(result, "p2.item5/licensing/decisions"), count(805));
    EXPECT_EQ(cell(result, "p3/carried/natural"), count(0)) << "the first occurrence counts";
    ASSERT_EQ(result.diagnostics.size(), 3) << diagnosticsText(result).toStdString();
    EXPECT_EQ(result.diagnostics[0].line, 39);
    EXPECT_TRUE(result.diagnostics[0].message.contains(u"17"));
    EXPECT_EQ(result.diagnostics[1].line, 47);
    EXPECT_TRUE(result.diagnostics[1].message.contains(u"合计"));
    EXPECT_TRUE(result.diagnostics[1].message.contains(u"5"));
    EXPECT_TRUE(result.diagnostics[2].message.contains(u"9"));
    EXPECT_TRUE(result.diagnostics[2].message.contains(u"二、上年结转"));
}

TEST(ReportReaderVariants, ProseIsNotAReport)
{
    const ReadResult result =
        ReportReader::read(u8("关于召开年度工作会议的通知\n各村：\n定于1月5日召开会议。\n"));
    EXPECT_FALSE(result.isReport);
    ASSERT_EQ(result.diagnostics.size(), 1);
    EXPECT_EQ(result.diagnostics[0].line, 0);
    EXPECT_FALSE(result.diagnostics[0].message.isEmpty());
}

TEST(ReportReaderVariants, ReadsAFileInUtf8OrGb18030)
{
    const QString text = test::readSeed(QStringLiteral("2020_kanshi"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringEncoder gb18030("GB18030");
    ASSERT_TRUE(gb18030.isValid());
    QFile file(dir.filePath(QStringLiteral("kanshi.txt")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(gb18030.encode(text));
    file.close();
    const ReadResult fromFile = ReportReader::readFile(file.fileName());
    EXPECT_TRUE(fromFile.isReport);
    EXPECT_TRUE(fromFile.report == ReportReader::read(text).report);
    EXPECT_TRUE(ReportReader::readFile(test::seedPath(QStringLiteral("2020_kanshi"))).report ==
                fromFile.report);

    const ReadResult missing = ReportReader::readFile(dir.filePath(QStringLiteral("missing.txt")));
    EXPECT_FALSE(missing.isReport);
    ASSERT_EQ(missing.diagnostics.size(), 1);
    EXPECT_TRUE(missing.diagnostics[0].message.contains(u"missing.txt"));
}
