// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenDocument text of each seed, read back as ODF defines it: the package (mimetype first and
// stored), the page and its footers, the faces for Chinese text with their fallbacks, every table
// with its spanned and covered cells and every figure in its cell, the text in order.
#include "format.h"
#include "officepackage.h"
#include "output/odtexporter.h"
#include "output/officialstyle.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString Office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString Style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString Text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString Table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString Fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString Svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

QDomElement child(const QDomElement &parent, const QString &ns, const QString &name)
{
    return children(parent, ns, name).value(0);
}

/// The text of a paragraph or cell: its characters, a line break as a new line.
QString text(const QDomElement &element)
{
    QString result;
    for (QDomNode node = element.firstChild(); !node.isNull(); node = node.nextSibling()) {
        if (node.isText())
            result += node.toText().data();
        else if (node.isElement() && node.toElement().localName() == u"line-break")
            result += u'\n';
        else if (node.isElement())
            result += text(node.toElement());
    }
    return result;
}

/// The rows of a table, the repeated header rows first, and how many of them repeat.
QList<QDomElement> rowsOf(const QDomElement &table, int *headerRows)
{
    const QList<QDomElement> header = children(child(table, Table, QStringLiteral("table-header-rows")),
                                               Table, QStringLiteral("table-row"));
    *headerRows = int(header.size());
    return header + children(table, Table, QStringLiteral("table-row"));
}

/// The merged cells of an ODF table: a cell with its spans, then a covered cell at every other
/// position it covers, as the specification requires.
QList<ReadCell> readTable(const QDomElement &table, int *columns, int *headerRows, QString *problem)
{
    *columns = 0;
    for (const QDomElement &column : children(table, Table, QStringLiteral("table-column")))
        *columns += std::max(1, column.attributeNS(Table, QStringLiteral("number-columns-repeated")).toInt());
    const QList<QDomElement> rows = rowsOf(table, headerRows);
    QList<ReadCell> cells;
    QSet<std::pair<int, int>> covered;
    for (int row = 0; row < rows.size(); ++row) {
        int column = 0;
        for (QDomElement cell = rows[row].firstChildElement(); !cell.isNull();
             cell = cell.nextSiblingElement()) {
            const bool isCovered = cell.localName() == u"covered-table-cell";
            if (isCovered != covered.contains({row, column})) {
                *problem = QStringLiteral("row %1 column %2: %3").arg(row).arg(column).arg(cell.localName());
                return {};
            }
            if (!isCovered) {
                const int rowSpan =
                    std::max(1, cell.attributeNS(Table, QStringLiteral("number-rows-spanned")).toInt());
                const int columnSpan =
                    std::max(1, cell.attributeNS(Table, QStringLiteral("number-columns-spanned")).toInt());
                cells.append(ReadCell{row, column, rowSpan, columnSpan, text(cell)});
                for (int r = row; r < row + rowSpan; ++r) {
                    for (int c = column; c < column + columnSpan; ++c) {
                        if (r != row || c != column)
                            covered.insert({r, c});
                    }
                }
            }
            ++column;
        }
        if (column != *columns) {
            *problem = QStringLiteral("row %1 has %2 of %3 positions").arg(row).arg(column).arg(*columns);
            return {};
        }
    }
    return cells;
}

class SeedOdt : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        m_report = seedReport(GetParam());
        ASSERT_NE(m_report.format(), nullptr);
        m_package = std::make_unique<OfficePackage>(OdtExporter::toOdt(m_report));
        ASSERT_TRUE(m_package->isValid());
        QString error;
        m_content = m_package->xml(QStringLiteral("content.xml"), &error);
        ASSERT_FALSE(m_content.isNull()) << error.toStdString();
        m_text = child(child(m_content.documentElement(), Office, QStringLiteral("body")), Office,
                       QStringLiteral("text"));
        ASSERT_FALSE(m_text.isNull());
    }

    QList<QDomElement> statisticsTables() const
    {
        QList<QDomElement> tables;
        for (const QDomElement &table : children(m_text, Table, QStringLiteral("table"))) {
            if (table.attributeNS(Table, QStringLiteral("style-name")) == u"Statistics")
                tables.append(table);
        }
        return tables;
    }

    Report m_report;
    std::unique_ptr<OfficePackage> m_package;
    QDomDocument m_content;
    QDomElement m_text;
};

} // namespace

TEST_P(SeedOdt, PackageStartsWithItsStoredMimetype)
{
    ASSERT_FALSE(m_package->names().isEmpty());
    EXPECT_EQ(m_package->names().constFirst(), QStringLiteral("mimetype"));
    EXPECT_TRUE(m_package->isStored(QStringLiteral("mimetype")));
    EXPECT_EQ(m_package->file(QStringLiteral("mimetype")),
              QByteArray("application/vnd.oasis.opendocument.text"));
    const QDomElement manifest = m_package->xml(QStringLiteral("META-INF/manifest.xml")).documentElement();
    QStringList listed;
    for (const QDomElement &entry :
         descendants(manifest, manifest.namespaceURI(), QStringLiteral("file-entry")))
        listed.append(entry.attributeNS(manifest.namespaceURI(), QStringLiteral("full-path")));
    for (const QString &part : m_package->names()) {
        if (part != u"mimetype" && !part.startsWith(u"META-INF/")) {
            EXPECT_TRUE(listed.contains(part)) << part.toStdString();
            QString error;
            EXPECT_FALSE(m_package->xml(part, &error).isNull()) << error.toStdString();
        }
    }
}

TEST_P(SeedOdt, TextIsTheReportsInOrderWithHeadingLevels)
{
    QStringList expected;
    QList<int> expectedLevels;
    for (const auto &[kind, line] : expectedParagraphs(m_report)) {
        expected.append(line);
        expectedLevels.append(OfficialStyle::paragraphFormat(kind).outlineLevel + 1);
    }
    QStringList actual;
    QList<int> levels;
    for (QDomElement element = m_text.firstChildElement(); !element.isNull();
         element = element.nextSiblingElement()) {
        if (element.localName() != u"p" && element.localName() != u"h")
            continue;
        const QString line = text(element).remove(u'\n');
        if (line.isEmpty())
            continue;
        actual.append(line);
        levels.append(element.localName() == u"h"
                          ? element.attributeNS(Text, QStringLiteral("outline-level")).toInt()
                          : 0);
    }
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(levels, expectedLevels);
}

TEST_P(SeedOdt, TablesHaveTheFormatsShapeCoveredCellsAndEveryFigure)
{
    const Format &format = *m_report.format();
    const QList<QDomElement> tables = statisticsTables();
    ASSERT_EQ(tables.size(), format.tables().size());
    int figures = 0;
    for (int t = 0; t < tables.size(); ++t) {
        const TableDef &def = format.table(t);
        int columns = 0;
        int headerRows = 0;
        QString problem;
        const QList<ReadCell> cells = readTable(tables[t], &columns, &headerRows, &problem);
        ASSERT_TRUE(problem.isEmpty()) << def.id.toStdString() << ": " << problem.toStdString();
        const QList<ReadCell> expected = expectedCells(def, m_report);
        EXPECT_EQ(cells, expected) << def.id.toStdString();
        const int labelColumns = columns - int(def.columns.size());
        int rows = 0;
        EXPECT_EQ(rowsOf(tables[t], &rows).size(), headerRows + def.rows.size()) << def.id.toStdString();
        EXPECT_GE(headerRows, 2) << "title or headers repeat on each page";
        for (int row = 0; row < def.rows.size(); ++row) {
            for (int column = 0; column < def.columns.size(); ++column) {
                const ColumnDef &columnDef = def.columns[column];
                const QString value =
                    m_report.cell(def.cellIndex(row, column)).toText(columnDef.kind, columnDef.unitInCell);
                const auto found = std::find_if(cells.cbegin(), cells.cend(), [&](const ReadCell &cell) {
                    return cell.row == headerRows + row && cell.column == labelColumns + column;
                });
                ASSERT_NE(found, cells.cend()) << def.id.toStdString() << " " << row << "/" << column;
                EXPECT_EQ(found->text, value);
                figures += value.isEmpty() ? 0 : 1;
            }
        }
    }
    EXPECT_EQ(figures, modelFigures(m_report).size());
}

TEST(Odt, PageIsA4WithTheTypeAreaAndNumberedFooters)
{
    const OfficePackage package(OdtExporter::toOdt(seedReport(QStringLiteral("2020_kanshi"))));
    const QDomElement styles = package.xml(QStringLiteral("styles.xml")).documentElement();
    const QDomElement layout = descendants(styles, Style, QStringLiteral("page-layout-properties")).value(0);
    ASSERT_FALSE(layout.isNull());
    EXPECT_EQ(layout.attributeNS(Fo, QStringLiteral("page-width")), QStringLiteral("210.00mm"));
    EXPECT_EQ(layout.attributeNS(Fo, QStringLiteral("page-height")), QStringLiteral("297.00mm"));
    EXPECT_EQ(layout.attributeNS(Fo, QStringLiteral("margin-top")), QStringLiteral("37.00mm"));
    EXPECT_EQ(layout.attributeNS(Fo, QStringLiteral("margin-left")), QStringLiteral("28.00mm"));
    EXPECT_EQ(layout.attributeNS(Fo, QStringLiteral("margin-right")), QStringLiteral("26.00mm"));
    // The type area ends 35 mm above the bottom edge: margin, footer and the space above it.
    const QDomElement footer =
        descendants(styles, Style, QStringLiteral("header-footer-properties")).value(0);
    const auto mmOf = [](QString length) {
        return length.endsWith(u"pt") ? length.chopped(2).toDouble() * 25.4 / 72
                                      : length.chopped(2).toDouble();
    };
    EXPECT_NEAR(mmOf(layout.attributeNS(Fo, QStringLiteral("margin-bottom"))) +
                    mmOf(footer.attributeNS(Fo, QStringLiteral("min-height"))) +
                    mmOf(footer.attributeNS(Fo, QStringLiteral("margin-top"))),
                35, 0.05);
    const QDomElement master = descendants(styles, Style, QStringLiteral("master-page")).value(0);
    for (const QString &name : {QStringLiteral("footer"), QStringLiteral("footer-left")}) {
        const QDomElement part = child(master, Style, name);
        ASSERT_FALSE(part.isNull()) << name.toStdString();
        EXPECT_EQ(descendants(part, Text, QStringLiteral("page-number")).size(), 1);
        EXPECT_EQ(text(child(part, Text, QStringLiteral("p"))), QStringLiteral("— 1 —"));
    }
}

// Chinese text is set in the official faces (style:font-name-asian), each declared with the PDF's
// fallbacks after it.
TEST(Odt, StylesSetTheOfficialFacesForChineseText)
{
    const OfficePackage package(OdtExporter::toOdt(seedReport(QStringLiteral("2021_nanding"))));
    const QDomElement styles = package.xml(QStringLiteral("styles.xml")).documentElement();
    QMap<QString, QDomElement> byName;
    for (const QDomElement &style : descendants(styles, Style, QStringLiteral("style")))
        byName.insert(style.attributeNS(Style, QStringLiteral("name")), style);
    const auto asian = [&](const QString &name) {
        return child(byName.value(name), Style, QStringLiteral("text-properties"))
            .attributeNS(Style, QStringLiteral("font-name-asian"));
    };
    const auto size = [&](const QString &name) {
        return child(byName.value(name), Style, QStringLiteral("text-properties"))
            .attributeNS(Style, QStringLiteral("font-size-asian"));
    };
    EXPECT_EQ(asian(QStringLiteral("Text_20_body")), QStringLiteral("仿宋_GB2312"));
    EXPECT_EQ(size(QStringLiteral("Text_20_body")), QStringLiteral("16.00pt"));
    EXPECT_EQ(asian(QStringLiteral("Title")), QStringLiteral("方正小标宋简体"));
    EXPECT_EQ(size(QStringLiteral("Title")), QStringLiteral("22.00pt"));
    EXPECT_EQ(asian(QStringLiteral("Heading_20_1")), QStringLiteral("黑体"));
    EXPECT_EQ(asian(QStringLiteral("Heading_20_2")), QStringLiteral("楷体_GB2312"));
    EXPECT_EQ(asian(QStringLiteral("Table_20_Contents")), QStringLiteral("宋体"));
    const QDomElement body =
        child(byName.value(QStringLiteral("Text_20_body")), Style, QStringLiteral("paragraph-properties"));
    EXPECT_EQ(body.attributeNS(Fo, QStringLiteral("text-indent")), QStringLiteral("32.00pt"));
    EXPECT_NEAR(body.attributeNS(Fo, QStringLiteral("line-height")).chopped(2).toDouble() * 22,
                225 / 25.4 * 72, 0.5);

    QMap<QString, QString> families;
    for (const QDomElement &face : descendants(styles, Style, QStringLiteral("font-face")))
        families.insert(face.attributeNS(Style, QStringLiteral("name")),
                        face.attributeNS(Svg, QStringLiteral("font-family")));
    EXPECT_TRUE(
        families.value(QStringLiteral("仿宋_GB2312")).startsWith(QStringLiteral("仿宋_GB2312;仿宋;")));
    EXPECT_TRUE(families.value(QStringLiteral("仿宋_GB2312")).contains(QStringLiteral("Noto Serif CJK SC")));
    EXPECT_TRUE(families.value(QStringLiteral("黑体")).contains(QStringLiteral("Noto Sans CJK SC")));
}

TEST(Odt, WriteReplacesAtomicallyAndSaysWhyItCannot)
{
    QTemporaryDir dir;
    const Report report = seedReport(QStringLiteral("2019_qingtang"));
    QString error;
    ASSERT_TRUE(OdtExporter::write(report, dir.filePath(QStringLiteral("report.odt")), &error))
        << error.toStdString();
    EXPECT_FALSE(OdtExporter::write(report, dir.filePath(QStringLiteral("missing/report.odt")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing/report.odt"))) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedOdt, ::testing::ValuesIn(seedNames()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });
