// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarydocument.h"

#include "countysummary.h"
#include "io/outputfile.h"
#include "keyfigures.h"
#include "output/officialstyle.h"
#include "output/pageddocumentpainter.h"
#include "output/pdftextrepair.h"
#include "summarycharts.h"
#include "summarysheet.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextTable>
#include <QUrl>

namespace nianbao {

namespace {

using Face = OfficialStyle::Face;

constexpr qreal TitleSize = 18;
constexpr qreal TextSize = 10.5;
constexpr qreal TableTextSize = 8;
constexpr qreal RuleWidth = 0.5;

QColor markColor(SheetCell::Mark mark)
{
    switch (mark) {
    case SheetCell::Mark::Total:
        return QColor(0xff, 0xf2, 0xcc);
    case SheetCell::Mark::Outlier:
        return QColor(0xf8, 0xcb, 0xad);
    case SheetCell::Mark::None:
    case SheetCell::Mark::Error:
        break;
    }
    return {};
}

/// Appends paragraphs, tables and images to the document.
class Builder
{
public:
    explicit Builder(QTextDocument &document)
        : m_cursor(&document)
    {
        m_cursor.beginEditBlock();
    }
    ~Builder() { m_cursor.endEditBlock(); }
    Q_DISABLE_COPY_MOVE(Builder)

    // Lengths in text formats are pixels at 96 dpi, which the layout scales to its paint device.
    static qreal points(qreal pt) { return pt * 96.0 / 72.0; }

    static QTextCharFormat text(Face face, qreal size, bool bold = false)
    {
        QTextCharFormat format;
        format.setFontFamilies(OfficialStyle::families(face));
        format.setFontPointSize(size);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        return format;
    }

    void paragraph(const QString &content, const QTextCharFormat &format,
                   Qt::Alignment alignment = Qt::AlignLeft, bool newPage = false)
    {
        QTextBlockFormat block;
        block.setAlignment(alignment);
        block.setBottomMargin(points(4));
        if (newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (m_started)
            m_cursor.insertBlock(block, format);
        else
            m_cursor.setBlockFormat(block);
        m_started = true;
        m_cursor.insertText(content, format);
    }

    void table(const SummarySheet &sheet)
    {
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setBorderCollapse(true);
        format.setBorder(points(RuleWidth));
        format.setBorderBrush(Qt::black);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellSpacing(0);
        format.setCellPadding(points(1.5));
        format.setTopMargin(points(4));
        format.setHeaderRowCount(sheet.headerRowCount());
        QTextTable *table = m_cursor.insertTable(sheet.rowCount(), sheet.columnCount(), format);
        for (const SheetCell &cell : sheet.cells()) {
            if (cell.isMerged())
                table->mergeCells(cell.row, cell.column, cell.rowSpan, cell.columnSpan);
        }
        for (const SheetCell &cell : sheet.cells())
            fill(table->cellAt(cell.row, cell.column), cell);
        m_cursor.movePosition(QTextCursor::End);
    }

    // The caption starts the page: a page break on the image's own block would let the block reach
    // back onto the page before, which would then draw (and the PDF embed) the image a second time.
    void image(QTextDocument &document, const ChartImage &chart, int index, const QSizeF &area)
    {
        paragraph(chart.title, text(Face::Hei, TitleSize * 0.75), Qt::AlignHCenter, true);
        const QUrl name(QStringLiteral("nianbao-chart:%1").arg(index));
        document.addResource(QTextDocument::ImageResource, name, chart.image);
        const QSizeF size = QSizeF(chart.image.size()).scaled(area, Qt::KeepAspectRatio);
        QTextImageFormat format;
        format.setName(name.toString());
        format.setWidth(size.width());
        format.setHeight(size.height());
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        m_cursor.insertBlock(block);
        m_cursor.insertImage(format);
    }

private:
    void fill(QTextTableCell cell, const SheetCell &sheetCell)
    {
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cellFormat.setBorder(points(RuleWidth));
        cellFormat.setBorderBrush(Qt::black);
        cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        const QColor background =
            sheetCell.role == SheetCell::Role::Header ? QColor(0xf2, 0xf2, 0xf2) : markColor(sheetCell.mark);
        if (background.isValid())
            cellFormat.setBackground(background);
        cell.setFormat(cellFormat);

        QTextBlockFormat block;
        block.setAlignment(sheetCell.role == SheetCell::Role::Header   ? Qt::AlignHCenter
                           : sheetCell.role == SheetCell::Role::Number ? Qt::AlignRight
                                                                       : Qt::AlignLeft);
        QTextCharFormat format =
            text(sheetCell.role == SheetCell::Role::Header ? Face::Hei : Face::Song, TableTextSize,
                 sheetCell.mark == SheetCell::Mark::Total || sheetCell.mark == SheetCell::Mark::Error);
        if (sheetCell.mark == SheetCell::Mark::Error)
            format.setForeground(QColor(0xc0, 0x00, 0x00));
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setBlockFormat(block);
        cursor.insertText(sheetCell.text, format);
    }

    QTextCursor m_cursor;
    bool m_started = false;
};

QString overviewLine(const CountySummary &summary)
{
    QStringList parts{SummaryDocument::tr("%n report(s)", nullptr, summary.totals().reports)};
    if (summary.previousTotals())
        parts.append(SummaryDocument::tr("%1: %n report(s)", nullptr, summary.previousTotals()->reports)
                         .arg(summary.previousTotals()->year));
    parts.append(SummaryDocument::tr("%n with errors", nullptr, summary.reportsWithErrors()));
    parts.append(SummaryDocument::tr("%n with a figure changed by an order of magnitude", nullptr,
                                     summary.reportsWithOutliers()));
    return parts.join(QStringLiteral("；"));
}

} // namespace

QPageLayout SummaryDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 20),
                       QPageLayout::Millimeter);
}

QString SummaryDocument::title(const CountySummary &summary)
{
    return tr("Summary of the %1 annual reports on government information disclosure").arg(summary.year());
}

std::unique_ptr<QTextDocument> SummaryDocument::render(const CountySummary &summary,
                                                       QPagedPaintDevice &device)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&device);
    document->setDocumentMargin(0);
    const qreal dpi = device.logicalDpiY();
    const QSizeF body = device.pageLayout().paintRectPixels(int(dpi)).size();
    auto builder = std::make_unique<Builder>(*document);

    builder->paragraph(title(summary), Builder::text(Face::Hei, TitleSize), Qt::AlignHCenter);
    builder->paragraph(overviewLine(summary), Builder::text(Face::Song, TextSize), Qt::AlignHCenter);
    builder->paragraph(
        tr("Shaded figures changed by a factor of %1 or more from last year; agencies in red have "
           "errors in their report.")
            .arg(KeyFigures::outlierFactor()),
        Builder::text(Face::Song, TableTextSize));
    builder->table(SummarySheet::year(summary));

    const SummaryCharts::Renderer &renderer = SummaryCharts::renderer();
    if (renderer) {
        // The image area in 96 dpi pixels, as the layout measures; drawn at 200 dpi for the page.
        const QSizeF area = QSizeF(body.width(), body.height() * 0.85) * (96.0 / dpi);
        const QSize pixels = (area * (200.0 / 96.0)).toSize();
        const QList<ChartImage> charts = renderer(summary, pixels);
        for (int index = 0; index < charts.size(); ++index)
            builder->image(*document, charts[index], index, area);
    } else {
        builder->paragraph(tr("The charts could not be drawn here (no chart renderer is installed)."),
                           Builder::text(Face::Song, TextSize));
    }

    const SummarySheet trend = SummarySheet::trend(summary);
    builder->paragraph(trend.title(), Builder::text(Face::Hei, TextSize * 1.2), Qt::AlignHCenter, true);
    builder->table(trend);
    builder.reset();
    // Laid out once, when complete: a page size set earlier relays out every table at each cell.
    document->setPageSize(body);
    return document;
}

bool SummaryDocument::writePdf(const CountySummary &summary, const QString &path, QString *error)
{
    QByteArray pdf;
    QString text;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout());
        writer.setTitle(title(summary));
        writer.setCreator(QStringLiteral("Nianbao"));
        const std::unique_ptr<QTextDocument> document = render(summary, writer);
        if (!PagedDocumentPainter::paint(*document, writer)) {
            if (error)
                *error = tr("Cannot write %1: the PDF could not be painted.").arg(path);
            return false;
        }
        text = document->toPlainText();
    }
    QStringList families = OfficialStyle::families(Face::Song) + OfficialStyle::families(Face::Hei);
    families.removeDuplicates();
    PdfTextRepair::repair(pdf, PdfTextRepair::radicalTwins(text, families));
    return OutputFile::write(path, pdf, error);
}

} // namespace nianbao
