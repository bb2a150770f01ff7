// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocumentrenderer.h"

#include "format.h"
#include "narrativeparagraph.h"
#include "officialstyle.h"
#include "report.h"
#include "tablegrid.h"
#include "textlayout/chinesedate.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

#include <algorithm>
#include <optional>

namespace nianbao {

namespace {

using Face = OfficialStyle::Face;

constexpr qreal RuleWidth = 0.75; // points

/// For each table of the format that does not fit on its page, the body rows that start a new page.
using TableBreaks = QHash<int, QList<int>>;

/// A statistics table as set in the document: the whole table, or the piece of it on one page.
struct TablePiece
{
    QTextTable *table;
    QTextBlock heading; ///< the part heading right above it, if any
    int tableIndex;
    int firstBodyRow; ///< the table's body row at the top of the piece
    int headerRows;
};

// Appends the parts of a report to a document, measuring in the pixels of the target device.
class DocumentBuilder
{
public:
    DocumentBuilder(QTextDocument &document, qreal deviceDpi)
        : m_cursor(&document)
        , m_deviceScale(deviceDpi / 96.0)
    {
        m_cursor.beginEditBlock();
    }

    void finish() { m_cursor.endEditBlock(); }

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

    QTextBlockFormat block(Qt::Alignment alignment, qreal indentChars = 0) const
    {
        QTextBlockFormat format;
        format.setAlignment(alignment);
        // Unlike the other lengths, the layout takes the indent in device pixels as it is.
        format.setTextIndent(points(indentChars * OfficialStyle::BodySize) * m_deviceScale);
        format.setLineHeight(points(OfficialStyle::LinePitch), QTextBlockFormat::FixedHeight);
        return format;
    }

    void paragraph(const QString &line, const QTextBlockFormat &blockFormat,
                   const QTextCharFormat &charFormat)
    {
        // The document starts with an empty block, and so does the text after a table: fill it.
        if (m_atEmptyBlock) {
            m_cursor.setBlockFormat(blockFormat);
            m_cursor.setBlockCharFormat(charFormat);
            m_atEmptyBlock = false;
        } else {
            m_cursor.insertBlock(blockFormat, charFormat);
        }
        m_cursor.insertText(line, charFormat);
    }

    void heading(const QString &text)
    {
        paragraph(text, block(Qt::AlignLeft, 2), DocumentBuilder::text(Face::Hei, OfficialStyle::BodySize));
        m_headings.append(m_cursor.block());
    }

    /// Keeps what belongs together on one page: a table that fits a page starts a new one rather
    /// than break (Qt sets a label spanning rows across a page break over the repeated header),
    /// and a part heading that would end a page moves to the next with what it heads.
    void keepTogether(QTextDocument &document) const
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        const qreal pageHeight = document.pageSize().height();
        const auto page = [pageHeight](qreal y) { return int(y / pageHeight); };
        const auto breakBefore = [](QTextBlock heading, QTextTable *table) {
            if (heading.isValid()) {
                QTextBlockFormat format = heading.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(heading).setBlockFormat(format);
            } else {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
        };
        for (const TablePiece &piece : m_tables) {
            const QRectF rect = layout->frameBoundingRect(piece.table);
            if (rect.height() <= pageHeight && page(rect.top()) != page(rect.bottom() - 1))
                breakBefore(piece.heading, piece.table);
        }
        for (const QTextBlock &heading : m_headings) {
            const QTextBlock next = heading.next();
            if (!next.isValid())
                continue;
            QTextTable *table = QTextCursor(next).currentTable();
            const qreal nextTop =
                table ? layout->frameBoundingRect(table).top() : layout->blockBoundingRect(next).top();
            if (page(nextTop) > page(layout->blockBoundingRect(heading).top()))
                breakBefore(heading, nullptr);
        }
    }

    void emptyLine()
    {
        paragraph(QString(), block(Qt::AlignLeft), text(Face::FangSong, OfficialStyle::BodySize));
    }

    void narrative(const QString &narrative)
    {
        for (const NarrativeParagraph &paragraph : NarrativeParagraph::split(narrative)) {
            switch (paragraph.kind) {
            case NarrativeParagraph::Kind::SubPartHeading:
                this->paragraph(paragraph.text, block(Qt::AlignJustify, 2),
                                text(Face::Kai, OfficialStyle::BodySize));
                break;
            case NarrativeParagraph::Kind::ItemHeading:
                this->paragraph(paragraph.text, block(Qt::AlignJustify, 2),
                                text(Face::FangSong, OfficialStyle::BodySize, true));
                break;
            case NarrativeParagraph::Kind::Body:
                this->paragraph(paragraph.text, block(Qt::AlignJustify, 2),
                                text(Face::FangSong, OfficialStyle::BodySize));
                break;
            }
        }
    }

    /// The first body row, not yet a break, that runs over the bottom of the page its table
    /// starts on: Qt would break the row across the pages and draw the rest over the repeated
    /// header rows, so the table is cut above that row instead. nullopt when no row does.
    std::optional<std::pair<int, int>> firstRowAcrossPages(const QTextDocument &document,
                                                           const TableBreaks &breaks) const
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        const qreal pageHeight = document.pageSize().height();
        // The content of a cell ends its padding and rule above the bottom of the row.
        const qreal below = points(2 + RuleWidth) * m_deviceScale;
        for (const TablePiece &piece : m_tables) {
            const QRectF rect = layout->frameBoundingRect(piece.table);
            const int page = int(rect.top() / pageHeight);
            if (page == int((rect.bottom() - 1) / pageHeight))
                continue;
            const qreal pageBottom = (page + 1) * pageHeight;
            for (int row = piece.headerRows; row < piece.table->rows(); ++row) {
                qreal bottom = 0;
                for (int column = 0; column < piece.table->columns(); ++column) {
                    const QTextTableCell cell = piece.table->cellAt(row, column);
                    if (cell.row() == row && cell.rowSpan() == 1)
                        bottom = std::max(
                            bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
                }
                const int bodyRow = piece.firstBodyRow + row - piece.headerRows;
                if (bottom + below > pageBottom) {
                    if (breaks.value(piece.tableIndex).contains(bodyRow))
                        break; // one row taller than a page: leave it to Qt
                    return std::pair(piece.tableIndex, bodyRow);
                }
            }
        }
        return std::nullopt;
    }

    /// A statistics table, cut into pieces that each start a new page before the given body rows.
    void table(const TableGrid &grid, int tableIndex, const QList<int> &breaks)
    {
        QList<int> starts = breaks;
        starts.append(0);
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const int first = starts[i];
            const int end = i + 1 < starts.size() ? starts[i + 1] : grid.bodyRowCount();
            const bool whole = first == 0 && end == grid.bodyRowCount();
            tablePiece(whole ? grid : grid.bodySlice(first, end), tableIndex, first, breaks.contains(first));
        }
    }

    void tablePiece(const TableGrid &grid, int tableIndex, int firstBodyRow, bool newPage)
    {
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setAlignment(Qt::AlignHCenter);
        format.setBorderCollapse(true);
        format.setBorder(points(RuleWidth));
        format.setBorderBrush(Qt::black);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellSpacing(0);
        format.setCellPadding(points(2));
        format.setTopMargin(points(6));
        format.setBottomMargin(points(6));
        format.setHeaderRowCount(grid.headerRowCount());
        format.setColumnWidthConstraints(columnWidths(grid));

        m_cursor.movePosition(QTextCursor::End);
        // A table right below a part heading keeps it.
        const QTextBlock previous = m_cursor.block();
        const QTextBlock heading =
            !m_headings.isEmpty() && m_headings.constLast() == previous ? previous : QTextBlock();
        if (newPage && heading.isValid()) {
            QTextBlockFormat headingFormat = heading.blockFormat();
            headingFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(headingFormat);
        } else if (newPage) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        }
        QTextTable *table = m_cursor.insertTable(grid.rowCount(), grid.columnCount(), format);
        m_tables.append({table, heading, tableIndex, firstBodyRow, grid.headerRowCount()});
        for (const GridCell &cell : grid.cells()) {
            if (cell.rowSpan > 1 || cell.columnSpan > 1)
                table->mergeCells(cell.row, cell.column, cell.rowSpan, cell.columnSpan);
        }
        for (const GridCell &cell : grid.cells())
            fillCell(table->cellAt(cell.row, cell.column), cell);
        m_cursor.movePosition(QTextCursor::End);
        m_atEmptyBlock = true;
    }

    void signature(const QString &issuer, const QString &date)
    {
        if (issuer.isEmpty() && date.isEmpty())
            return;
        emptyLine();
        emptyLine();
        // A borderless table set right keeps the issuer centred over the date, which stands four
        // characters from the right edge (GB/T 9704 7.3.5).
        QTextTableFormat format;
        format.setAlignment(Qt::AlignRight);
        format.setBorder(0);
        format.setCellPadding(0);
        format.setCellSpacing(0);
        format.setRightMargin(points(4 * OfficialStyle::BodySize));
        m_cursor.movePosition(QTextCursor::End);
        QTextTable *table = m_cursor.insertTable(2, 1, format);
        const QStringList lines{issuer, date};
        for (int row = 0; row < 2; ++row) {
            QTextCursor cursor = table->cellAt(row, 0).firstCursorPosition();
            cursor.setBlockFormat(block(Qt::AlignHCenter));
            cursor.insertText(lines[row], text(Face::FangSong, OfficialStyle::BodySize));
        }
        m_cursor.movePosition(QTextCursor::End);
        m_atEmptyBlock = true;
    }

    void copyTo(const QString &recipients)
    {
        if (recipients.isEmpty())
            return;
        emptyLine();
        // 版记: 抄送 in 4号 仿宋 between two rules, one character in (GB/T 9704 8.3).
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setBorderCollapse(true);
        format.setBorder(0);
        format.setCellPadding(points(3));
        m_cursor.movePosition(QTextCursor::End);
        QTextTable *table = m_cursor.insertTable(1, 1, format);
        QTextTableCell cell = table->cellAt(0, 0);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setTopBorder(points(RuleWidth));
        cellFormat.setBottomBorder(points(RuleWidth));
        cellFormat.setTopBorderBrush(Qt::black);
        cellFormat.setBottomBorderBrush(Qt::black);
        cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cellFormat.setLeftBorder(0);
        cellFormat.setRightBorder(0);
        cell.setFormat(cellFormat);
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat blockFormat;
        blockFormat.setLeftMargin(points(OfficialStyle::PageNumberSize));
        cursor.setBlockFormat(blockFormat);
        cursor.insertText(QStringLiteral("抄送：") + recipients,
                          text(Face::FangSong, OfficialStyle::PageNumberSize));
        m_cursor.movePosition(QTextCursor::End);
        m_atEmptyBlock = true;
    }

private:
    // Values take about a tenth of the width each (within bounds), the row labels the rest: the
    // narrow section and group columns, then the row label itself, wide enough for most labels to
    // stay on one line, so that part 三 fits on a page.
    static QList<QTextLength> columnWidths(const TableGrid &grid)
    {
        const int labels = grid.labelColumnCount();
        const int values = grid.columnCount() - labels;
        const qreal valueShare = labels == 0 ? 100 : std::clamp(values * 6.0, 45.0, 70.0);
        const QList<qreal> narrow{8, 10};
        QList<QTextLength> widths;
        qreal used = 0;
        for (int column = 0; column + 1 < labels; ++column) {
            widths.append(QTextLength(QTextLength::PercentageLength, narrow.value(column, 10)));
            used += narrow.value(column, 10);
        }
        if (labels > 0)
            widths.append(QTextLength(QTextLength::PercentageLength, 100 - valueShare - used));
        for (int column = 0; column < values; ++column)
            widths.append(QTextLength(QTextLength::PercentageLength, valueShare / values));
        return widths;
    }

    void fillCell(QTextTableCell cell, const GridCell &gridCell)
    {
        // With collapsed borders the rules come from the cells, one line wide between neighbours.
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        // A label spanning rows stands at their top: centred, it would land on the header rows
        // repeated on the next page when its rows break across pages.
        cellFormat.setVerticalAlignment(gridCell.rowSpan > 1 && !gridCell.isHeader()
                                            ? QTextCharFormat::AlignTop
                                            : QTextCharFormat::AlignMiddle);
        cellFormat.setBorder(points(RuleWidth));
        cellFormat.setBorderBrush(Qt::black);
        cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cell.setFormat(cellFormat);

        const bool title = gridCell.role == GridCell::Role::Title;
        const bool leftAligned = gridCell.role == GridCell::Role::RowLabel;
        QTextBlockFormat blockFormat;
        blockFormat.setAlignment(leftAligned ? Qt::AlignLeft : Qt::AlignHCenter);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setBlockFormat(blockFormat);
        cursor.insertText(gridCell.text, text(title ? Face::Hei : Face::Song, OfficialStyle::TableSize));
    }

    QTextCursor m_cursor;
    qreal m_deviceScale;
    QList<QTextBlock> m_headings;
    QList<TablePiece> m_tables;
    bool m_atEmptyBlock = true;
};

// The title of an official document wraps where the words allow (GB/T 9704 7.2.3: 词意完整):
// a title too long for a line breaks after the agency's name, not inside 年度.
QString wrappedTitle(const Report &report, QPagedPaintDevice &device)
{
    const QString title = report.displayTitle();
    const QString &agency = report.meta.agencyName;
    if (agency.isEmpty() || !title.startsWith(agency) || title.size() == agency.size())
        return title;
    QFont font;
    font.setFamilies(OfficialStyle::families(Face::XiaoBiaoSong));
    font.setPointSizeF(OfficialStyle::TitleSize);
    font.setBold(OfficialStyle::needsBold(Face::XiaoBiaoSong));
    const qreal width = device.pageLayout().paintRectPixels(device.logicalDpiY()).width();
    if (QFontMetricsF(font, &device).horizontalAdvance(title) <= width)
        return title;
    return agency + QChar(QChar::LineSeparator) + title.mid(agency.size());
}

void build(const Report &report, QPagedPaintDevice &device, const TableBreaks &breaks,
           QTextDocument &document, DocumentBuilder &builder)
{
    if (!report.meta.documentNumber.isEmpty()) {
        builder.paragraph(report.meta.documentNumber, builder.block(Qt::AlignHCenter),
                          DocumentBuilder::text(Face::FangSong, OfficialStyle::BodySize));
        builder.emptyLine();
    }
    QTextBlockFormat titleBlock = builder.block(Qt::AlignHCenter);
    titleBlock.setLineHeight(builder.points(OfficialStyle::TitleSize * 1.5), QTextBlockFormat::FixedHeight);
    builder.paragraph(wrappedTitle(report, device), titleBlock,
                      DocumentBuilder::text(Face::XiaoBiaoSong, OfficialStyle::TitleSize,
                                            OfficialStyle::needsBold(Face::XiaoBiaoSong)));
    builder.emptyLine();
    builder.narrative(report.preamble);

    const Format *format = report.format();
    for (int part = 1; part <= Report::PartCount; ++part) {
        const QString heading = format && part <= format->parts().size() ? format->parts()[part - 1].heading
                                                                         : partNumeral(part) + u'、';
        builder.heading(heading);
        builder.narrative(report.parts[size_t(part - 1)]);
        if (format) {
            for (int table : format->tablesOfPart(part))
                builder.table(TableGrid(format->table(table), report), table, breaks.value(table));
        }
    }
    builder.signature(report.meta.issuer, report.meta.issueDate.isValid()
                                              ? ChineseDate::format(report.meta.issueDate)
                                              : QString());
    builder.copyTo(report.meta.copyTo);
    builder.finish();
    // Laid out once, now that it is complete: a page size set earlier relays out every table on
    // each cell inserted.
    document.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiY()).size());
    builder.keepTogether(document);
}

} // namespace

std::unique_ptr<QTextDocument> ReportDocumentRenderer::render(const Report &report, QPagedPaintDevice &device)
{
    // Laid out again with the table cut above each row that would run across a page, one cut at
    // a time, since each moves what follows; a report needs one or two.
    TableBreaks breaks;
    for (;;) {
        auto document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(&device);
        document->setDocumentMargin(0);
        DocumentBuilder builder(*document, device.logicalDpiY());
        build(report, device, breaks, *document, builder);
        const std::optional<std::pair<int, int>> cut = builder.firstRowAcrossPages(*document, breaks);
        if (!cut)
            return document;
        breaks[cut->first].append(cut->second);
    }
}

} // namespace nianbao
