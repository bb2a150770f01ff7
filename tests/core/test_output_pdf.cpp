// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF of each seed: A4 with the official type area, every heading and table figure in it,
// the same figures as the text layout and the HTML.
#include "format.h"
#include "output/htmlexporter.h"
#include "output/officialstyle.h"
#include "output/pageddocumentpainter.h"
#include "output/pdfexporter.h"
#include "output/pdftextrepair.h"
#include "output/reportdocumentrenderer.h"
#include "output/tablegrid.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"
#include "textlayout/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextTable>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

constexpr qreal PointsPerMm = 72.0 / 25.4;

class SeedPdf : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        m_report = test::seedReport(GetParam());
        ASSERT_NE(m_report.format(), nullptr) << "the reader does not recognise the seed";
        ASSERT_TRUE(m_dir.isValid());
        m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        ASSERT_TRUE(PdfExporter::write(m_report, m_pdf, &error)) << error.toStdString();
        if (!qEnvironmentVariableIsEmpty("NIANBAO_KEEP_PDF"))
            QFile::copy(m_pdf, qEnvironmentVariable("NIANBAO_KEEP_PDF"));
    }

    QString pdfText(const QStringList &options = {}) const
    {
        const std::optional<QByteArray> text =
            test::runTool(QStringLiteral("pdftotext"), options + QStringList{m_pdf, QStringLiteral("-")});
        return text ? QString::fromUtf8(*text) : QString();
    }

    Report m_report;
    QTemporaryDir m_dir;
    QString m_pdf;
};

struct WordBox
{
    QString text;
    QRectF box; ///< in points from the top left of the page
};

// Words with their boxes from `pdftotext -bbox`, page by page.
QList<QList<WordBox>> wordBoxes(const QString &xhtml)
{
    QList<QList<WordBox>> pages;
    QXmlStreamReader xml(xhtml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page") {
            pages.append(QList<WordBox>{});
        } else if (xml.name() == u"word" && !pages.isEmpty()) {
            const QXmlStreamAttributes a = xml.attributes();
            const QPointF topLeft(a.value(u"xMin").toDouble(), a.value(u"yMin").toDouble());
            const QPointF bottomRight(a.value(u"xMax").toDouble(), a.value(u"yMax").toDouble());
            pages.last().append(WordBox{xml.readElementText(), QRectF(topLeft, bottomRight)});
        }
    }
    return pages;
}

} // namespace

TEST(PdfLayout, PageLayoutIsTheOfficialTypeArea)
{
    const QPageLayout layout = OfficialStyle::pageLayout();
    EXPECT_EQ(layout.pageSize().id(), QPageSize::A4);
    EXPECT_EQ(layout.orientation(), QPageLayout::Portrait);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    EXPECT_DOUBLE_EQ(margins.top(), 37);
    EXPECT_DOUBLE_EQ(margins.bottom(), 35);
    EXPECT_DOUBLE_EQ(margins.left(), 28);
    EXPECT_DOUBLE_EQ(margins.right(), 26);
    // GB/T 9704: a 156 × 225 mm type area.
    const QRectF area = layout.paintRect(QPageLayout::Millimeter);
    EXPECT_NEAR(area.width(), 156, 0.01);
    EXPECT_NEAR(area.height(), 225, 0.01);
}

// Copy and search give 人 and 民, not the radicals ⼈ and ⺠ that the fonts draw alike.
TEST(PdfText, RadicalsAreRewrittenToTheIdeographsOfTheText)
{
    const QStringList families = OfficialStyle::families(OfficialStyle::Face::FangSong);
    const QHash<char16_t, char16_t> twins =
        PdfTextRepair::radicalTwins(QStringLiteral("中华人民共和国"), families);
    if (!twins.contains(0x2F08))
        GTEST_SKIP() << "the installed CJK font draws ⼈ and 人 differently";
    EXPECT_EQ(int(twins.value(0x2F08)), 0x4EBA);
    EXPECT_FALSE(twins.contains(0x2F00)) << "一 is not in the text";
    QByteArray pdf(
        "<< /Length 60 >>\nstream\n1 beginbfrange\n<0001> <0003> [<2F08> <4E2D> <2F08>]\nendbfrange\n<2F08>");
    EXPECT_EQ(PdfTextRepair::repair(pdf, twins), 2);
    EXPECT_TRUE(pdf.contains("[<4EBA> <4E2D> <4EBA>]"));
    EXPECT_TRUE(pdf.endsWith("<2F08>")) << "only the ToUnicode maps change";
}

