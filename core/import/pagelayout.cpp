// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelayout.h"

#include "format.h"
#include "textlayout/formatvocabulary.h"
#include "textlayout/labeltext.h"
#include "textlayout/reportreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>

namespace nianbao {

// The translation context of the layout's messages.
class PageLayoutText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PageLayout)
};

namespace {

using Kind = LabelEntry::Kind;

// Distances in heights of the text concerned.
constexpr double SameBaseline = 0.3;  ///< word centres this close are on one line
constexpr double FieldGap = 0.45;     ///< a wider gap between words separates fields (cells)
constexpr double SpacedGap = 0.15;    ///< a gap this wide between ASCII words is a space
constexpr double StackedGap = 0.6;    ///< pieces of one cell's text are at most this far apart
constexpr double MinOverlap = 0.3;    ///< of the narrower piece: pieces of one cell stand over each other
constexpr double ValueOverlap = 0.25; ///< a label's band reaches this much beyond its box
constexpr int StackedLines = 6;       ///< a piece of a cell continues at most this many lines further
// Page furniture stands in the top and bottom margins.
constexpr double TopMargin = 0.1;
constexpr double BottomMargin = 0.85;
constexpr double CentredPageNumber = 0.15; ///< of the page width from its centre
// A single-field line this wide (of the text width) or long is narrative.
constexpr double NarrativeWidth = 0.6;
constexpr qsizetype NarrativeLength = 45;
constexpr double NearLabel = 0.5;
constexpr double HeadingSimilarity = 0.5;

struct Field
{
    QString text;
    QRectF box;
    bool numeric = false;
    QList<PageWord> words;
};

bool isAsciiWord(QChar c)
{
    return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'%');
}

/// Words side by side as one field; a space only between ASCII words with a gap between them.
Field fieldOf(const QList<PageWord> &words)
{
    Field field;
    field.words = words;
    for (const PageWord &word : words) {
        const QString text = LabelText::trimmed(word.text).toString();
        if (!field.text.isEmpty()) {
            const double gap = word.box.left() - field.box.right();
            if (gap > SpacedGap * std::min(field.box.height(), word.box.height()) &&
                isAsciiWord(field.text.back()) && isAsciiWord(text.front()))
                field.text += u' ';
            field.box = field.box.united(word.box);
        } else {
            field.box = word.box;
        }
        field.text += text;
    }
    field.numeric = LabelText::looksNumeric(field.text);
    return field;
}

bool isUnit(QStringView text)
{
    static constexpr QStringView units[] = {u"元", u"万元", u"（万元）", u"(万元)", u"（元）", u"(元)"};
    return std::find(std::begin(units), std::end(units), LabelText::trimmed(text)) != std::end(units);
}

struct Line
{
    int page = 0;
    int number = 0; ///< 1-based line on the page
    QRectF box;
    QList<Field> fields;
    bool narrative = false;
    bool tableText = false; ///< as printed: a number apart, several fields, or a label of a table
    int sourceLine = 0;     ///< of a text file

    QString text() const
    {
        QStringList texts;
        for (const Field &field : fields)
            texts.append(field.text);
        return texts.join(u' ');
    }
    bool hasNumber() const
    {
        return std::any_of(fields.cbegin(), fields.cend(), [](const Field &f) { return f.numeric; });
    }
    SourcePosition position(const QRectF &area) const
    {
        return sourceLine > 0 ? SourcePosition::ofLine(sourceLine)
                              : SourcePosition::onPage(page, number, area);
    }
};

enum class LabelKind : quint8 { Unknown, Row, Group, Section, Header, Column };

/** What the formats say about a piece of table text. */
class Labels
{
public:
    Labels()
        : m_formats(Format::all())
    {
        for (const Format *format : std::as_const(m_formats)) {
            m_vocabularies.append(FormatVocabulary::of(*format));
            for (const PartDef &part : format->parts()) {
                m_headings.append(LabelText::normalized(part.heading));
                for (const QString &variant : part.variants)
                    m_headings.append(LabelText::normalized(variant));
            }
        }
    }

