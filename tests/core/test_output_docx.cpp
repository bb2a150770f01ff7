// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Word document of each seed, read back as Word reads it: the package and its parts, the
// official page, faces and styles, every table with the format's rows, columns and merged headers
// and every figure in its cell, the text in order, the page number field; and, where LibreOffice is
// installed, what a real word processor makes of it.
#include "format.h"
#include "officepackage.h"
#include "output/docxexporter.h"
#include "output/narrativeparagraph.h"
#include "output/officialstyle.h"
#include "output/tablegrid.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QString attribute(const QDomElement &element, const QString &name)
{
    return element.attributeNS(W, name);
}

/// `<w:NAME w:val=…>` under element's properties, or "" when it is absent.
QString property(const QDomElement &properties, const QString &name)
{
    const QList<QDomElement> found = children(properties, W, name);
    return found.isEmpty() ? QString() : attribute(found.constFirst(), QStringLiteral("val"));
}

bool hasProperty(const QDomElement &properties, const QString &name)
{
    return !children(properties, W, name).isEmpty();
}

/// The first child element of that name in the WordprocessingML namespace.
QDomElement properties(const QDomElement &element, const QString &name)
{
    return children(element, W, name).value(0);
}

/// The text of a paragraph or cell as Word shows it: runs joined, a break as a new line.
QString text(const QDomElement &element)
{
    QStringList paragraphs;
    const QList<QDomElement> ps = element.localName() == u"p" ? QList<QDomElement>{element}
                                                              : descendants(element, W, QStringLiteral("p"));
    for (const QDomElement &p : ps) {
        QString line;
        for (const QDomElement &run : children(p, W, QStringLiteral("r"))) {
            for (QDomElement part = run.firstChildElement(); !part.isNull();
                 part = part.nextSiblingElement()) {
                if (part.localName() == u"t")
                    line += part.text();
                else if (part.localName() == u"br")
                    line += u'\n';
            }
        }
        paragraphs.append(line);
    }
    return paragraphs.join(u'\n');
}

/// The merged cells of a Word table, placed on its grid by w:gridSpan and w:vMerge as Word does.
QList<ReadCell> readTable(const QDomElement &table, int *gridColumns, QString *problem)
{
    *gridColumns =
        int(children(properties(table, QStringLiteral("tblGrid")), W, QStringLiteral("gridCol")).size());
    QList<ReadCell> cells;
    QMap<int, qsizetype> openByColumn; // a vertical merge started in this column, still open
    const QList<QDomElement> rows = children(table, W, QStringLiteral("tr"));
    for (int row = 0; row < rows.size(); ++row) {
        int column = 0;
        for (const QDomElement &tc : children(rows[row], W, QStringLiteral("tc"))) {
            const QDomElement tcPr = properties(tc, QStringLiteral("tcPr"));
            const int span = hasProperty(tcPr, QStringLiteral("gridSpan"))
                                 ? property(tcPr, QStringLiteral("gridSpan")).toInt()
                                 : 1;
            const bool merged = hasProperty(tcPr, QStringLiteral("vMerge"));
            const bool restart = merged && property(tcPr, QStringLiteral("vMerge")) == u"restart";
            if (merged && !restart) {
                if (!openByColumn.contains(column)) {
                    *problem = QStringLiteral("row %1 column %2 continues no merge").arg(row).arg(column);
                    return {};
                }
                ReadCell &above = cells[openByColumn.value(column)];
                if (above.columnSpan != span || above.row + above.rowSpan != row) {
                    *problem = QStringLiteral("row %1 column %2 continues a merge of another shape")
                                   .arg(row)
                                   .arg(column);
                    return {};
                }
                ++above.rowSpan;
                if (!text(tc).isEmpty())
                    *problem =
                        QStringLiteral("row %1 column %2: text in a continued merge").arg(row).arg(column);
            } else {
                cells.append(ReadCell{row, column, 1, span, text(tc)});
                openByColumn.remove(column);
                if (restart)
                    openByColumn.insert(column, cells.size() - 1);
            }
            column += span;
        }
        if (column != *gridColumns) {
            *problem =
                QStringLiteral("row %1 covers %2 of %3 grid columns").arg(row).arg(column).arg(*gridColumns);
            return {};
        }
    }
    return cells;
}

