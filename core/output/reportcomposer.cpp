// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcomposer.h"

#include "format.h"
#include "layoutface.h"
#include "narrativeparagraph.h"
#include "officialstyle.h"
#include "report.h"
#include "reportflow.h"
#include "tablegrid.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QMap>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <optional>

namespace nianbao {

namespace {

using Face = OfficialStyle::Face;
using Paragraph = OfficialStyle::Paragraph;

constexpr qreal Scale = PagedReport::Scale;
constexpr qreal RuleWidth = PagedReport::RuleWidth;
constexpr qreal CellPadding = 2;
constexpr qreal TableMargin = 6;
constexpr qreal CopyToPadding = 3;
/// What floating-point sums may exceed a page by and still fit.
constexpr qreal Tolerance = 0.01;

QFont layoutFont(Face face, qreal points, bool bold)
{
    QFont font;
    font.setFamilies(OfficialStyle::families(face));
    font.setPixelSize(qRound(points * Scale));
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

/// The font of a paragraph of `kind`: its format's, the title bold where its face needs it.
QFont paragraphFont(Paragraph kind)
{
    const OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(kind);
    const bool bold = format.bold || (kind == Paragraph::Title && OfficialStyle::needsBold(format.face));
    return layoutFont(format.face, format.size, bold);
}

/// The tables' cells in 宋体 and their titles in 黑体, 五号.
QFont tableFont(Face face)
{
    return layoutFont(face, OfficialStyle::TableSize, false);
}

/// One line of text, laid out: its glyphs with the baseline at `ascent` (layout pixels) from the top.
struct Line
{
    QList<QGlyphRun> runs;
    std::optional<LayoutFace> standInOf; ///< where the runs are in a stand-in: its face (see LayoutFace)
    qreal height = 0;                    ///< points
    qreal baseline = 0;                  ///< points below the top of the line
    qreal ascent = 0;                    ///< points: where the runs put the baseline
    qreal naturalWidth = 0;              ///< points: the text's own width, as Qt measures it in the face
};

/// `text` laid out in `font` in lines `width` layout pixels wide, the first `firstLineIndent` in;
/// or in the stand-in of its face where that comes out the same (see LayoutFace).
class LaidOut
{
public:
    LaidOut(const QString &text, const QFont &font, const QTextOption &option, qreal width,
            qreal firstLineIndent)
        : m_face(LayoutFace::of(font))
    {
        if (m_face.covers(text)) {
            m_layout = std::make_unique<QTextLayout>(text);
            m_layout->setRawFont(m_face.standIn());
            m_layout->setTextOption(option);
            m_standIn = true;
            if (setLines(width, firstLineIndent, true) && takeRuns())
                return;
            m_standIn = false;
            m_overhangs.clear();
            m_lineEnds.clear();
            m_runs.clear();
        }
        m_layout = std::make_unique<QTextLayout>(text, font);
        m_layout->setTextOption(option);
        setLines(width, firstLineIndent, false);
        takeRuns();
    }

    const QTextLayout &layout() const { return *m_layout; }

    /// The glyph runs of line `line`, in the font they were laid out in (see standInOf()).
    const QList<QGlyphRun> &runs(int line) const { return m_runs.at(line); }

    /// The width of the line's text as Qt measures it in the face.
    qreal naturalWidth(int line) const
    {
        return m_layout->lineAt(line).naturalTextWidth() + m_overhangs.value(line);
    }

    /// The face whose stand-in the text was laid out in; nullopt when it was laid out in the face itself.
    std::optional<LayoutFace> standInOf() const { return m_standIn ? std::optional(m_face) : std::nullopt; }

private:
    /// Breaks the text into lines; in the stand-in, false when a line would not be the line in the face.
    bool setLines(qreal width, qreal firstLineIndent, bool standIn)
    {
        m_layout->beginLayout();
        bool same = true;
        for (;;) {
            QTextLine line = m_layout->createLine();
            if (!line.isValid())
                break;
            const qreal indent = line.lineNumber() == 0 ? firstLineIndent : 0;
            const qreal lineWidth = std::max(Scale, width - indent);
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(indent, 0));
            if (standIn && same)
                same = fitOverhang(line, lineWidth);
        }
        m_layout->endLayout();
        return same;
    }

    /// Qt counts the ink of the face's glyph that ends a line past its advance (its negative right
    /// bearing) into the line's width, in breaking the line and in justifying it (not in centring
    /// or right-aligning it); the stand-in's glyphs have no ink. The line is broken as narrower by
    /// that much, which breaks it as in the face unless the overhang moved that glyph to the next
    /// line, and a justified line is also filled to that width.
    bool fitOverhang(QTextLine &line, qreal lineWidth)
    {
        const std::optional<LayoutFace::LineEnd> end =
            m_face.lineEnd(m_layout->text(), line.textStart(), line.textLength());
        if (!end)
            return false;
        m_lineEnds.append(*end);
        if (end->overhang == 0)
            return true;
        const int length = line.textLength();
        line.setLineWidth(lineWidth - end->overhang);
        m_overhangs.insert(line.lineNumber(), end->overhang);
        if (line.textLength() != length)
            return false;
        if (!(m_layout->textOption().alignment() & Qt::AlignJustify))
            line.setLineWidth(lineWidth);
        return true;
    }

    /// Takes the glyph runs of every line; false when a line in the stand-in ends in another glyph
    /// than the one its overhang was told for (shaping replaced the character's own).
    bool takeRuns()
    {
        const int lines = m_layout->lineCount();
        m_runs.reserve(lines);
        for (int i = 0; i < lines; ++i) {
            QList<QGlyphRun> runs = m_layout->lineAt(i).glyphRuns(
                -1, -1,
                QTextLayout::RetrieveGlyphIndexes | QTextLayout::RetrieveGlyphPositions |
                    QTextLayout::RetrieveStringIndexes | QTextLayout::RetrieveString);
            if (m_standIn && !endsIn(runs, m_lineEnds.value(i, LayoutFace::LineEnd{-2, 0, 0})))
                return false;
            m_runs.append(std::move(runs));
        }
        return true;
    }

    /// Whether the runs have exactly one glyph for the line's end's character, its glyph.
    static bool endsIn(const QList<QGlyphRun> &runs, const LayoutFace::LineEnd &end)
    {
        if (end.at == -1)
            return true;
        int found = 0;
        for (const QGlyphRun &run : runs) {
            const QList<qsizetype> indexes = run.stringIndexes();
            const QList<quint32> glyphs = run.glyphIndexes();
            for (qsizetype i = 0; i < indexes.size() && i < glyphs.size(); ++i) {
                if (indexes[i] != end.at)
                    continue;
                if (glyphs[i] != end.glyph)
                    return false;
                ++found;
            }
        }
        return found == 1;
    }

    LayoutFace m_face;
    std::unique_ptr<QTextLayout> m_layout;
    bool m_standIn = false;
    QHash<int, qreal> m_overhangs;         ///< by line, layout pixels
    QList<LayoutFace::LineEnd> m_lineEnds; ///< by line, in the stand-in
    QList<QList<QGlyphRun>> m_runs;        ///< by line
};

/// A line's ascent and descent, in layout pixels.
struct LineMetrics
{
    qreal ascent = 0;
    qreal descent = 0;
};

/// The ascent and descent of a line without text in `font`: the stand-in's, which has the face's
/// metrics, or the face's where it has none.
LineMetrics emptyLineMetrics(const QFont &font)
{
    const LayoutFace face = LayoutFace::of(font);
    const QRawFont &standIn = face.standIn();
    if (standIn.isValid())
        return {standIn.ascent(), standIn.descent()};
    const QFontMetricsF metrics(font);
    return {metrics.ascent(), metrics.descent()};
}

/// `line` given its height and baseline: from its metrics, or `fixedHeight` where that is given.
Line sized(Line line, LineMetrics metrics, qreal fixedHeight)
{
    line.ascent = metrics.ascent / Scale;
    if (fixedHeight > 0) {
        line.height = fixedHeight;
        line.baseline = fixedHeight * 0.8;
    } else {
        line.height = (metrics.ascent + metrics.descent) / Scale;
        line.baseline = line.ascent;
    }
    return line;
}

/// Lines of text for a given width (points): each as high as `fixedHeight` with the baseline at
/// four fifths of it (as QTextDocument sets a fixed line height), or as the face makes it.
QList<Line> setText(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment,
                    qreal firstLineIndent = 0, qreal fixedHeight = 0)
{
    // An empty text is one line as high as the font's: Qt would measure it in the layout's font, which
    // for a layout in a stand-in is not the font but the application's (QTextLayout has no other).
    if (text.isEmpty())
        return {sized(Line(), emptyLineMetrics(font), fixedHeight)};
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    const LaidOut laid(text, font, option, width * Scale, firstLineIndent * Scale);
    const QTextLayout &layout = laid.layout();
    QList<Line> lines;
    lines.reserve(layout.lineCount());
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        Line set;
        set.runs = laid.runs(i);
        set.standInOf = laid.standInOf();
        set.naturalWidth = laid.naturalWidth(i) / Scale;
        lines.append(sized(std::move(set), {line.ascent(), line.descent()}, fixedHeight));
    }
    return lines;
}

qreal heightOf(const QList<Line> &lines)
{
    qreal height = 0;
    for (const Line &line : lines)
        height += line.height;
    return height;
}

qreal naturalWidth(const QString &text, const QFont &font)
{
    QTextOption option;
    option.setUseDesignMetrics(true);
    const LaidOut laid(text, font, option, 1e6, 0);
    return laid.naturalWidth(0) / Scale;
}

/// The lines of the tables' cells laid out so far: most cells of a table hold the same few texts ("0"
/// above all), and a long table's pieces lay out its rows again. The same text in the same font,
/// width and alignment gives the same lines.
class CellLines
{
public:
    QList<Line> of(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment)
    {
        const Key key{text, font.key(), width, int(alignment)};
        auto found = m_lines.constFind(key);
        if (found == m_lines.constEnd())
            found = m_lines.insert(key, setText(text, font, width, alignment));
        return *found;
    }

private:
    struct Key
    {
        QString text;
        QString font;
        qreal width;
        int alignment;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.font, key.width, key.alignment);
    }

    QHash<Key, QList<Line>> m_lines;
};

/// A statistics table laid out for the width of the type area.
struct TableBox
{
    struct Cell
    {
        const GridCell *cell;
        QList<Line> lines;
        qreal contentHeight;
    };

    QList<qreal> columnEdges; ///< columns + 1, from the table's left, points
    QList<qreal> rowHeights;
    QList<Cell> cells;

    qreal height() const { return std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qreal(0)); }
};

TableBox layoutTable(const TableGrid &grid, qreal width, CellLines &cellLines)
{
    TableBox box;
    box.columnEdges.append(0);
    qreal edge = 0;
    for (qreal share : grid.columnShares()) {
        edge += share * width / 100;
        box.columnEdges.append(edge);
    }
    const QFont text = tableFont(Face::Song);
    const QFont title = tableFont(Face::Hei);
    const qreal inset = CellPadding + RuleWidth / 2;
    box.rowHeights.fill(0, grid.rowCount());
    for (const GridCell &cell : grid.cells()) {
        const qreal cellWidth = box.columnEdges[cell.column + cell.columnSpan] - box.columnEdges[cell.column];
        const bool left = cell.role == GridCell::Role::RowLabel;
        QList<Line> lines = cellLines.of(cell.text, cell.role == GridCell::Role::Title ? title : text,
                                         cellWidth - 2 * inset, left ? Qt::AlignLeft : Qt::AlignHCenter);
        const qreal contentHeight = heightOf(lines);
        box.cells.append(TableBox::Cell{&cell, std::move(lines), contentHeight});
        if (cell.rowSpan == 1)
            box.rowHeights[cell.row] = std::max(box.rowHeights[cell.row], contentHeight + 2 * inset);
    }
    // A cell over several rows that needs more than they have makes the last of them higher.
    for (const TableBox::Cell &cell : std::as_const(box.cells)) {
        if (cell.cell->rowSpan == 1)
            continue;
        const int last = cell.cell->row + cell.cell->rowSpan - 1;
        qreal spanned = 0;
        for (int row = cell.cell->row; row <= last; ++row)
            spanned += box.rowHeights[row];
        const qreal needed = cell.contentHeight + 2 * inset;
        if (needed > spanned)
            box.rowHeights[last] += needed - spanned;
    }
    return box;
}

/// Rules of a table as few straight lines: the shared edges of neighbouring cells drawn once.
class Rules
{
public:
    void addRect(const QRectF &rect)
    {
        m_horizontal[key(rect.top())].append({rect.left(), rect.right()});
        m_horizontal[key(rect.bottom())].append({rect.left(), rect.right()});
        m_vertical[key(rect.left())].append({rect.top(), rect.bottom()});
        m_vertical[key(rect.right())].append({rect.top(), rect.bottom()});
    }

    void appendTo(QList<QLineF> &lines) const
    {
        for (auto it = m_horizontal.cbegin(); it != m_horizontal.cend(); ++it) {
            for (const auto &[from, to] : merged(it.value()))
                lines.append(QLineF(from, value(it.key()), to, value(it.key())));
        }
        for (auto it = m_vertical.cbegin(); it != m_vertical.cend(); ++it) {
            for (const auto &[from, to] : merged(it.value()))
                lines.append(QLineF(value(it.key()), from, value(it.key()), to));
        }
    }

private:
    using Segment = std::pair<qreal, qreal>;

    // Positions in hundredths of a point, so that edges computed along different paths meet.
    static qint64 key(qreal position) { return qRound64(position * 100); }
    static qreal value(qint64 key) { return key / 100.0; }

    static QList<Segment> merged(QList<Segment> segments)
    {
        std::sort(segments.begin(), segments.end());
        QList<Segment> result;
        for (const Segment &segment : segments) {
            if (!result.isEmpty() && segment.first <= result.last().second + Tolerance)
                result.last().second = std::max(result.last().second, segment.second);
            else
                result.append(segment);
        }
        return result;
    }

    QMap<qint64, QList<Segment>> m_horizontal;
    QMap<qint64, QList<Segment>> m_vertical;
};

class Composer : public ReportFlow
{
public:
    explicit Composer(PagedReport &out)
        : m_out(out)
    {
        const QPageLayout page = OfficialStyle::pageLayout();
        m_out.pageSize = page.fullRect(QPageLayout::Point).size();
        m_out.typeArea = page.paintRect(QPageLayout::Point);
        newPage();
    }

    void finish()
    {
        flushHeading(0);
        numberPages();
    }

protected:
    void documentNumber(const QString &number) override
    {
        paragraph(number, Paragraph::DocumentNumber);
        emptyLine();
    }

    void title(const QString &title) override
    {
        const QFont font = paragraphFont(Paragraph::Title);
        const qreal width = area().width();
        const QStringList lines =
            OfficialStyle::titleLines(title, report().meta.agencyName,
                                      [&](const QString &line) { return naturalWidth(line, font) <= width; });
        paragraph(lines.join(QChar(QChar::LineSeparator)), Paragraph::Title);
        emptyLine();
    }

    void paragraph(const NarrativeParagraph &paragraph) override
    {
        this->paragraph(paragraph.text, OfficialStyle::paragraphOf(paragraph));
    }

    void beginPart(int, const QString &heading) override { paragraph(heading, Paragraph::PartHeading); }

    void table(const TableGrid &grid, int tableIndex) override
    {
        keepPartTablesTogether(tableIndex);
        const TableBox &whole = wholeTable(grid, tableIndex);
        const qreal margins = 2 * TableMargin;
        // A table that fits on a page is not broken: it starts a new page when this one has no room.
        if (whole.height() + margins <= area().height() + Tolerance) {
            flushHeading(whole.height() + margins);
            if (!fits(whole.height() + margins))
                newPage();
            placeTable(whole, grid, tableIndex, 0);
            return;
        }
        const int headerRows = grid.headerRowCount();
        qreal headerHeight = 0;
        for (int row = 0; row < headerRows; ++row)
            headerHeight += whole.rowHeights[row];
        flushHeading(margins + headerHeight + whole.rowHeights.value(headerRows));
        // Longer than a page: cut between two rows, each piece under the header rows.
        int first = 0;
        while (first < grid.bodyRowCount()) {
            const qreal room = area().height() - m_y - margins + Tolerance;
            int end = first;
            qreal used = headerHeight;
            while (end < grid.bodyRowCount() && used + whole.rowHeights[headerRows + end] <= room)
                used += whole.rowHeights[headerRows + end++];
            // Labels cut at the top of a piece repeat their text there, which may take more room.
            TableGrid slice = grid.bodySlice(first, std::max(end, first + 1));
            TableBox box = layoutTable(slice, area().width(), m_cellLines);
            while (end > first + 1 && box.height() > room) {
                slice = grid.bodySlice(first, --end);
                box = layoutTable(slice, area().width(), m_cellLines);
            }
            if ((end == first || box.height() > room) && m_y > 0) {
                newPage();
                continue;
            }
            end = std::max(end, first + 1); // a row taller than a page is set as it is
            placeTable(box, slice, tableIndex, first);
            first = end;
            if (first < grid.bodyRowCount())
                newPage();
        }
    }

    void signature(const QString &issuer, const QString &date) override
    {
        emptyLine();
        emptyLine();
        // The issuer centred over the date, which stands four characters from the right edge
        // (GB/T 9704 7.3.5).
        const OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(Paragraph::Signature);
        const QFont font = layoutFont(format.face, format.size, format.bold);
        const qreal width = std::max(naturalWidth(issuer, font), naturalWidth(date, font));
        const qreal left = area().width() - 4 * OfficialStyle::BodySize - width;
        QList<Line> lines;
        for (const QString &text : {issuer, date})
            lines.append(setText(text, font, width, Qt::AlignHCenter, 0, format.lineHeight));
        // The two lines stay together.
        const qreal height = heightOf(lines);
        flushHeading(height);
        if (!fits(height))
            newPage();
        for (const Line &line : std::as_const(lines))
            placeLine(line, left);
    }

    void copyTo(const QString &recipients) override
    {
        emptyLine();
        // 版记: 抄送 in 4号 仿宋 between two rules across the type area, one character in (GB/T 9704 8.3).
        const OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(Paragraph::CopyTo);
        const qreal indent = CopyToPadding + OfficialStyle::PageNumberSize;
        const QList<Line> lines =
            setText(QStringLiteral("抄送：") + recipients, layoutFont(format.face, format.size, format.bold),
                    area().width() - indent - CopyToPadding, Qt::AlignLeft);
        const qreal height = heightOf(lines) + 2 * CopyToPadding;
        flushHeading(height);
        if (!fits(height))
            newPage();
        const qreal top = m_y;
        m_y += CopyToPadding;
        for (const Line &line : lines)
            placeLine(line, indent);
        m_y += CopyToPadding;
        const QRectF box = area();
        page().rules.append(QLineF(box.left(), box.top() + top, box.right(), box.top() + top));
        page().rules.append(QLineF(box.left(), box.top() + m_y, box.right(), box.top() + m_y));
    }

private:
    QRectF area() const { return m_out.typeArea; }
    PagedReport::Page &page() { return m_out.pages.last(); }
    int pageIndex() const { return int(m_out.pages.size()) - 1; }
    bool fits(qreal height) const { return m_y + height <= area().height() + Tolerance; }

    void newPage()
    {
        m_out.pages.append(PagedReport::Page{});
        m_y = 0;
    }

    void place(const Line &line, qreal x, qreal top)
    {
        const QPointF origin(area().left() + x, area().top() + top + line.baseline - line.ascent);
        for (const QGlyphRun &run : line.runs)
            page().text.append(PagedReport::Text{origin, run, line.standInOf});
    }

    /// A line below the last, on the next page when this one has no room for it.
    void placeLine(const Line &line, qreal x)
    {
        if (m_y > 0 && !fits(line.height))
            newPage();
        place(line, x, m_y);
        m_y += line.height;
    }

    void paragraph(const QString &text, Paragraph kind)
    {
        const OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(kind);
        QList<Line> lines = setText(text, paragraphFont(kind), area().width(), format.alignment,
                                    format.firstLineIndent * OfficialStyle::BodySize, format.lineHeight);
        if (format.outlineLevel >= 0) {
            // A heading waits for what follows it, to go to the next page with it if need be.
            m_heading.append(std::move(lines));
            return;
        }
        flushHeading(lines.isEmpty() ? 0 : lines.constFirst().height);
        for (const Line &line : std::as_const(lines))
            placeLine(line, 0);
    }

    void emptyLine() { paragraph(QString(), Paragraph::Body); }

    /// Sets the heading waiting for what it heads, on the next page when that would not follow it
    /// on this one (`next` is the height of what must stand under it).
    void flushHeading(qreal next)
    {
        if (m_heading.isEmpty())
            return;
        const qreal height = heightOf(m_heading) + next;
        if (m_y > 0 && !fits(height) && height <= area().height())
            newPage();
        const QList<Line> heading = std::exchange(m_heading, {});
        for (const Line &line : heading)
            placeLine(line, 0);
    }

    /// The tables of a part follow each other; when they fit on a page together, they are not
    /// parted (the item tables of part 二 are one table in the official template).
    void keepPartTablesTogether(int tableIndex)
    {
        const Format &format = *report().format();
        const QList<int> tables = format.tablesOfPart(format.table(tableIndex).part);
        if (tables.size() < 2 || tables.constFirst() != tableIndex)
            return;
        qreal height = 0;
        for (int table : tables)
            height += wholeTable(TableGrid(format.table(table), report()), table).height() + 2 * TableMargin;
        if (height > area().height() + Tolerance)
            return;
        flushHeading(height);
        if (!fits(height))
            newPage();
    }

    /// A whole table laid out, once: the tables of a part are measured together before each is placed.
    const TableBox &wholeTable(const TableGrid &grid, int tableIndex)
    {
        auto [laidOut, added] = m_wholeTables.try_emplace(tableIndex, grid);
        if (added)
            laidOut->second.box = layoutTable(laidOut->second.grid, area().width(), m_cellLines);
        return laidOut->second.box;
    }

    void placeTable(const TableBox &box, const TableGrid &grid, int tableIndex, int firstBodyRow)
    {
        m_y += TableMargin;
        const QPointF topLeft(area().left(), area().top() + m_y);
        QList<qreal> rowTops{0};
        for (qreal height : box.rowHeights)
            rowTops.append(rowTops.constLast() + height);
        Rules rules;
        const qreal inset = CellPadding + RuleWidth / 2;
        for (const TableBox::Cell &cell : box.cells) {
            const GridCell &at = *cell.cell;
            const QRectF rect(box.columnEdges[at.column], rowTops[at.row],
                              box.columnEdges[at.column + at.columnSpan] - box.columnEdges[at.column],
                              rowTops[at.row + at.rowSpan] - rowTops[at.row]);
            rules.addRect(rect.translated(topLeft));
            // A label spanning rows stands at their top, every other cell in the middle.
            const bool top = at.rowSpan > 1 && !at.isHeader();
            qreal y = rect.top() + (top ? inset : (rect.height() - cell.contentHeight) / 2);
            for (const Line &line : cell.lines) {
                place(line, rect.left() + inset, m_y + y);
                y += line.height;
            }
        }
        rules.appendTo(page().rules);
        m_out.tables.append(PagedReport::TablePiece{
            tableIndex, pageIndex(), firstBodyRow, grid.bodyRowCount(), grid.headerRowCount(),
            QRectF(topLeft, QSizeF(box.columnEdges.constLast(), box.height()))});
        m_y += box.height() + TableMargin;
    }

    void numberPages()
    {
        const OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(Paragraph::PageNumber);
        const QFont font = layoutFont(format.face, format.size, format.bold);
        const qreal inset = OfficialStyle::PageNumberSize;
        const qreal top = area().bottom() + OfficialStyle::PageNumberGapMm * 72 / 25.4;
        for (int index = 0; index < m_out.pages.size(); ++index) {
            const QString text = OfficialStyle::pageNumber(index + 1);
            const QList<Line> lines = setText(text, font, area().width(), Qt::AlignLeft);
            const qreal width = lines.constFirst().naturalWidth;
            // Odd pages have the number on the right, even pages on the left, one character in.
            const bool odd = (index + 1) % 2 == 1;
            const qreal x = odd ? area().width() - inset - width : inset;
            const QPointF origin(area().left() + x,
                                 top + lines.constFirst().baseline - lines.constFirst().ascent);
            for (const QGlyphRun &run : lines.constFirst().runs)
                m_out.pages[index].text.append(PagedReport::Text{origin, run, lines.constFirst().standInOf});
        }
    }

    /// A table's grid with its layout, which points into it (so kept where a map keeps it, unmoved).
    struct LaidOutTable
    {
        explicit LaidOutTable(const TableGrid &grid)
            : grid(grid)
        {}
        TableGrid grid;
        TableBox box;
    };

    PagedReport &m_out;
    CellLines m_cellLines;
    std::map<int, LaidOutTable> m_wholeTables;
    qreal m_y = 0; ///< below the top of the type area, points
    QList<Line> m_heading;
};

} // namespace

PagedReport ReportComposer::compose(const Report &report)
{
    // Laid out in stand-ins guessed from an earlier process's choices, checked meanwhile; a wrong
    // guess is forgotten and the report laid out again (each time with one guess fewer).
    LayoutFace::Guesses guesses;
    for (;;) {
        PagedReport paged;
        paged.title = report.displayTitle();
        Composer composer(paged);
        composer.walk(report);
        composer.finish();
        if (guesses.confirmed())
            return paged;
    }
}

QList<QFont> ReportComposer::layoutFonts()
{
    QList<QFont> fonts{tableFont(Face::Song), tableFont(Face::Hei)};
    for (Paragraph kind : OfficialStyle::Paragraphs)
        fonts.append(paragraphFont(kind));
    return fonts;
}

} // namespace nianbao
