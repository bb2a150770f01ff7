// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "textlayout/reportwriter.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

// The lines from part 二's heading up to part 五's, trailing blanks removed and runs of blank
// lines collapsed: the tables as laid out, independent of spacing between them.
QStringList tableSection(const QString &text)
{
    QStringList result;
    bool inside = false;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"二、"))
            inside = true;
        if (trimmed.startsWith(u"五、"))
            break;
        if (!inside)
            continue;
        QString kept = line;
        while (!kept.isEmpty() && kept.back() != u'\t' && kept.back().isSpace())
            kept.chop(1);
        // Seeds differ in whether a blank line follows a part heading.
        if (kept.isEmpty() &&
            (result.isEmpty() || result.last().isEmpty() || !result.last().startsWith(u'\t')))
            continue;
        result.append(kept);
    }
    while (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

Report reportOf(const char *seed)
{
    return ReportReader::read(test::readSeed(QString::fromUtf8(seed))).report;
}

} // namespace

class WriterLayout : public ::testing::TestWithParam<
                         std::tuple<const char *, std::vector<std::pair<const char *, const char *>>>>
{
};

// The seed, with its typos corrected, is exactly what the writer lays out.
TEST_P(WriterLayout, TablesAreLaidOutAsTheSeed)
{
    const auto &[seed, corrections] = GetParam();
    QString expected = test::readSeed(QString::fromUtf8(seed));
    for (const auto &[typo, official] : corrections) {
        ASSERT_TRUE(expected.contains(QString::fromUtf8(typo))) << typo;
        expected.replace(QString::fromUtf8(typo), QString::fromUtf8(official));
    }
    const QStringList expectedLines = tableSection(expected);
    const QStringList writtenLines = tableSection(ReportWriter::write(reportOf(seed)));
    ASSERT_GT(expectedLines.size(), 300);
    for (qsizetype i = 0; i < std::min(expectedLines.size(), writtenLines.size()); ++i)
        ASSERT_EQ(writtenLines[i], expectedLines[i]) << "table line " << i;
    EXPECT_EQ(writtenLines.size(), expectedLines.size());
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, WriterLayout,
    ::testing::Values(std::make_tuple("2021_nanding",
                                      std::vector<std::pair<const char *, const char *>>{
                                          {"第二十条 第", "第二十条第"},
                                          {"1.属于国家机密", "1.属于国家秘密"},
                                          {"只记这一情形", "只计这一情形"},
                                          {"不再处理其他政府公开申请", "不再处理其政府信息公开申请"}}),
                      std::make_tuple("2019_nanfeng",
                                      std::vector<std::pair<const char *, const char *>>{
                                          {"三、本 年 度 办 理 结 果", "三、本年度办理结果"},
                                          {"\t总\n计", "\t总计"},
                                          {"1983.6271（万元）", "1983.6271万元"}})),
    [](const auto &info) { return std::string(std::get<0>(info.param)); });

TEST(ReportWriter, WritesTheDocumentFrame)
{
    const Report report = reportOf("2020_kanshi");
    const QStringList lines = ReportWriter::write(report).split(u'\n');
    ASSERT_GT(lines.size(), 10);
    EXPECT_EQ(lines[0], QStringLiteral("坎政〔2021〕1号"));
    EXPECT_EQ(lines[1], QString());
    EXPECT_EQ(lines[2], QStringLiteral("坎市镇2020年政府信息公开工作年度报告"));
    EXPECT_TRUE(lines[3].startsWith(u" 根据《中华人民共和国政府信息公开条例》")) << "the preamble as printed";
    const qsizetype six = lines.indexOf(QStringLiteral("六、其他需要报告的事项"));
    ASSERT_GT(six, 0);
    EXPECT_EQ(lines.mid(six),
              (QStringList{QStringLiteral("六、其他需要报告的事项"), QStringLiteral("无。"), QString(),
                           QStringLiteral("坎市镇人民政府"), QStringLiteral("2021年1月15日"), QString(),
                           QStringLiteral("抄送：区政府办公室（数字办）。"), QString()}));
    for (const QString &heading :
         {QStringLiteral("一、总体情况"), QStringLiteral("五、存在的主要问题及改进情况")})
        EXPECT_TRUE(lines.contains(heading)) << "official heading " << heading.toStdString();
}

TEST(ReportWriter, WritesValuesOfEveryKind)
{
    Report report(*Format::byId(QStringLiteral("2019")));
    report.meta.agencyName = QStringLiteral("南丰镇");
    report.meta.year = 2019;
    report.setCell(QStringLiteral("p2.item5/licensing/change"), CellValue::count(8));
    report.setCell(QStringLiteral("p2.item5/other_services/change"), CellValue::count(-233));
    report.setCell(QStringLiteral("p2.item9/procurement/amount"),
                   CellValue::amount(*Decimal::parse(u"20.001"), AmountUnit::WanYuan));
    report.setCell(QStringLiteral("p2.item9/procurement/projects"),
                   CellValue::invalid(QStringLiteral("约\t5")));
    const QStringList lines = ReportWriter::write(report).split(u'\n');
    EXPECT_EQ(lines[0], QStringLiteral("南丰镇2019年政府信息公开工作年度报告"));
    const qsizetype licensing = lines.indexOf(QStringLiteral("\t行政许可"));
    ASSERT_GT(licensing, 0);
    EXPECT_EQ(lines.mid(licensing, 5),
              (QStringList{QStringLiteral("\t行政许可"), QStringLiteral("\t"), QStringLiteral("\t+8"),
                           QStringLiteral("\t"), QString()}));
    EXPECT_TRUE(lines.contains(QStringLiteral("\t-233")));
    const qsizetype procurement = lines.indexOf(QStringLiteral("\t政府集中采购"));
    ASSERT_GT(procurement, 0);
    // The cell states its unit; a tab inside invalid text would open a new cell.
    EXPECT_EQ(lines[procurement + 1], QStringLiteral("\t约 5"));
    EXPECT_EQ(lines[procurement + 2], QStringLiteral("\t20.001万元"));
}

TEST(ReportWriter, NeverWritesALabelVariant)
{
    for (const QString &seed : test::seedNames()) {
        const Report report = ReportReader::read(test::readSeed(seed)).report;
        const Format &format = *report.format();
        QSet<QString> official;
        QStringList variants;
        for (const PartDef &part : format.parts()) {
            official.insert(part.heading);
            variants += part.variants;
        }
        for (const TableDef &table : format.tables()) {
            variants += table.cornerVariants;
            for (const RowDef &row : table.rows) {
                official << row.label << row.group << row.section;
                variants += row.variants;
            }
            for (const ColumnDef &column : table.columns)
                variants += column.variants;
        }
        const QStringList lines = ReportWriter::write(report).split(u'\n');
        for (const QString &variant : std::as_const(variants)) {
            if (official.contains(variant))
                continue; // also an official label elsewhere (（六）其他处理 is 2021's group label)
            EXPECT_FALSE(lines.contains(variant) || lines.contains(u'\t' + variant))
                << seed.toStdString() << ": " << variant.toStdString();
        }
        const ReadResult again = ReportReader::read(ReportWriter::write(report));
        EXPECT_TRUE(again.notices.isEmpty())
            << seed.toStdString() << ": " << again.notices.value(0).message.toStdString();
        EXPECT_TRUE(again.diagnostics.isEmpty()) << seed.toStdString();
    }
}

TEST(ReportWriter, ReportWithoutFormatDoesNotCrash)
{
    Report report;
    report.meta.agencyName = QStringLiteral("南定镇人民政府");
    report.meta.year = 2021;
    EXPECT_TRUE(ReportWriter::write(report).startsWith(u"南定镇人民政府2021年政府信息公开工作年度报告\n"));
}