/// The statistics tables of the document (the 抄送 line is a table of its own, without the style).
QList<QDomElement> statisticsTables(const QDomElement &body)
{
    QList<QDomElement> tables;
    for (const QDomElement &table : children(body, W, QStringLiteral("tbl"))) {
        if (property(properties(table, QStringLiteral("tblPr")), QStringLiteral("tblStyle")) ==
            u"StatisticsTable")
            tables.append(table);
    }
    return tables;
}

QString styleOf(OfficialStyle::Paragraph paragraph)
{
    using Paragraph = OfficialStyle::Paragraph;
    switch (paragraph) {
    case Paragraph::Title:
        return QStringLiteral("Title");
    case Paragraph::DocumentNumber:
        return QStringLiteral("DocumentNumber");
    case Paragraph::PartHeading:
        return QStringLiteral("Heading1");
    case Paragraph::SubPartHeading:
        return QStringLiteral("Heading2");
    case Paragraph::ItemHeading:
        return QStringLiteral("Heading3");
    case Paragraph::Signature:
        return QStringLiteral("Signature");
    default:
        return QStringLiteral("other");
    }
}

class SeedDocx : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        m_report = seedReport(GetParam());
        ASSERT_NE(m_report.format(), nullptr);
        m_package = std::make_unique<OfficePackage>(DocxExporter::toDocx(m_report));
        ASSERT_TRUE(m_package->isValid()) << "not a ZIP package";
        QString error;
        m_document = m_package->xml(QStringLiteral("word/document.xml"), &error);
        ASSERT_FALSE(m_document.isNull()) << error.toStdString();
        m_body = properties(m_document.documentElement(), QStringLiteral("body"));
        ASSERT_FALSE(m_body.isNull());
    }

    Report m_report;
    std::unique_ptr<OfficePackage> m_package;
    QDomDocument m_document;
    QDomElement m_body;
};

} // namespace

TEST_P(SeedDocx, PackageHasEveryPartAsWellFormedXml)
{
    const QStringList parts{
        QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
        QStringLiteral("word/document.xml"),   QStringLiteral("word/_rels/document.xml.rels"),
        QStringLiteral("word/styles.xml"),     QStringLiteral("word/settings.xml"),
        QStringLiteral("word/fontTable.xml"),  QStringLiteral("word/footer1.xml"),
        QStringLiteral("word/footer2.xml"),    QStringLiteral("docProps/core.xml"),
        QStringLiteral("docProps/app.xml")};
    for (const QString &part : parts) {
        ASSERT_TRUE(m_package->names().contains(part)) << part.toStdString();
        QString error;
        EXPECT_FALSE(m_package->xml(part, &error).isNull()) << error.toStdString();
    }
    // Every part the package holds is declared with its content type, and every relationship
    // points at a part that is there.
    const QDomDocument types = m_package->xml(QStringLiteral("[Content_Types].xml"));
    const QString typesNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
    QStringList overridden;
    for (const QDomElement &override :
         descendants(types.documentElement(), typesNs, QStringLiteral("Override")))
        overridden.append(override.attribute(QStringLiteral("PartName")));
    for (const QString &part : m_package->names()) {
        if (!part.endsWith(u".rels") && part != u"[Content_Types].xml") {
            EXPECT_TRUE(overridden.contains(u'/' + part)) << part.toStdString();
        }
    }
    const QString relsNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
    for (const auto &[rels, folder] :
         {std::pair(QStringLiteral("_rels/.rels"), QString()),
          std::pair(QStringLiteral("word/_rels/document.xml.rels"), QStringLiteral("word/"))}) {
        for (const QDomElement &relationship :
             descendants(m_package->xml(rels).documentElement(), relsNs, QStringLiteral("Relationship")))
            EXPECT_TRUE(
                m_package->names().contains(folder + relationship.attribute(QStringLiteral("Target"))))
                << relationship.attribute(QStringLiteral("Target")).toStdString();
    }
}