    LabelKind kindOf(QStringView text) const
    {
        // A group's label is a group even where a format has it as a row (（六）其他处理, the 2019
        // single row): beside numbers it still goes with them, and a 2021 table repeats it on the
        // next page without any. Then rows, sections, variants of rows, headers.
        bool header = false;
        bool column = false;
        bool row = false;
        bool variantRow = false;
        bool group = false;
        bool section = false;
        for (const auto &vocabulary : m_vocabularies) {
            for (const LabelEntry &entry : vocabulary->find(text)) {
                row = row || (entry.kind == Kind::Row && !entry.variant);
                variantRow = variantRow || (entry.kind == Kind::Row && entry.variant);
                group = group || entry.kind == Kind::Group;
                section = section || entry.kind == Kind::Section;
                header = header || entry.kind == Kind::Header;
                column = column || (entry.kind == Kind::Header && entry.index >= 0);
            }
        }
        if (group)
            return LabelKind::Group;
        if (row)
            return LabelKind::Row;
        if (section)
            return LabelKind::Section;
        if (variantRow)
            return LabelKind::Row;
        if (header)
            return column ? LabelKind::Column : LabelKind::Header;
        const QString normalized = LabelText::normalized(text);
        for (const auto &vocabulary : m_vocabularies) {
            for (int t = 0; t < vocabulary->tableCount(); ++t) {
                for (const auto &[label, row] : vocabulary->rowLabels(t)) {
                    if (LabelText::maySimilar(normalized, label, NearLabel) &&
                        LabelText::similarity(normalized, label) >= NearLabel)
                        return LabelKind::Row;
                }
            }
        }
        return LabelKind::Unknown;
    }

    /// Whether a format has the text as a row (a group label can be the 2019 single row).
    bool isRow(QStringView text) const
    {
        return std::any_of(m_vocabularies.cbegin(), m_vocabularies.cend(), [&](const auto &vocabulary) {
            const QList<LabelEntry> entries = vocabulary->find(text);
            return std::any_of(entries.cbegin(), entries.cend(),
                               [](const LabelEntry &entry) { return entry.kind == Kind::Row; });
        });
    }

    /// A label of a format, or the start of one (a label broken over lines).
    bool isLabelOrStart(QStringView text) const
    {
        const QString normalized = LabelText::normalized(text);
        return std::any_of(m_vocabularies.cbegin(), m_vocabularies.cend(), [&](const auto &vocabulary) {
            return !vocabulary->find(text).isEmpty() || vocabulary->isLabelStart(normalized);
        });
    }

    /// Whether the text is labels one after the other (a table's header printed as one line).
    bool isLabelSequence(QStringView text) const
    {
        const QString normalized = LabelText::normalized(text);
        constexpr qsizetype longest = 60;
        for (qsizetype start = 0; start < normalized.size();) {
            qsizetype length = std::min(longest, normalized.size() - start);
            while (length > 1 && !isLabel(QStringView(normalized).sliced(start, length)))
                --length;
            if (length <= 1)
                return false;
            start += length;
        }
        return !normalized.isEmpty();
    }

    bool isLabel(QStringView text) const
    {
        return std::any_of(m_vocabularies.cbegin(), m_vocabularies.cend(),
                           [&](const auto &vocabulary) { return !vocabulary->find(text).isEmpty(); });
    }

    /// A heading the text reader may take for a part (ReportReader::mayBePartHeading: headings, their
    /// variants, the parts' keywords, appendix headings), or one much like a part's heading.
    bool isPartHeading(QStringView text) const
    {
        if (text.size() < 4 || isLabelOrStart(text))
            return false;
        if (std::any_of(m_formats.cbegin(), m_formats.cend(),
                        [&](const Format *format) { return ReportReader::mayBePartHeading(text, *format); }))
            return true;
        if (!QStringView(u"一二三四五六").contains(text[0]))
            return false;
        const QString normalized = LabelText::normalized(text);
        return std::any_of(m_headings.cbegin(), m_headings.cend(), [&](const QString &heading) {
            return normalized.startsWith(heading) ||
                   LabelText::similarity(normalized, heading) >= HeadingSimilarity;
        });
    }

private:
    QList<const Format *> m_formats;
    QList<std::shared_ptr<const FormatVocabulary>> m_vocabularies;
    QStringList m_headings;
};

QList<Line> linesOf(const PageText &page)
{
    QList<PageWord> words = page.words;
    words.removeIf(
        [](const PageWord &word) { return LabelText::isBlank(word.text) || word.box.height() <= 0; });
    std::sort(words.begin(), words.end(),
              [](const PageWord &a, const PageWord &b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<PageWord>> groups;
    QList<QRectF> boxes;
    for (const PageWord &word : std::as_const(words)) {
        bool placed = false;
        // Words are in order of their centres: only the last lines can take this one.
        for (qsizetype l = groups.size() - 1; l >= 0 && l >= groups.size() - 3 && !placed; --l) {
            const double height = std::max(boxes[l].height(), word.box.height());
            if (std::abs(boxes[l].center().y() - word.box.center().y()) <= SameBaseline * height) {
                groups[l].append(word);
                boxes[l] = boxes[l].united(word.box);
                placed = true;
            }
        }
        if (!placed) {
            groups.append({word});
            boxes.append(word.box);
        }
    }
    QList<Line> lines;
    for (qsizetype l = 0; l < groups.size(); ++l) {
        QList<PageWord> &group = groups[l];
        std::sort(group.begin(), group.end(),
                  [](const PageWord &a, const PageWord &b) { return a.box.left() < b.box.left(); });
        Line line;
        line.page = page.number;
        line.box = boxes[l];
        line.sourceLine = group.first().sourceLine;
        QList<PageWord> field;
        for (const PageWord &word : std::as_const(group)) {
            if (!field.isEmpty()) {
                const double height = std::min(field.last().box.height(), word.box.height());
                if (word.box.left() - field.last().box.right() > FieldGap * height) {
                    line.fields.append(fieldOf(field));
                    field.clear();
                }
            }
            field.append(word);
        }
        line.fields.append(fieldOf(field));
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end(),
              [](const Line &a, const Line &b) { return a.box.center().y() < b.box.center().y(); });

    // Page numbers in the margins are not text of the report.
    static const QRegularExpression pageNumber(QStringLiteral(
        R"(^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d+\s*页(\s*[/,，]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$)"));
    lines.removeIf([&](const Line &line) {
        const double y = line.box.center().y() / page.size.height();
        const bool margin = y < TopMargin || y > BottomMargin;
        const QString text = line.text();
        const bool dashed = !text.trimmed().front().isDigit() || text.contains(u'页') || text.contains(u'/');
        const bool centred =
            std::abs(line.box.center().x() - page.size.width() / 2) < CentredPageNumber * page.size.width();
        return margin && line.fields.size() == 1 && pageNumber.match(text).hasMatch() && (dashed || centred);
    });
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].number = int(i + 1);
    return lines;
}

/// A cell of a table: pieces of text joined where they continue each other.
struct Cell
{
    QString text;
    QRectF box;
    int page = 0;
    int line = 0; ///< index into the document's lines of its first piece
    SourcePosition position;
    LabelKind kind = LabelKind::Unknown;
    bool used = false;
};

/// A line with numbers: a row of a table, with the labels that belong to it.
struct ValueRow
{
    int line = 0;
    QList<const Field *> values;
    QList<int> labels;     ///< indices of Cells
    int block = 0;         ///< rows under the same header
    QList<QRectF> leaves;  ///< the header labels of the columns over the numbers
    QList<QRectF> columns; ///< where the numbers of the table's columns stand
};

/// The column of each number: the nearest column centre (after moving all numbers by the same
/// distance when shifted, as column-aligned text moves the numbers after a long label), in order
/// and each column once; empty when there is no such placing.
QList<int> placed(const QList<double> &numbers, const QList<double> &centres, bool shifted)
{
    QList<int> best;
    double bestScore = 0;
    QList<double> shifts{0};
    if (shifted) {
        for (double x : numbers) {
            for (double centre : centres)
                shifts.append(centre - x);
        }
    }
    for (double shift : std::as_const(shifts)) {
        QList<int> columns;
        double score = 0;
        for (double x : numbers) {
            int nearest = 0;
            for (qsizetype c = 1; c < centres.size(); ++c) {
                if (std::abs(x + shift - centres[c]) < std::abs(x + shift - centres[nearest]))
                    nearest = int(c);
            }
            if (!columns.isEmpty() && nearest <= columns.last())
                break;
            columns.append(nearest);
            score += std::abs(x + shift - centres[nearest]);
        }
        if (columns.size() == numbers.size() && (best.isEmpty() || score < bestScore)) {
            best = columns;
            bestScore = score;
        }
    }
    return best;
}

class Analyzer
{
public:
    explicit Analyzer(const QList<PageText> &pages)
    {
        for (const PageText &page : pages) {
            QList<Line> lines = linesOf(page);
            double left = page.size.width();
            double right = 0;
            for (const Line &line : std::as_const(lines)) {
                left = std::min(left, line.box.left());
                right = std::max(right, line.box.right());
            }
            m_bounds.insert(page.number, {left, right});
            for (Line &line : lines) {
                classify(line, right - left);
                line.tableText = line.fields.size() > 1 || line.hasNumber() ||
                                 m_labels.kindOf(line.fields.first().text) != LabelKind::Unknown;
                if (!line.narrative)
                    splitFields(line);
                m_lines.append(line);
            }
        }
    }

    LayoutText run()
    {
        for (qsizetype i = 0; i < m_lines.size();) {
            if (m_lines[i].narrative) {
                ++i;
                continue;
            }
            qsizetype end = i;
            bool table = false;
            while (end < m_lines.size() && !m_lines[end].narrative) {
                table = table || (m_lines[end].tableText && m_lines[end].hasNumber());
                ++end;
            }
            if (table)
                readTable(int(i), int(end));
            else
                for (qsizetype j = i; j < end; ++j)
                    m_lines[j].narrative = true;
            i = end;
        }
        flushOutput();
        return std::move(m_layout);
    }

private:
    void classify(Line &line, double textWidth)
    {
        if (line.fields.size() != 1 || line.fields.first().numeric)
            return;
        const QString text = line.fields.first().text;
        if (m_labels.isLabelOrStart(text) || m_labels.isLabelSequence(text))
            return;
        line.narrative = text.contains(u'。') || text.contains(u'；') || text.size() > NarrativeLength ||
                         line.box.width() > NarrativeWidth * textWidth || m_labels.isPartHeading(text) ||
                         (text.contains(u"报告") && text.contains(u"政府信息公开"));
    }

    /// Table text that stands close together, cut at every gap between words and joined again
    /// where the pieces make a label or its start: numbers apart from labels and from each other (a
    /// unit stays with its number), labels of narrow neighbouring columns apart (信息内容 本年新制作数量,
    /// 社会公 法律服), a label with debris spaces whole (三、本 年 度).
    void splitFields(Line &line) const
    {
        QList<QList<PageWord>> pieces;
        for (const Field &field : std::as_const(line.fields)) {
            for (const PageWord &word : field.words) {
                if (!pieces.isEmpty() && !pieces.last().isEmpty()) {
                    const PageWord &last = pieces.last().last();
                    const double height = std::min(last.box.height(), word.box.height());
                    const bool touching = word.box.left() - last.box.right() <= SpacedGap * height;
                    const bool lastNumeric = LabelText::looksNumeric(last.text);
                    const bool numeric = LabelText::looksNumeric(word.text);
                    if ((lastNumeric && isUnit(word.text)) || (touching && !lastNumeric && !numeric)) {
                        pieces.last().append(word);
                        continue;
                    }
                }
                pieces.append({word});
            }
            pieces.append(QList<PageWord>());
        }
        pieces.removeIf([](const QList<PageWord> &piece) { return piece.isEmpty(); });
        QList<Field> fields;
        for (const QList<PageWord> &piece : std::as_const(pieces)) {
            const Field field = fieldOf(piece);
            if (!fields.isEmpty() && !field.numeric && !fields.last().numeric &&
                sameField(fields.last(), field) &&
                m_labels.isLabelOrStart(QString(fields.last().text + field.text))) {
                QList<PageWord> joined = fields.last().words;
                joined += piece;
                fields.last() = fieldOf(joined);
                continue;
            }
            fields.append(field);
        }
        line.fields = fields;
    }

    /// Whether two pieces of a line were one field as printed (no wide gap between them).
    static bool sameField(const Field &left, const Field &right)
    {
        const double height = std::min(left.box.height(), right.box.height());
        return right.box.left() - left.box.right() <= FieldGap * height;
    }

    /// Whether the lower piece continues the cell: over each other, no empty space between the
    /// lines (another column's text may stand on a line between them), making a label.
    bool continues(const Cell &upper, const Line &upperLine, const Field &lower, int lowerIndex) const
    {
        const Line &lowerLine = m_lines[lowerIndex];
        if (lowerLine.page == upperLine.page) {
            const double height = std::min(upper.box.height(), lower.box.height());
            const Line &above = m_lines[lowerIndex - 1];
            if (lower.box.top() - above.box.bottom() > StackedGap * height)
                return false;
        } else if (lowerLine.page != upperLine.page + 1) {
            return false;
        }
        return overlaps(upper.box, lower.box) && m_labels.isLabelOrStart(QString(upper.text + lower.text));
    }

    /// Whether two pieces stand over each other.
    static bool overlaps(const QRectF &upper, const QRectF &lower)
    {
        const double overlap = std::min(upper.right(), lower.right()) - std::max(upper.left(), lower.left());
        return overlap >= MinOverlap * std::min(upper.width(), lower.width());
    }

    /// Joins the pieces of labels in lines [begin, end) into cells.
    QList<Cell> cellsOf(int begin, int end) const
    {
        struct Piece
        {
            int line;
            const Field *field;
            bool taken = false;
        };
        QList<Piece> pieces;
        for (int l = begin; l < end; ++l) {
            for (const Field &field : m_lines[l].fields) {
                if (!field.numeric)
                    pieces.append({l, &field});
            }
        }
        // A table continued on the next page repeats its header above its first row of numbers.
        QHash<int, int> firstRowLine;
        for (int l = end - 1; l >= begin; --l) {
            if (m_lines[l].hasNumber())
                firstRowLine.insert(m_lines[l].page, l);
        }
        QList<Cell> cells;
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            if (pieces[p].taken)
                continue;
            const Line &first = m_lines[pieces[p].line];
            Cell cell{pieces[p].field->text, pieces[p].field->box, first.page, pieces[p].line,
                      first.position(pieces[p].field->box)};
            int lastLine = pieces[p].line;
            for (bool grown = true; grown;) {
                grown = false;
                // On the next page only the first piece in the column can continue the cell (a row
                // label cut by the page break, after the repeated header).
                bool nextPageSeen = false;
                for (qsizetype q = p + 1; q < pieces.size() && !grown; ++q) {
                    const Line &upperLine = m_lines[lastLine];
                    const Line &lower = m_lines[pieces[q].line];
                    if (lower.page > upperLine.page + 1)
                        break;
                    if (pieces[q].taken || pieces[q].line == lastLine ||
                        (lower.page == upperLine.page && pieces[q].line > lastLine + StackedLines))
                        continue;
                    if (lower.page != upperLine.page) {
                        if (nextPageSeen || pieces[q].line < firstRowLine.value(lower.page, end) - 1 ||
                            !overlaps(cell.box, pieces[q].field->box))
                            continue;
                        nextPageSeen = true;
                    }
                    if (!continues(cell, upperLine, *pieces[q].field, pieces[q].line))
                        continue;
                    cell.text += pieces[q].field->text;
                    if (lower.page == cell.page)
                        cell.box = cell.box.united(pieces[q].field->box);
                    pieces[q].taken = true;
                    lastLine = pieces[q].line;
                    grown = true;
                }
            }
            cell.kind = m_labels.kindOf(cell.text);
            cells.append(cell);
        }
        return cells;
    }

    void readTable(int begin, int end)
    {
        QList<Cell> cells = cellsOf(begin, end);
        QList<ValueRow> rows;
        for (int l = begin; l < end; ++l) {
            if (!m_lines[l].hasNumber())
                continue;
            ValueRow row;
            row.line = l;
            for (const Field &field : m_lines[l].fields) {
                if (field.numeric)
                    row.values.append(&field);
            }
            rows.append(row);
        }

        // Each label goes to the row of numbers it stands beside, the nearest when it spans several.
        for (qsizetype c = 0; c < cells.size(); ++c) {
            Cell &cell = cells[c];
            if (cell.kind == LabelKind::Header || cell.kind == LabelKind::Column)
                continue;
            const double reach = ValueOverlap * cell.box.height();
            int best = -1;
            double bestDistance = 0;
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const Line &line = m_lines[rows[r].line];
                if (line.page != cell.page || rows[r].values.first()->box.left() < cell.box.right() - reach)
                    continue;
                const double y = line.box.center().y();
                if (y < cell.box.top() - reach || y > cell.box.bottom() + reach)
                    continue;
                const double distance = std::abs(y - cell.box.center().y());
                if (best < 0 || distance < bestDistance) {
                    best = int(r);
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                rows[best].labels.append(int(c));
                cell.used = true;
            }
        }

        // Two item labels beside one row of numbers: the farther one is a row without numbers.
        for (ValueRow &row : rows) {
            const double y = m_lines[row.line].box.center().y();
            int nearest = -1;
            for (int c : std::as_const(row.labels)) {
                if (cells[c].kind == LabelKind::Row &&
                    (nearest < 0 ||
                     std::abs(cells[c].box.center().y() - y) < std::abs(cells[nearest].box.center().y() - y)))
                    nearest = c;
            }
            row.labels.removeIf([&](int c) {
                const bool other = cells[c].kind == LabelKind::Row && c != nearest;
                if (other)
                    cells[c].used = false;
                return other;
            });
        }

        // The columns of a table are where the numbers of its fullest row stand, or on a PDF page
        // the header labels above them (when no row is full).
        QList<QRectF> leaves;
        int block = 0;
        qsizetype nextCell = 0;
        QHash<int, qsizetype> fullest;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            ValueRow &row = rows[r];
            QList<QRectF> found;
            for (; nextCell < cells.size() && cells[nextCell].line < row.line; ++nextCell) {
                if (cells[nextCell].kind == LabelKind::Column)
                    found.append(cells[nextCell].box);
            }
            if (!found.isEmpty()) {
                std::sort(found.begin(), found.end(),
                          [](const QRectF &a, const QRectF &b) { return a.center().x() < b.center().x(); });
                leaves = found;
                ++block;
            }
            row.block = block;
            row.leaves = leaves;
            const qsizetype previous = fullest.value(block, -1);
            if (previous < 0 || rows[previous].values.size() < row.values.size())
                fullest.insert(block, r);
        }
        for (ValueRow &row : rows) {
            // On a page the header labels stand over their numbers; in column-aligned text a long
            // label moves what follows it, so the numbers of a full row show the columns better.
            const ValueRow &full = rows[fullest.value(row.block)];
            const bool text = m_lines[row.line].sourceLine > 0;
            if (row.leaves.size() > full.values.size() ||
                (!text && row.leaves.size() == full.values.size())) {
                row.columns = row.leaves;
            } else {
                for (const Field *value : full.values)
                    row.columns.append(value->box);
            }
        }

        // Output in the order of the page: header lines, rows, rows the source left empty.
        struct Out
        {
            int line;
            double x;
            QList<LayoutCell> cells;
            QString doubt;
        };
        QList<Out> out;
        for (const ValueRow &row : std::as_const(rows)) {
            const Line &line = m_lines[row.line];
            QList<int> labels = row.labels;
            std::sort(labels.begin(), labels.end(),
                      [&](int a, int b) { return cells[a].box.left() < cells[b].box.left(); });
            QList<LayoutCell> rowCells;
            for (int c : std::as_const(labels))
                rowCells.append({cells[c].text, cells[c].position});
            bool guessed = false;
            rowCells += valueCells(row, line, &guessed);
            const QString doubt =
                guessed ? PageLayoutText::tr(
                              "the numbers of this row (%1) stand in column-aligned text with empty "
                              "cells between them, and were put into columns by where they stand")
                              .arg(line.text())
                        : QString();
            out.append({row.line, line.box.left(), rowCells, doubt});
        }
        for (const Cell &cell : std::as_const(cells)) {
            if (cell.used)
                continue;
            const bool header = cell.kind == LabelKind::Header || cell.kind == LabelKind::Column;
            QList<LayoutCell> rowCells{{cell.text, cell.position}};
            if (cell.kind == LabelKind::Row || (cell.kind == LabelKind::Group && m_labels.isRow(cell.text))) {
                // A row label with no numbers beside it: a row the source left empty.
                const int columnCount = columnCountNear(rows, cell.line);
                for (int i = 0; i < columnCount; ++i)
                    rowCells.append({QString(), cell.position});
            }
            // Header labels of one line form one row.
            if (header && !out.isEmpty() && out.last().line == cell.line && out.last().cells.size() > 0 &&
                out.last().x <= cell.box.left()) {
                out.last().cells += rowCells;
                out.last().x = cell.box.left();
                continue;
            }
            out.append({cell.line, cell.box.left(), rowCells, {}});
        }
        std::stable_sort(out.begin(), out.end(), [](const Out &a, const Out &b) { return a.line < b.line; });
        m_tables.append({begin, end, {}});
        for (const Out &o : std::as_const(out))
            m_tables.last().rows.append({o.cells, o.doubt});
    }

    /// How many numbers the rows near a line have: the columns of its table.
    static int columnCountNear(const QList<ValueRow> &rows, int line)
    {
        const ValueRow *nearest = nullptr;
        for (const ValueRow &row : rows) {
            if (!nearest || std::abs(row.line - line) < std::abs(nearest->line - line))
                nearest = &row;
        }
        if (!nearest)
            return 0;
        return int(std::max(nearest->columns.size(), nearest->values.size()));
    }

    /// The row's numbers in the columns they stand in; an empty cell where a column has none.
    QList<LayoutCell> valueCells(const ValueRow &row, const Line &line, bool *guessed) const
    {
        QList<LayoutCell> cells;
        const QList<QRectF> &columns = row.columns;
        QList<int> columnOf;
        if (columns.size() > row.values.size()) {
            QList<double> numbers;
            for (const Field *value : row.values)
                numbers.append(value->box.center().x());
            QList<double> centres;
            for (const QRectF &column : columns)
                centres.append(column.center().x());
            columnOf = placed(numbers, centres, line.sourceLine > 0);
        }
        if (columnOf.isEmpty()) {
            for (const Field *value : row.values)
                cells.append({value->text, line.position(value->box)});
            return cells;
        }
        // Column-aligned text only roughly keeps where numbers stood: a row with gaps is a guess.
        *guessed = line.sourceLine > 0;
        for (qsizetype c = 0, v = 0; c < columns.size(); ++c) {
            if (v < row.values.size() && columnOf[v] == c) {
                cells.append({row.values[v]->text, line.position(row.values[v]->box)});
                ++v;
            } else {
                cells.append({QString(), line.position(columns[c])});
            }
        }
        return cells;
    }

    /// Narrative lines as paragraphs and tables as rows, in the order of the pages.
    void flushOutput()
    {
        qsizetype table = 0;
        QString paragraph;
        SourcePosition position;
        const Line *previous = nullptr;
        const auto endParagraph = [&] {
            if (!paragraph.isEmpty())
                m_layout.addParagraph(paragraph, position);
            paragraph.clear();
            previous = nullptr;
        };
        for (qsizetype i = 0; i < m_lines.size();) {
            if (table < m_tables.size() && m_tables[table].begin == i) {
                endParagraph();
                for (const auto &[row, doubt] : std::as_const(m_tables[table].rows))
                    m_layout.addRow(row, doubt);
                i = m_tables[table].end;
                ++table;
                continue;
            }
            const Line &line = m_lines[i];
            const QString text = line.text();
            if (previous && continuesParagraph(*previous, line)) {
                paragraph += text;
            } else {
                endParagraph();
                paragraph = text;
                position = line.position(line.box);
            }
            previous = &line;
            ++i;
        }
        endParagraph();
    }

    bool continuesParagraph(const Line &previous, const Line &line) const
    {
        // A paragraph goes on from a line that reaches the right margin to one at the left margin.
        const double height = line.box.height();
        const PageBounds &prevBounds = m_bounds.value(previous.page);
        const PageBounds &bounds = m_bounds.value(line.page);
        return previous.box.right() >= prevBounds.right - 1.5 * height &&
               line.box.left() <= bounds.left + 0.5 * height && !m_labels.isPartHeading(line.text());
    }

    struct PageBounds
    {
        double left = 0;
        double right = 0;
    };
    struct TableRows
    {
        int begin;
        int end;
        QList<std::pair<QList<LayoutCell>, QString>> rows;
    };

    Labels m_labels;
    QList<Line> m_lines;
    QHash<int, PageBounds> m_bounds;
    QList<TableRows> m_tables;
    LayoutText m_layout;
};

} // namespace

LayoutText PageLayout::layOut(const QList<PageText> &pages)
{
    return Analyzer(pages).run();
}

} // namespace nianbao