TEST_P(SeedPdf, TextCopiesAsWritten)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString text = pdfText();
    for (QChar character : text)
        EXPECT_FALSE(character.unicode() >= 0x2E80 && character.unicode() <= 0x2FDF)
            << "radical U+" << std::hex << int(character.unicode());
}

TEST(PdfLayout, PageNumbersHaveDashes)
{
    EXPECT_EQ(PagedDocumentPainter::pageNumberText(3), QStringLiteral("— 3 —"));
}

TEST(PdfLayout, TableHeadersRepeatOnEachPage)
{
    const Format &format = *Format::byId(QStringLiteral("2021"));
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("x.pdf")));
    writer.setPageLayout(OfficialStyle::pageLayout());
    const std::unique_ptr<QTextDocument> document = ReportDocumentRenderer::render(Report(format), writer);
    QList<int> headerRows;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            headerRows.append(table->format().headerRowCount());
    }
    // p2 item tables: title and header; p3 and p4: three header rows.
    ASSERT_GE(headerRows.size(), format.tables().size());
    for (int i = 0; i < format.tables().size(); ++i)
        EXPECT_GE(headerRows[i], 2) << format.table(i).id.toStdString();
}

TEST_P(SeedPdf, IsA4)
{
    QFile file(m_pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("%PDF-"));
    static const QRegularExpression mediaBox(
        QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"));
    QRegularExpressionMatchIterator boxes = mediaBox.globalMatch(QString::fromLatin1(bytes));
    int pages = 0;
    while (boxes.hasNext()) {
        const QRegularExpressionMatch box = boxes.next();
        EXPECT_NEAR(box.captured(1).toDouble(), 210 * PointsPerMm, 0.5);
        EXPECT_NEAR(box.captured(2).toDouble(), 297 * PointsPerMm, 0.5);
        ++pages;
    }
    EXPECT_GE(pages, 2);
}

// Every word lies in the type area, except the page number, which stands below it.
TEST_P(SeedPdf, TextKeepsTheMargins)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QList<QList<WordBox>> pages = wordBoxes(pdfText({QStringLiteral("-bbox")}));
    ASSERT_GE(pages.size(), 2);
    const QRectF area(28 * PointsPerMm, 37 * PointsPerMm, 156 * PointsPerMm, 225 * PointsPerMm);
    const qreal tolerance = 1.0;
    for (int page = 0; page < pages.size(); ++page) {
        bool numbered = false;
        for (const WordBox &word : pages[page]) {
            EXPECT_GE(word.box.left(), area.left() - tolerance)
                << word.text.toStdString() << " page " << page + 1;
            EXPECT_LE(word.box.right(), area.right() + tolerance) << word.text.toStdString();
            if (word.box.top() >= area.bottom()) {
                // The footer: `— N —` in the bottom margin, 7 mm below the type area.
                EXPECT_TRUE(word.text == QString::number(page + 1) || word.text == u"—")
                    << word.text.toStdString();
                EXPECT_LE(word.box.bottom(), 297 * PointsPerMm - 20 * PointsPerMm);
                numbered = numbered || word.text == QString::number(page + 1);
            } else if (word.box.top() < area.top() - tolerance) {
                // QTextLayout::draw() also paints the one line just above the clip, so the last line
                // of the previous page repeats above this one, clipped: invisible, but in the PDF.
                ASSERT_GT(page, 0) << word.text.toStdString();
                const bool repeated =
                    std::any_of(pages[page - 1].cbegin(), pages[page - 1].cend(),
                                [&word](const WordBox &other) { return other.text == word.text; });
                EXPECT_TRUE(repeated)
                    << word.text.toStdString() << " above the type area of page " << page + 1;
            }
        }
        EXPECT_TRUE(numbered) << "page " << page + 1 << " has no page number";
    }
}