TEST_P(SeedDocx, PageIsA4WithTheOfficialTypeArea)
{
    const QDomElement section = properties(m_body, QStringLiteral("sectPr"));
    const QDomElement size = properties(section, QStringLiteral("pgSz"));
    const auto mm = [](const QString &twips) { return twips.toDouble() / 1440 * 25.4; };
    EXPECT_NEAR(mm(attribute(size, QStringLiteral("w"))), 210, 0.1);
    EXPECT_NEAR(mm(attribute(size, QStringLiteral("h"))), 297, 0.1);
    EXPECT_TRUE(attribute(size, QStringLiteral("orient")).isEmpty() ||
                attribute(size, QStringLiteral("orient")) == u"portrait");
    const QDomElement margins = properties(section, QStringLiteral("pgMar"));
    EXPECT_NEAR(mm(attribute(margins, QStringLiteral("top"))), 37, 0.1);
    EXPECT_NEAR(mm(attribute(margins, QStringLiteral("bottom"))), 35, 0.1);
    EXPECT_NEAR(mm(attribute(margins, QStringLiteral("left"))), 28, 0.1);
    EXPECT_NEAR(mm(attribute(margins, QStringLiteral("right"))), 26, 0.1);
    // The page number: its top 7 mm below the type area, so the footer ends above the page's edge.
    const qreal footer = mm(attribute(margins, QStringLiteral("footer")));
    EXPECT_GT(footer, 15);
    EXPECT_LT(footer, 35 - 7);
    // Odd and even pages have their own footers.
    QStringList footerTypes;
    for (const QDomElement &reference : children(section, W, QStringLiteral("footerReference")))
        footerTypes.append(attribute(reference, QStringLiteral("type")));
    EXPECT_EQ(footerTypes, (QStringList{QStringLiteral("default"), QStringLiteral("even")}));
    const QDomElement settings = m_package->xml(QStringLiteral("word/settings.xml")).documentElement();
    EXPECT_TRUE(hasProperty(settings, QStringLiteral("evenAndOddHeaders")));
}

// The body paragraphs, part headings and sub-headings are what the report says, in its order, each in
// the style of its kind; the 文号 stands above the title.
TEST_P(SeedDocx, TextIsTheReportsInOrder)
{
    QStringList expected;
    QStringList expectedStyles;
    for (const auto &[kind, line] : expectedParagraphs(m_report)) {
        expected.append(line);
        expectedStyles.append(kind == OfficialStyle::Paragraph::Body ? QString() : styleOf(kind));
    }

    QStringList actual;
    QStringList actualStyles;
    for (const QDomElement &p : children(m_body, W, QStringLiteral("p"))) {
        const QString line = text(p);
        if (line.isEmpty())
            continue;
        actual.append(QString(line).remove(u'\n'));
        actualStyles.append(property(properties(p, QStringLiteral("pPr")), QStringLiteral("pStyle")));
    }
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(actualStyles, expectedStyles);
}

// Each statistics table: the format's rows and columns, the official merged headers (by the format's
// own structure, TableGrid, and by name below), every figure of the seed in its cell.
TEST_P(SeedDocx, TablesHaveTheFormatsShapeAndEveryFigureInItsCell)
{
    const Format &format = *m_report.format();
    const QList<QDomElement> tables = statisticsTables(m_body);
    ASSERT_EQ(tables.size(), format.tables().size());
    int figures = 0;
    for (int t = 0; t < tables.size(); ++t) {
        const TableDef &def = format.table(t);
        const TableGrid grid(def, m_report);
        int gridColumns = 0;
        QString problem;
        const QList<ReadCell> cells = readTable(tables[t], &gridColumns, &problem);
        ASSERT_TRUE(problem.isEmpty()) << def.id.toStdString() << ": " << problem.toStdString();
        EXPECT_EQ(gridColumns, grid.labelColumnCount() + def.columns.size()) << def.id.toStdString();
        EXPECT_EQ(children(tables[t], W, QStringLiteral("tr")).size(),
                  grid.headerRowCount() + def.rows.size())
            << def.id.toStdString();
        EXPECT_EQ(cells, expectedCells(def, m_report)) << def.id.toStdString();
        // Every value where the format puts it: row and column of the table's body.
        for (int row = 0; row < def.rows.size(); ++row) {
            for (int column = 0; column < def.columns.size(); ++column) {
                const int index = def.cellIndex(row, column);
                const ColumnDef &columnDef = def.columns[column];
                const QString value = m_report.cell(index).toText(columnDef.kind, columnDef.unitInCell);
                const auto found = std::find_if(cells.cbegin(), cells.cend(), [&](const ReadCell &cell) {
                    return cell.row == grid.headerRowCount() + row &&
                           cell.column == grid.labelColumnCount() + column;
                });
                ASSERT_NE(found, cells.cend()) << def.id.toStdString() << " " << row << "/" << column;
                EXPECT_EQ(found->text, value) << def.id.toStdString() << " " << row << "/" << column;
                figures += value.isEmpty() ? 0 : 1;
            }
        }
    }
    EXPECT_EQ(figures, modelFigures(m_report).size());
}

// The merged headers an office knows from the official table, by name.
TEST_P(SeedDocx, OfficialHeadersSpanTheirColumns)
{
    const QList<QDomElement> tables = statisticsTables(m_body);
    QMap<QString, std::pair<int, int>> spans; // header text → (column span, row span)
    for (const QDomElement &table : tables) {
        int columns = 0;
        QString problem;
        for (const ReadCell &cell : readTable(table, &columns, &problem))
            spans.insert(cell.text, {cell.columnSpan, cell.rowSpan});
    }
    EXPECT_EQ(spans.value(QStringLiteral("法人或其他组织")).first, 5);
    EXPECT_EQ(spans.value(QStringLiteral("行政复议")).first, 5);
    EXPECT_EQ(spans.value(QStringLiteral("行政诉讼")).first, 10);
    EXPECT_EQ(spans.value(QStringLiteral("未经复议直接起诉")).first, 5);
    EXPECT_EQ(spans.value(QStringLiteral("复议后起诉")).first, 5);
    EXPECT_EQ(spans.value(QStringLiteral("自然人")).second, 2) << "自然人 stands over both header rows";
    const auto note = std::find_if(spans.keyBegin(), spans.keyEnd(), [](const QString &text) {
        return text.contains(QStringLiteral("勾稽关系"));
    });
    ASSERT_NE(note, spans.keyEnd()) << "the 勾稽关系 note is in its cell";
    EXPECT_EQ(spans.value(*note).second, 3);
}

// Header rows repeat on each page; no row breaks across pages; a table that fits on a page keeps
// together; the widths fill the type area exactly.
TEST_P(SeedDocx, TablesRepeatHeadersKeepRowsAndFitTheTypeArea)
{
    const QDomElement margins =
        properties(properties(m_body, QStringLiteral("sectPr")), QStringLiteral("pgMar"));
    const int typeArea = 11906 - attribute(margins, QStringLiteral("left")).toInt() -
                         attribute(margins, QStringLiteral("right")).toInt();
    const QList<QDomElement> tables = statisticsTables(m_body);
    for (int t = 0; t < tables.size(); ++t) {
        const TableGrid grid(m_report.format()->table(t), m_report);
        int width = 0;
        for (const QDomElement &column :
             children(properties(tables[t], QStringLiteral("tblGrid")), W, QStringLiteral("gridCol")))
            width += attribute(column, QStringLiteral("w")).toInt();
        EXPECT_EQ(width, typeArea);
        const QList<QDomElement> rows = children(tables[t], W, QStringLiteral("tr"));
        for (int row = 0; row < rows.size(); ++row) {
            const QDomElement trPr = properties(rows[row], QStringLiteral("trPr"));
            EXPECT_TRUE(hasProperty(trPr, QStringLiteral("cantSplit"))) << t << "/" << row;
            EXPECT_EQ(hasProperty(trPr, QStringLiteral("tblHeader")), row < grid.headerRowCount())
                << t << "/" << row;
        }
    }
}

TEST_P(SeedDocx, FooterCarriesThePageNumberField)
{
    for (const auto &[part, alignment] :
         {std::pair(QStringLiteral("word/footer1.xml"), QStringLiteral("right")),
          std::pair(QStringLiteral("word/footer2.xml"), QStringLiteral("left"))}) {
        const QDomElement footer = m_package->xml(part).documentElement();
        const QList<QDomElement> instructions = descendants(footer, W, QStringLiteral("instrText"));
        ASSERT_EQ(instructions.size(), 1) << part.toStdString();
        EXPECT_EQ(instructions.constFirst().text().trimmed(), QStringLiteral("PAGE"));
        EXPECT_EQ(text(footer), QStringLiteral("— 1 —")) << "the dashes around the field's value";
        const QDomElement p = properties(footer, QStringLiteral("p"));
        EXPECT_EQ(property(properties(p, QStringLiteral("pPr")), QStringLiteral("jc")), alignment);
    }
}

// The faces of the PDF, by the names office machines know them, for Chinese text (w:eastAsia) too,
// with the faces Windows has as substitutes.
TEST(Docx, StylesNameTheOfficialFacesAndSizes)
{
    const OfficePackage package(DocxExporter::toDocx(seedReport(QStringLiteral("2021_nanding"))));
    const QDomElement styles = package.xml(QStringLiteral("word/styles.xml")).documentElement();
    QMap<QString, QDomElement> byId;
    for (const QDomElement &style : children(styles, W, QStringLiteral("style")))
        byId.insert(attribute(style, QStringLiteral("styleId")), style);
    const auto font = [&](const QString &id) {
        const QDomElement rFonts =
            properties(properties(byId.value(id), QStringLiteral("rPr")), QStringLiteral("rFonts"));
        return attribute(rFonts, QStringLiteral("eastAsia"));
    };
    const auto halfPoints = [&](const QString &id) {
        return property(properties(byId.value(id), QStringLiteral("rPr")), QStringLiteral("sz")).toInt();
    };
    EXPECT_EQ(font(QStringLiteral("Normal")), QStringLiteral("仿宋_GB2312"));
    EXPECT_EQ(halfPoints(QStringLiteral("Normal")), 32) << "三号";
    EXPECT_EQ(font(QStringLiteral("Title")), QStringLiteral("方正小标宋简体"));
    EXPECT_EQ(halfPoints(QStringLiteral("Title")), 44) << "二号";
    EXPECT_EQ(font(QStringLiteral("Heading1")), QStringLiteral("黑体"));
    EXPECT_EQ(font(QStringLiteral("Heading2")), QStringLiteral("楷体_GB2312"));
    EXPECT_EQ(font(QStringLiteral("TableText")), QStringLiteral("宋体"));
    EXPECT_EQ(halfPoints(QStringLiteral("TableText")), 21) << "五号";
    EXPECT_EQ(font(QStringLiteral("Footer")), QStringLiteral("宋体"));
    EXPECT_EQ(halfPoints(QStringLiteral("Footer")), 28) << "四号";
    // Headings are Word headings: the navigation pane lists the six parts.
    EXPECT_EQ(property(properties(byId.value(QStringLiteral("Heading1")), QStringLiteral("pPr")),
                       QStringLiteral("outlineLvl")),
              QStringLiteral("0"));
    // The body: 22 lines on the page, first lines two characters in.
    const QDomElement normal = properties(byId.value(QStringLiteral("Normal")), QStringLiteral("pPr"));
    EXPECT_EQ(attribute(properties(normal, QStringLiteral("spacing")), QStringLiteral("lineRule")),
              QStringLiteral("exact"));
    EXPECT_NEAR(attribute(properties(normal, QStringLiteral("spacing")), QStringLiteral("line")).toDouble() /
                    20 * 22,
                225 / 25.4 * 72, 1);
    EXPECT_EQ(attribute(properties(normal, QStringLiteral("ind")), QStringLiteral("firstLineChars")),
              QStringLiteral("200"));

    const QDomElement fonts = package.xml(QStringLiteral("word/fontTable.xml")).documentElement();
    QMap<QString, QString> substitutes;
    for (const QDomElement &entry : children(fonts, W, QStringLiteral("font")))
        substitutes.insert(attribute(entry, QStringLiteral("name")),
                           property(entry, QStringLiteral("altName")));
    EXPECT_EQ(substitutes.value(QStringLiteral("仿宋_GB2312")), QStringLiteral("仿宋"));
    EXPECT_EQ(substitutes.value(QStringLiteral("楷体_GB2312")), QStringLiteral("楷体"));
    EXPECT_EQ(substitutes.value(QStringLiteral("方正小标宋简体")), QStringLiteral("宋体"));
}

