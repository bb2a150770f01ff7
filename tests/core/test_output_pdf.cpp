// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF of each seed: A4 with the official type area, every heading and table figure in it,
// the same figures as the text layout and the HTML.
#include "format.h"
#include "output/htmlexporter.h"
#include "output/officialstyle.h"
#include "output/pagedreport.h"
#include "output/pdfexporter.h"
#include "output/pdffile.h"
#include "output/reportcomposer.h"
#include "output/tablegrid.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"
#include "textlayout/reportwriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
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

// Copy and search give 人 and 民, not the radicals ⼈ and ⺠ that CJK fonts draw with the same glyphs.
TEST_P(SeedPdf, TextCopiesAsWritten)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString text = pdfText();
    for (QChar character : text)
        EXPECT_FALSE(character.unicode() >= 0x2E80 && character.unicode() <= 0x2FDF)
            << "radical U+" << std::hex << int(character.unicode());
}

// The faces' subsets and the deflated streams are made on several threads: the file must not
// depend on how many, nor on which thread finished first.
TEST_P(SeedPdf, SameBytesOnOneThreadAsOnMany)
{
    const PagedReport paged = ReportComposer::compose(m_report);
    const PdfFile::Metadata metadata{m_report.displayTitle(),
                                     m_report.meta.agencyName,
                                     QDateTime(QDate(2026, 1, 31), QTime(9, 0), QTimeZone::UTC),
                                     {},
                                     {}};
    const QByteArray alone = PdfFile::write(paged, metadata, 1);
    ASSERT_FALSE(alone.isEmpty());
    EXPECT_EQ(PdfFile::write(paged, metadata, 2), alone);
    EXPECT_EQ(PdfFile::write(paged, metadata, 7), alone);
}

// The streams are deflated with libdeflate, not zlib: each must inflate, and the file must be no larger
// than zlib's fastest level, which wrote the streams before, made it.
TEST_P(SeedPdf, StreamsInflateAndAreNoLargerThanZlibMadeThem)
{
    QFile file(m_pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    static const QRegularExpression streamStart(
        QStringLiteral("/Length (\\d+) /Filter /FlateDecode[^>]*>>\nstream\n"));
    const QString text = QString::fromLatin1(pdf); // a character a byte: the same offsets
    qsizetype streams = 0;
    qsizetype deflated = 0;
    qsizetype byZlib = 0;
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch match = streamStart.match(text, from);
        if (!match.hasMatch())
            break;
        const qsizetype length = match.captured(1).toLongLong();
        const QByteArray packed = pdf.mid(match.capturedEnd(), length);
        ASSERT_EQ(pdf.mid(match.capturedEnd() + length, 10), QByteArray("\nendstream"));
        // qUncompress reads the data's length in four bytes before the stream; a hint it grows past.
        const QByteArray data = qUncompress(QByteArray("\0\0\0\1", 4) + packed);
        ASSERT_FALSE(data.isEmpty()) << "stream " << streams << " does not inflate";
        ++streams;
        deflated += packed.size();
        byZlib += qCompress(data, 1).size() - 4;
        from = match.capturedEnd() + length;
    }
    EXPECT_GE(streams, 3 * 2 + 2) << "the faces' programs and ToUnicode maps, two pages at least";
    EXPECT_LE(deflated, byZlib);
}

TEST(PdfLayout, PageNumbersHaveDashes)
{
    EXPECT_EQ(OfficialStyle::pageNumber(3), QStringLiteral("— 3 —"));
}

TEST(PdfLayout, EveryTableIsSetUnderItsHeaderRows)
{
    const Format &format = *Format::byId(QStringLiteral("2021"));
    const PagedReport paged = ReportComposer::compose(Report(format));
    ASSERT_GE(paged.tables.size(), format.tables().size());
    // p2 item tables: title and header; p3 and p4: three header rows.
    for (const PagedReport::TablePiece &piece : paged.tables)
        EXPECT_GE(piece.headerRows, 2) << format.table(piece.tableIndex).id.toStdString();
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
            } else {
                // Nothing above the type area: no line of the page before is drawn again, clipped.
                EXPECT_GE(word.box.top(), area.top() - tolerance)
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
    for (int page = 0; page < pages.size(); ++page) {
        const QList<WordBox> &words = pages[page];
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

// Each table, or each piece of a table too long for a page, lies in the type area of one page; the
// pieces of a table follow each other, each starting a new page with the header rows.
TEST_P(SeedPdf, TablesBreakBetweenRowsUnderRepeatedHeaders)
{
    const PagedReport paged = ReportComposer::compose(m_report);
    const Format &format = *m_report.format();
    QMap<int, QList<PagedReport::TablePiece>> byTable;
    for (const PagedReport::TablePiece &piece : paged.tables)
        byTable[piece.tableIndex].append(piece);
    ASSERT_EQ(byTable.size(), format.tables().size());
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        const TableGrid grid(format.table(it.key()), m_report);
        int next = 0;
        int page = -1;
        for (const PagedReport::TablePiece &piece : it.value()) {
            const std::string id = format.table(it.key()).id.toStdString();
            EXPECT_EQ(piece.firstBodyRow, next) << id;
            EXPECT_GT(piece.page, page) << id << ": a piece on each page";
            EXPECT_EQ(piece.headerRows, grid.headerRowCount()) << id;
            EXPECT_GE(piece.rect.top(), paged.typeArea.top() - 0.01) << id;
            EXPECT_LE(piece.rect.bottom(), paged.typeArea.bottom() + 0.01) << id << " runs over the page";
            next += piece.bodyRows;
            page = piece.page;
        }
        EXPECT_EQ(next, grid.bodyRowCount());
    }
}

// Issue 19: every line of the report's text is on the pages once, in its order — none drawn again
// above the next page, none lost. The words of each page (pdftotext) outside the tables, read in
// order over all pages, are exactly the report's narrative.
TEST_P(SeedPdf, EachLineOfTheReportOccursOnceInOrder)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils is not installed";
    // Blanks draw nothing, so they are not in the text extracted (U+3000 and NBSP included).
    const auto squeezed = [](QString text) {
        text.removeIf([](QChar character) { return character.isSpace(); });
        return text;
    };
    QString narrative;
    for (const auto &[kind, line] : test::expectedParagraphs(m_report))
        narrative += squeezed(line);
    if (!m_report.meta.copyTo.isEmpty())
        narrative += squeezed(QStringLiteral("抄送：") + m_report.meta.copyTo);

    const PagedReport paged = ReportComposer::compose(m_report);
    const QList<QList<WordBox>> pages = wordBoxes(pdfText({QStringLiteral("-bbox")}));
    ASSERT_EQ(pages.size(), paged.pages.size());
    QString text;
    for (int page = 0; page < pages.size(); ++page) {
        for (const WordBox &word : pages[page]) {
            const bool inTable =
                std::any_of(paged.tables.cbegin(), paged.tables.cend(), [&](const auto &piece) {
                    return piece.page == page &&
                           piece.rect.adjusted(-1, -1, 1, 1).contains(word.box.center());
                });
            const bool footer = word.box.top() >= paged.typeArea.bottom();
            if (!inTable && !footer)
                text += squeezed(word.text);
        }
    }
    EXPECT_EQ(text, narrative);
}

TEST_P(SeedPdf, HasEveryPartHeadingAndTableTitleInOrder)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString text = pdfText({QStringLiteral("-raw")});
    ASSERT_FALSE(text.isEmpty());
    EXPECT_EQ(test::firstMissingHeading(text, m_report), QString());
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