// Nothing is drawn over anything else: a table row broken across pages would put its values over
// the header rows repeated on the next page.
TEST_P(SeedPdf, WordsDoNotOverlap)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QList<QList<WordBox>> pages = wordBoxes(pdfText({QStringLiteral("-bbox")}));
    ASSERT_GE(pages.size(), 2);
    const qreal areaTop = 37 * PointsPerMm - 1;
    for (int page = 0; page < pages.size(); ++page) {
        QList<WordBox> words;
        for (const WordBox &word : pages[page]) {
            if (word.box.top() >= areaTop) // not the clipped line above the type area
                words.append(word);
        }
        for (int i = 0; i < words.size(); ++i) {
            for (int j = i + 1; j < words.size(); ++j) {
                // Glyph boxes of neighbouring lines touch; text drawn over text overlaps by far more.
                const QRectF overlap = words[i].box.intersected(words[j].box);
                EXPECT_FALSE(overlap.width() > 2 && overlap.height() > 3)
                    << "page " << page + 1 << ": " << words[i].text.toStdString() << " and "
                    << words[j].text.toStdString();
            }
        }
    }
}

// Each table, or each piece of a table too long for a page, lies on one page, and a piece that
// continues a table starts with its header rows.
TEST_P(SeedPdf, TablesBreakBetweenRowsUnderRepeatedHeaders)
{
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("x.pdf")));
    writer.setPageLayout(OfficialStyle::pageLayout());
    const std::unique_ptr<QTextDocument> document = ReportDocumentRenderer::render(m_report, writer);
    const qreal pageHeight = document->pageSize().height();
    const Format &format = *m_report.format();
    QStringList firstHeaders;
    for (int table = 0; table < format.tables().size(); ++table)
        firstHeaders.append(TableGrid(format.table(table), m_report).cells().constFirst().text);
    int pieces = 0;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().headerRowCount() == 0)
            continue; // the signature block and the 抄送 line
        ++pieces;
        // From the text of the first row to that of the last (the frame adds its margins).
        QAbstractTextDocumentLayout *layout = document->documentLayout();
        const QTextBlock firstBlock = table->cellAt(0, 0).firstCursorPosition().block();
        qreal bottom = 0;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextBlock last = table->cellAt(table->rows() - 1, column).lastCursorPosition().block();
            bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
        }
        const QString first = firstBlock.text();
        EXPECT_EQ(int(layout->blockBoundingRect(firstBlock).top() / pageHeight), int(bottom / pageHeight))
            << "the table under " << first.toStdString() << " runs across a page";
        EXPECT_TRUE(firstHeaders.contains(first)) << first.toStdString();
    }
    EXPECT_GE(pieces, format.tables().size());
}

TEST_P(SeedPdf, HasEveryPartHeadingAndTableTitleInOrder)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    // Long titles and labels wrap: compare without the line breaks.
    static const QRegularExpression blanks(QStringLiteral(R"(\s+)"));
    const auto squeezed = [](QString text) { return text.remove(blanks); };
    const QString text = squeezed(pdfText({QStringLiteral("-raw")}));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(squeezed(m_report.displayTitle()))) << "title";
    qsizetype position = 0;
    const Format &format = *m_report.format();
    for (int part = 1; part <= Report::PartCount; ++part) {
        const qsizetype heading = text.indexOf(squeezed(format.parts()[part - 1].heading), position);
        ASSERT_GE(heading, position) << format.parts()[part - 1].heading.toStdString();
        position = heading;
        for (int table : format.tablesOfPart(part)) {
            if (format.table(table).title.isEmpty())
                continue;
            const qsizetype title = text.indexOf(squeezed(format.table(table).title), position);
            ASSERT_GE(title, position) << format.table(table).title.toStdString();
            position = title;
        }
    }
}

// Text layout, HTML and PDF agree on every figure of the tables, and all three on the model.
TEST_P(SeedPdf, TextHtmlAndPdfAgreeOnEveryFigure)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QStringList model = test::modelFigures(m_report);
    ASSERT_FALSE(model.isEmpty());
    const QStringList text = test::tableFigures(ReportWriter::write(m_report));
    EXPECT_EQ(text, model);
    QStringList html;
    QXmlStreamReader xml(HtmlExporter::toHtml(m_report));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"td") {
            const QString value = xml.readElementText();
            if (!value.isEmpty())
                html.append(value);
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(html, model);
    const QStringList pdf = test::tableFigures(pdfText({QStringLiteral("-raw")}));
    EXPECT_EQ(pdf, model);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedPdf, ::testing::ValuesIn(test::seedNames()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });
