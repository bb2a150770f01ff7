// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML page: well-formed, self-contained, and its tables shaped like the official ones.
#include "format.h"
#include "output/htmlexporter.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"
#include "textlayout/chinesedate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

struct HtmlCell
{
    QString text;
    int rowSpan = 1;
    int columnSpan = 1;
};

struct HtmlTable
{
    QList<QList<HtmlCell>> rows;
    int headerRows = 0; ///< rows inside <thead>

    // Places the cells on a grid by their spans; the width of each row, or -1 where cells overlap.
    QList<int> rowWidths() const
    {
        QList<QList<bool>> taken(rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            int column = 0;
            for (const HtmlCell &cell : rows[r]) {
                while (column < taken[r].size() && taken[r][column])
                    ++column;
                for (int dr = 0; dr < cell.rowSpan && r + dr < rows.size(); ++dr) {
                    QList<bool> &row = taken[r + dr];
                    if (row.size() < column + cell.columnSpan)
                        row.resize(column + cell.columnSpan, false);
                    for (int dc = 0; dc < cell.columnSpan; ++dc) {
                        if (row[column + dc])
                            return {-1};
                        row[column + dc] = true;
                    }
                }
                column += cell.columnSpan;
            }
        }
        QList<int> widths;
        for (const QList<bool> &row : taken)
            widths.append(int(row.count(true)));
        return widths;
    }

    const HtmlCell *find(const QString &text, int occurrence = 0) const
    {
        for (const QList<HtmlCell> &row : rows) {
            for (const HtmlCell &cell : row) {
                if (cell.text == text && occurrence-- == 0)
                    return &cell;
            }
        }
        return nullptr;
    }
};

struct ParsedPage
{
    QString error;
    QString title;
    QStringList headings;
    QList<HtmlTable> tables;
    bool externalResources = false;
};

ParsedPage parse(const QString &html)
{
    ParsedPage page;
    QXmlStreamReader xml(html);
    bool inHead = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"thead")
            inHead = false;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"script" || name == u"link" || name == u"img" || xml.attributes().hasAttribute(u"src"))
            page.externalResources = true;
        if (name == u"title") {
            page.title = xml.readElementText();
        } else if (name == u"h2") {
            page.headings.append(xml.readElementText());
        } else if (name == u"table") {
            page.tables.append(HtmlTable{});
        } else if (name == u"thead") {
            inHead = true;
        } else if (name == u"tr") {
            page.tables.last().rows.append(QList<HtmlCell>{});
            if (inHead)
                ++page.tables.last().headerRows;
        } else if (name == u"td" || name == u"th") {
            HtmlCell cell;
            const QXmlStreamAttributes attributes = xml.attributes();
            cell.rowSpan = attributes.hasAttribute(u"rowspan") ? attributes.value(u"rowspan").toInt() : 1;
            cell.columnSpan = attributes.hasAttribute(u"colspan") ? attributes.value(u"colspan").toInt() : 1;
            cell.text = xml.readElementText();
            page.tables.last().rows.last().append(cell);
        }
    }
    if (xml.hasError())
        page.error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return page;
}

class SeedHtml : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(SeedHtml, IsWellFormedAndSelfContained)
{
    const Report report = test::seedReport(GetParam());
    ASSERT_NE(report.format(), nullptr);
    const QString html = HtmlExporter::toHtml(report);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
    const ParsedPage page = parse(html);
    ASSERT_TRUE(page.error.isEmpty()) << page.error.toStdString();
    EXPECT_FALSE(page.externalResources);
    EXPECT_EQ(page.title, report.displayTitle());
    QStringList official;
    for (const PartDef &part : report.format()->parts())
        official.append(part.heading);
    EXPECT_EQ(page.headings, official);
}

// Every table is a full rectangle of the format's size once the spans are placed.
TEST_P(SeedHtml, TablesHaveTheOfficialShape)
{
    const Report report = test::seedReport(GetParam());
    ASSERT_NE(report.format(), nullptr);
    const ParsedPage page = parse(HtmlExporter::toHtml(report));
    const Format &format = *report.format();
    ASSERT_EQ(page.tables.size(), format.tables().size());
    for (int i = 0; i < format.tables().size(); ++i) {
        const TableDef &table = format.table(i);
        SCOPED_TRACE(table.id.toStdString());
        const HtmlTable &html = page.tables[i];
        const bool labels = !table.corner.isEmpty();
        int labelColumns = 0;
        if (labels) {
            labelColumns = 1;
            for (const QString RowDef::*field : {&RowDef::section, &RowDef::group}) {
                if (std::any_of(table.rows.cbegin(), table.rows.cend(),
                                [field](const RowDef &row) { return !(row.*field).isEmpty(); }))
                    ++labelColumns;
            }
        }
        const int width = labelColumns + int(table.columns.size());
        for (int rowWidth : html.rowWidths())
            EXPECT_EQ(rowWidth, width);
        EXPECT_EQ(html.rows.size() - html.headerRows, table.rows.size());
        if (!table.title.isEmpty()) {
            ASSERT_FALSE(html.rows.isEmpty());
            EXPECT_EQ(html.rows[0][0].text, table.title);
            EXPECT_EQ(html.rows[0][0].columnSpan, width);
        }
        // Each group header spans its columns: 法人或其他组织 five, 行政诉讼 ten.
        QMap<QString, int> groupWidths;
        for (const ColumnDef &column : table.columns) {
            if (!column.group.isEmpty())
                ++groupWidths[column.group];
            if (!column.supergroup.isEmpty())
                ++groupWidths[column.supergroup];
        }
        for (auto group = groupWidths.cbegin(); group != groupWidths.cend(); ++group) {
            const HtmlCell *cell = html.find(group.key());
            ASSERT_NE(cell, nullptr) << group.key().toStdString();
            EXPECT_EQ(cell->columnSpan, group.value()) << group.key().toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedHtml, ::testing::ValuesIn(test::seedNames()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });

TEST(HtmlExport, OfficialGroupSpansOfTheSpec)
{
    const ParsedPage page = parse(HtmlExporter::toHtml(Report(*Format::byId(QStringLiteral("2021")))));
    ASSERT_TRUE(page.error.isEmpty()) << page.error.toStdString();
    ASSERT_EQ(page.tables.size(), 6);
    const HtmlTable &applications = page.tables[4];
    EXPECT_EQ(applications.headerRows, 3);
    ASSERT_NE(applications.find(QStringLiteral("法人或其他组织")), nullptr);
    EXPECT_EQ(applications.find(QStringLiteral("法人或其他组织"))->columnSpan, 5);
    ASSERT_NE(applications.find(QStringLiteral("（三）不予公开")), nullptr);
    EXPECT_EQ(applications.find(QStringLiteral("（三）不予公开"))->rowSpan, 8);
    EXPECT_EQ(applications.find(QStringLiteral("（六）其他处理"))->rowSpan, 3);
    const HtmlTable &review = page.tables[5];
    EXPECT_EQ(review.find(QStringLiteral("行政复议"))->columnSpan, 5);
    EXPECT_EQ(review.find(QStringLiteral("行政诉讼"))->columnSpan, 10);
    EXPECT_EQ(review.find(QStringLiteral("未经复议直接起诉"))->columnSpan, 5);
    EXPECT_EQ(review.find(QStringLiteral("复议后起诉"))->columnSpan, 5);
    EXPECT_EQ(review.rows.size(), 4);
}

TEST(HtmlExport, EscapesTextAndWritesTheSignatureBlock)
{
    Report report(*Format::byId(QStringLiteral("2021")));
    report.meta.agencyName = QStringLiteral("南定镇人民政府");
    report.meta.year = 2021;
    report.meta.documentNumber = QStringLiteral("南政〔2022〕1号");
    report.meta.issuer = QStringLiteral("南定镇人民政府");
    report.meta.issueDate = QDate(2022, 1, 15);
    report.meta.copyTo = QStringLiteral("区政府办公室。");
    report.parts[4] = QStringLiteral("<b>一是</b> & \"引号\"");
    const QString html = HtmlExporter::toHtml(report);
    const ParsedPage page = parse(html);
    ASSERT_TRUE(page.error.isEmpty()) << page.error.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;一是&lt;/b&gt; &amp; &quot;引号&quot;")));
    EXPECT_TRUE(html.contains(QStringLiteral("南政〔2022〕1号")));
    EXPECT_TRUE(html.contains(ChineseDate::format(QDate(2022, 1, 15))));
    EXPECT_TRUE(html.contains(QStringLiteral("抄送：区政府办公室。")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QString error;
    ASSERT_TRUE(HtmlExporter::write(report, path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), html);
}
