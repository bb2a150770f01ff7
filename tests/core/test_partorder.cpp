// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Parts out of the format's order, renamed, merged, or with their tables set apart as appendices
// (附表1…): read into their parts, with one `section.order` warning that names the official order —
// from a text as from a web page, a Word document or a PDF (tests/data/import/README.md, part-order-*).
#include "format.h"
#include "import/reportimporter.h"
#include "testsupport.h"

#include <QFile>

#include <algorithm>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

QString fixtureText(const char *name)
{
    QFile file(fixture(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return QString::fromUtf8(file.readAll());
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

const Report &nanding()
{
    static const Report report = ReportReader::read(test::readSeed(QStringLiteral("2021_nanding"))).report;
    return report;
}

QString findingsText(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines.append(finding.rule + u": " + finding.message);
    return lines.join(u'\n');
}

QList<Finding> ofRule(const QList<Finding> &findings, const char *rule)
{
    QList<Finding> found;
    for (const Finding &finding : findings) {
        if (finding.rule == QLatin1String(rule))
            found.append(finding);
    }
    return found;
}

/// The one section.order warning of the import; fails the test when there is not exactly one.
Finding orderWarning(const ImportResult &result)
{
    const QList<Finding> found = ofRule(result.validate(), "section.order");
    EXPECT_EQ(found.size(), 1) << findingsText(result.validate()).toStdString();
    if (found.isEmpty())
        return {};
    EXPECT_EQ(found.first().severity, Severity::Warning);
    // It names the official order: every heading of the format, in order.
    qsizetype at = 0;
    for (const PartDef &part : nanding().format()->parts()) {
        at = found.first().message.indexOf(part.heading, at);
        EXPECT_GE(at, 0) << part.heading.toStdString() << " in " << found.first().message.toStdString();
    }
    return found.first();
}

/// Every number is where the published report has it, and nothing is said to be missing.
void expectEveryPartRead(const ImportResult &result)
{
    ASSERT_TRUE(result.isReport()) << findingsText(result.validate()).toStdString();
    EXPECT_EQ(result.read.report.cells(), nanding().cells());
    const QList<Finding> findings = result.validate();
    EXPECT_TRUE(ofRule(findings, "import.table-unread").isEmpty()) << findingsText(findings).toStdString();
    EXPECT_TRUE(ofRule(findings, "import.number-unplaced").isEmpty()) << findingsText(findings).toStdString();
    EXPECT_TRUE(ofRule(findings, "section.missing").isEmpty()) << findingsText(findings).toStdString();
    for (int part = 0; part < Report::PartCount; ++part)
        EXPECT_GT(result.read.partLines[size_t(part)], 0) << "part " << part + 1;
}

struct SwappedSource
{
    const char *file;
    SourceKind kind;
    const char *order; ///< the parts in the order the source has them
};

void PrintTo(const SwappedSource &source, std::ostream *os)
{
    *os << source.file;
}

} // namespace

class PartOrderSwapped : public ::testing::TestWithParam<SwappedSource>
{
};

TEST_P(PartOrderSwapped, EveryPartIsReadIntoItsPlaceAndTheOrderIsNamed)
{
    const ImportResult result = ReportImporter::read(fixture(GetParam().file));
    EXPECT_EQ(result.kind, GetParam().kind);
    expectEveryPartRead(result);
    const Finding warning = orderWarning(result);
    EXPECT_TRUE(warning.message.contains(u8(GetParam().order))) << warning.message.toStdString();
    EXPECT_TRUE(ofRule(result.validate(), "section.missing").isEmpty())
        << findingsText(result.validate()).toStdString();
    const Report &read = result.read.report;
    EXPECT_TRUE(read.parts[0].contains(u8("我镇积极加强政务公开平台建设")));
    EXPECT_TRUE(read.parts[4].contains(u8("第三，完善机制，加强监督")));
    EXPECT_FALSE(read.parts[5].contains(u8("完善机制")));
    EXPECT_TRUE(read.parts[5].startsWith(u8("无")));
    EXPECT_EQ(read.meta.agencyName, nanding().meta.agencyName);
}

INSTANTIATE_TEST_SUITE_P(
    Sources, PartOrderSwapped,
    ::testing::Values(SwappedSource{"part-order-swapped.txt", SourceKind::Text, "一、三、二、四、六、五"},
                      SwappedSource{"part-order-swapped.html", SourceKind::Html, "一、三、二、四、五、六"},
                      SwappedSource{"part-order-swapped.docx", SourceKind::Docx, "一、三、二、四、五、六"},
                      SwappedSource{"part-order-swapped.pdf", SourceKind::Pdf, "一、三、二、四、五、六"}),
    [](const ::testing::TestParamInfo<SwappedSource> &info) {
        std::string name = info.param.file;
        std::replace_if(name.begin(), name.end(), [](char c) { return c == '.' || c == '-'; }, '_');
        return name;
    });

TEST(PartOrder, TheSwappedTextReadsAsThePublishedReport)
{
    const ImportResult result = ReportImporter::read(fixture("part-order-swapped.txt"));
    ASSERT_TRUE(result.isReport());
    EXPECT_EQ(result.read.report.parts, nanding().parts);
    // The warning points first at the first heading out of place: 三, standing second.
    const Finding warning = orderWarning(result);
    ASSERT_FALSE(warning.where.isEmpty());
    EXPECT_EQ(warning.where.first().line, result.read.partLines[2]);
}

TEST(PartOrder, HeadingsWordedOtherwiseAreReadAndNamed)
{
    const ImportResult result = ReportImporter::read(fixture("part-order-renamed.txt"));
    expectEveryPartRead(result);
    EXPECT_EQ(result.read.report.parts, nanding().parts);
    const Finding warning = orderWarning(result);
    EXPECT_TRUE(warning.message.contains(u8("五、工作中存在的不足和下一步改进措施")))
        << warning.message.toStdString();
    EXPECT_TRUE(warning.message.contains(u8("六、其他事项"))) << warning.message.toStdString();
    EXPECT_EQ(warning.where.size(), 2);
}

TEST(PartOrder, TwoPartsUnderOneHeadingAreBothRead)
{
    // 三 and 四 under one heading, 五 and 六 numbered 四 and 五.
    const ImportResult result = ReportImporter::read(fixture("part-order-merged.txt"));
    expectEveryPartRead(result);
    EXPECT_EQ(result.read.partLines[2], result.read.partLines[3]) << "part 四 stands under 三's heading";
    EXPECT_EQ(result.read.report.parts[4], nanding().parts[4]);
    EXPECT_EQ(result.read.report.parts[5], nanding().parts[5]);
    const Finding warning = orderWarning(result);
    EXPECT_TRUE(warning.message.contains(u8("三、四"))) << warning.message.toStdString();
    EXPECT_TRUE(warning.message.contains(u8("四、存在的主要问题及改进情况")))
        << warning.message.toStdString();
    EXPECT_TRUE(warning.message.contains(u8("五、其他需要报告的事项"))) << warning.message.toStdString();
}

TEST(PartOrder, TwoPartsOfTextUnderOneHeadingAreSplitWhereALineNamesTheSecond)
{
    // 五、存在的主要问题、改进情况及其他需要报告的事项 with （三）其他需要报告的事项 as its last sub-heading.
    const ImportResult result = ReportImporter::read(fixture("part-order-merged-text.txt"));
    expectEveryPartRead(result);
    EXPECT_EQ(result.read.report.parts[4], nanding().parts[4]);
    EXPECT_EQ(result.read.report.parts[5], nanding().parts[5])
        << "the sub-heading names part 六, it is not its text";
    EXPECT_GT(result.read.partLines[5], result.read.partLines[4]) << "part 六 begins where it is named";
    const Finding warning = orderWarning(result);
    EXPECT_TRUE(warning.message.contains(u8("五、六"))) << warning.message.toStdString();

    // Named by a paragraph of its own, the paragraph is the part's text.
    QString text = fixtureText("part-order-merged-text.txt");
    text.replace(u8("（三）其他需要报告的事项\n无。"), u8("其他需要报告的事项：无。"));
    const ImportResult paragraph = ReportImporter::read(text.toUtf8(), QStringLiteral("merged.txt"));
    EXPECT_EQ(paragraph.read.report.parts[4], nanding().parts[4]);
    EXPECT_EQ(paragraph.read.report.parts[5], u8("其他需要报告的事项：无。"));
}

TEST(PartOrder, APartOfTextUnderAnotherPartsHeadingIsNotMissing)
{
    // No line names part 六: its text cannot be told from 五's and stays there, and 六 is not "missing"
    // from the report as published — the section.order warning says where it stands.
    QString text = fixtureText("part-order-merged-text.txt");
    text.replace(u8("（三）其他需要报告的事项\n"), QString());
    const ImportResult result = ReportImporter::read(text.toUtf8(), QStringLiteral("merged.txt"));
    expectEveryPartRead(result);
    EXPECT_EQ(result.read.partLines[5], result.read.partLines[4]);
    EXPECT_TRUE(result.read.report.parts[5].isEmpty());
    EXPECT_TRUE(result.read.report.parts[4].endsWith(nanding().parts[5]));
    orderWarning(result);
    // The same report without its heading for 六 at all is missing part 六.
    text.replace(u8("及其他需要报告的事项"), QString());
    const ImportResult without = ReportImporter::read(text.toUtf8(), QStringLiteral("without.txt"));
    EXPECT_EQ(ofRule(without.validate(), "section.missing").size(), 1)
        << findingsText(without.validate()).toStdString();
}

/// The same fixture as text, as a web page and printed to PDF, where a table ends at the heading that
/// follows it: a part's heading worded otherwise, an appendix's heading (tests/data/import/README.md).
class PartOrderSources : public ::testing::TestWithParam<const char *>
{
};

namespace {

std::string sourceName(const ::testing::TestParamInfo<const char *> &info)
{
    std::string name = info.param;
    std::replace_if(name.begin(), name.end(), [](char c) { return c == '.' || c == '-'; }, '_');
    return name;
}

} // namespace

class PartOrderRenamed : public PartOrderSources
{
};

TEST_P(PartOrderRenamed, HeadingsWordedOtherwiseAreReadAndNamed)
{
    const ImportResult result = ReportImporter::read(fixture(GetParam()));
    expectEveryPartRead(result);
    const Report &read = result.read.report;
    EXPECT_TRUE(read.parts[4].contains(u8("第三，完善机制，加强监督"))) << read.parts[4].toStdString();
    EXPECT_TRUE(read.parts[5].startsWith(u8("无"))) << read.parts[5].toStdString();
    const Finding warning = orderWarning(result);
    EXPECT_TRUE(warning.message.contains(u8("五、工作中存在的不足和下一步改进措施")))
        << warning.message.toStdString();
    EXPECT_TRUE(warning.message.contains(u8("六、其他事项"))) << warning.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Sources, PartOrderRenamed,
                         ::testing::Values("part-order-renamed.txt", "part-order-renamed.html",
                                           "part-order-renamed.pdf"),
                         sourceName);

class PartOrderAppendix : public PartOrderSources
{
};

TEST_P(PartOrderAppendix, TablesSetApartAsAppendicesAreReadIntoTheirParts)
{
    const ImportResult result = ReportImporter::read(fixture(GetParam()));
    expectEveryPartRead(result);
    const Report &read = result.read.report;
    // Each part's text in its place (a PDF's text differs from the seed's in line ends and the odd comma).
    EXPECT_TRUE(read.parts[0].startsWith(u8("我镇严格按照"))) << read.parts[0].toStdString();
    EXPECT_TRUE(read.parts[0].contains(u8("（五）监督保障情况"))) << read.parts[0].toStdString();
    EXPECT_TRUE(read.parts[4].contains(u8("第三，完善机制，加强监督"))) << read.parts[4].toStdString();
    EXPECT_EQ(read.parts[5], u8("无。")) << "the appendices after part 六 are not its text";
    EXPECT_EQ(read.parts[1], u8("详见附表1。"));
    const Finding warning = orderWarning(result);
    for (const char *appendix : {"附表1", "附表2", "附表3"})
        EXPECT_TRUE(warning.message.contains(u8(appendix))) << warning.message.toStdString();
    EXPECT_EQ(warning.where.size(), 3);
}

INSTANTIATE_TEST_SUITE_P(Sources, PartOrderAppendix,
                         ::testing::Values("part-order-appendix.txt", "part-order-appendix.html",
                                           "part-order-appendix.pdf"),
                         sourceName);

TEST(PartOrder, SubHeadingsNumberedLikePartsStayInTheirPart)
{
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    text.replace(u8("（一）主要问题\n"), u8("一、存在的主要问题\n"));
    text.replace(u8("（二）改进措施\n"), u8("二、改进措施\n"));
    const ImportResult result = ReportImporter::read(text.toUtf8(), QStringLiteral("subheadings.txt"));
    ASSERT_TRUE(result.isReport());
    EXPECT_TRUE(result.read.report.parts[4].contains(u8("二、改进措施")));
    EXPECT_TRUE(ofRule(result.validate(), "section.order").isEmpty())
        << findingsText(result.validate()).toStdString();
}

TEST(PartOrder, ASeventhPartIsKeptAsTextWithANotice)
{
    // Some reports add a part after 六 (七、…): the report has the format's six, so it stays the text of
    // 六, and a notice says so — it is not taken for a part, nor silently merged.
    const QString seventh =
        u8("七、其他需要说明的事项\n本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。");
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    const qsizetype six = text.indexOf(u8("六、其他需要报告的事项\n无。"));
    ASSERT_GE(six, 0);
    text.insert(text.indexOf(u'\n', text.indexOf(u8("无。"), six)) + 1, seventh + u'\n');
    const ImportResult result = ReportImporter::read(text.toUtf8(), QStringLiteral("seventh.txt"));
    expectEveryPartRead(result);
    EXPECT_EQ(result.read.report.parts[5], u8("无。\n") + seventh);
    EXPECT_EQ(result.read.report.meta.issueDate, nanding().meta.issueDate) << "the signature is still read";
    const QList<Finding> extra = ofRule(result.validate(), "section.extra");
    ASSERT_EQ(extra.size(), 1) << findingsText(result.validate()).toStdString();
    EXPECT_EQ(extra.first().severity, Severity::Notice);
    EXPECT_TRUE(extra.first().message.contains(u8("七、其他需要说明的事项")))
        << extra.first().message.toStdString();
    EXPECT_TRUE(ofRule(result.validate(), "section.order").isEmpty())
        << findingsText(result.validate()).toStdString();
    EXPECT_FALSE(result.needsReview()) << "a notice does not hold the import up";

    // 七、 where the numbering has not reached 六 is no added part.
    text.replace(u8("六、其他需要报告的事项\n"), QString());
    text.replace(u8("七、其他需要说明的事项"), u8("七、附注"));
    const ImportResult early = ReportImporter::read(text.toUtf8(), QStringLiteral("early.txt"));
    EXPECT_TRUE(ofRule(early.validate(), "section.extra").isEmpty())
        << findingsText(early.validate()).toStdString();
}

TEST(PartOrder, NoSeedHasItsPartsOutOfOrder)
{
    for (const QString &seed : test::seedNames()) {
        const ReadResult read = ReportReader::read(test::readSeed(seed));
        EXPECT_TRUE(ofRule(read.notices, "section.order").isEmpty())
            << seed.toStdString() << "\n"
            << findingsText(read.notices).toStdString();
    }
}