TEST(Docx, CorePropertiesNameTitleAuthorAndTime)
{
    const Report report = seedReport(QStringLiteral("2020_kanshi"));
    const QDateTime time(QDate(2021, 1, 20), QTime(9, 30), QTimeZone::UTC);
    const OfficePackage package(DocxExporter::toDocx(report, time));
    const QDomElement core = package.xml(QStringLiteral("docProps/core.xml")).documentElement();
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString terms = QStringLiteral("http://purl.org/dc/terms/");
    EXPECT_EQ(children(core, dc, QStringLiteral("title")).value(0).text(), report.displayTitle());
    EXPECT_EQ(children(core, dc, QStringLiteral("creator")).value(0).text(), report.meta.agencyName);
    EXPECT_EQ(children(core, terms, QStringLiteral("created")).value(0).text(),
              QStringLiteral("2021-01-20T09:30:00Z"));
    EXPECT_EQ(children(core, terms, QStringLiteral("modified")).value(0).text(),
              QStringLiteral("2021-01-20T09:30:00Z"));
    // The same report at the same time gives the same bytes.
    EXPECT_EQ(DocxExporter::toDocx(report, time), DocxExporter::toDocx(report, time));
}

// The issuer is centred over the date, which stands four characters from the right edge.
TEST(Docx, SignatureStandsRightWithTheIssuerCentredOverTheDate)
{
    const Report report = seedReport(QStringLiteral("2020_kanshi"));
    ASSERT_FALSE(report.meta.issuer.isEmpty());
    ASSERT_TRUE(report.meta.issueDate.isValid());
    const OfficePackage package(DocxExporter::toDocx(report));
    const QDomElement body = properties(package.xml(QStringLiteral("word/document.xml")).documentElement(),
                                        QStringLiteral("body"));
    QList<std::pair<QString, int>> lines; // text, right indent in twips
    for (const QDomElement &p : children(body, W, QStringLiteral("p"))) {
        const QDomElement pPr = properties(p, QStringLiteral("pPr"));
        if (property(pPr, QStringLiteral("pStyle")) == u"Signature")
            lines.append(
                {text(p),
                 attribute(properties(pPr, QStringLiteral("ind")), QStringLiteral("right")).toInt()});
    }
    ASSERT_EQ(lines.size(), 2);
    const int em = 320; // 三号 in twips
    const qreal issuerCentre = lines[0].second + OfficialStyle::ems(lines[0].first) * em / 2;
    const qreal dateCentre = lines[1].second + OfficialStyle::ems(lines[1].first) * em / 2;
    EXPECT_NEAR(issuerCentre, dateCentre, 1);
    EXPECT_GE(std::min(lines[0].second, lines[1].second), 4 * em);
}

TEST(Docx, TextThatXmlCannotHoldIsLeftOut)
{
    Report report = seedReport(QStringLiteral("2021_nanding"));
    report.parts[0] = QStringLiteral("本年度\u0001公开\u0008情况。");
    const OfficePackage package(DocxExporter::toDocx(report));
    QString error;
    const QDomDocument document = package.xml(QStringLiteral("word/document.xml"), &error);
    ASSERT_FALSE(document.isNull()) << error.toStdString();
    EXPECT_TRUE(QString::fromUtf8(package.file(QStringLiteral("word/document.xml")))
                    .contains(QStringLiteral("本年度公开情况。")));
}

TEST(Docx, WriteReplacesAtomicallyAndSaysWhyItCannot)
{
    QTemporaryDir dir;
    const Report report = seedReport(QStringLiteral("2021_nanding"));
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    QString error;
    ASSERT_TRUE(DocxExporter::write(report, path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == "PK");
    EXPECT_FALSE(DocxExporter::write(report, dir.filePath(QStringLiteral("missing/report.docx")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing/report.docx"))) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedDocx, ::testing::ValuesIn(seedNames()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });
