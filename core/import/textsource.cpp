// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsource.h"

#include "import/pagelayout.h"
#include "textlayout/labeltext.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

// A text with this many table lines of a kind is in that layout.
constexpr int MinTableLines = 3;

bool isPipeRow(QStringView line)
{
    const QStringView text = LabelText::trimmed(line);
    return text.size() >= 2 && text.startsWith(u'|') && text.endsWith(u'|');
}

bool isGridBorder(QStringView line)
{
    static const QRegularExpression border(QStringLiteral(R"(^\s*\+[-=:+]*-[-=:+]*\+\s*$)"));
    return border.matchView(line).hasMatch();
}

/// Markdown's inline markup and escapes, which are not part of the report's text.
QString plainText(QString text)
{
    static const QRegularExpression lineBreak(QStringLiteral(R"(<br\s*/?>)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression emphasis(QStringLiteral(R"((\*\*|__)(.+?)\1)"));
    static const QRegularExpression escape(QStringLiteral(R"(\\([\\`*_{}\[\]()#+\-.!|~<>"']))"));
    text.replace(lineBreak, QString());
    text.replace(emphasis, QStringLiteral("\\2"));
    text.replace(escape, QStringLiteral("\\1"));
    return text;
}

QStringList pipeCells(QStringView line)
{
    QStringView text = LabelText::trimmed(line);
    text = text.sliced(1, text.size() - 2);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size() && text[i + 1] == u'|') {
            cell += u'|';
            ++i;
        } else if (text[i] == u'|') {
            cells.append(cell);
            cell.clear();
        } else {
            cell += text[i];
        }
    }
    cells.append(cell);
    for (QString &c : cells)
        c = plainText(LabelText::trimmed(c).toString());
    return cells;
}

bool isSeparatorRow(const QStringList &cells)
{
    static const QRegularExpression separator(QStringLiteral(R"(^:?-+:?$)"));
    return !cells.isEmpty() && std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
        return separator.match(cell).hasMatch();
    });
}

/// A header row a converter made up because Markdown tables must have one: empty or "Column1".
bool isMadeUpHeader(const QStringList &cells)
{
    static const QRegularExpression generic(
        QStringLiteral(R"(^(column|col|field|unnamed:?|列|字段|表头)?\s*\d*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &cell) { return generic.match(cell).hasMatch(); });
}

QList<LayoutCell> rowOf(const QStringList &cells, int line)
{
    QList<LayoutCell> row;
    for (const QString &cell : cells)
        row.append({cell, SourcePosition::ofLine(line)});
    return row;
}

void layOutMarkdown(const QStringList &lines, LayoutText &layout)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}\s+)"));
    std::optional<std::pair<QStringList, int>> pendingHeader;
    const auto flushHeader = [&] {
        if (pendingHeader)
            layout.addRow(rowOf(pendingHeader->first, pendingHeader->second));
        pendingHeader.reset();
    };
    // The lines of a grid table row: cells continue over lines between the + borders.
    QList<std::pair<QStringList, int>> gridLines;
    bool inGrid = false;
    const auto flushGrid = [&] {
        if (gridLines.isEmpty())
            return;
        const qsizetype columns = gridLines.first().first.size();
        const bool aligned = std::all_of(gridLines.cbegin(), gridLines.cend(),
                                         [&](const auto &cells) { return cells.first.size() == columns; });
        if (aligned) {
            QStringList merged(columns);
            for (const auto &[cells, line] : std::as_const(gridLines)) {
                for (qsizetype c = 0; c < columns; ++c)
                    merged[c] += cells[c];
            }
            layout.addRow(rowOf(merged, gridLines.first().second));
        } else {
            for (const auto &[cells, line] : std::as_const(gridLines))
                layout.addRow(rowOf(cells, line));
        }
        gridLines.clear();
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (isGridBorder(line)) {
            flushHeader();
            flushGrid();
            inGrid = true;
            continue;
        }
        if (isPipeRow(line)) {
            const QStringList cells = pipeCells(line);
            if (inGrid) {
                gridLines.append({cells, i + 1});
                continue;
            }
            if (isSeparatorRow(cells)) {
                if (pendingHeader && isMadeUpHeader(pendingHeader->first))
                    pendingHeader.reset();
                flushHeader();
                continue;
            }
            flushHeader();
            pendingHeader = {cells, i + 1};
            continue;
        }
        flushHeader();
        flushGrid();
        inGrid = false;
        QString text = line;
        text.remove(heading);
        layout.addLine(plainText(text), SourcePosition::ofLine(i + 1));
    }
    flushHeader();
    flushGrid();
}

// Column-aligned text on pages of words: one column of text a character wide; a single space
// between words keeps them in one field, two or more separate fields (as PageLayout measures
// gaps in heights of the text).
constexpr double ColumnWidth = 6;
constexpr double LineHeight = 14;
constexpr double LinePitch = 16;

/// A line of column-aligned text: two fields or more, at least one of them a number.
bool isColumnRow(QStringView line)
{
    static const QRegularExpression gap(QStringLiteral("\\S(\\s{2,})\\S"));
    const QStringView text = LabelText::trimmed(line);
    if (text.contains(u'\t') || !gap.matchView(text).hasMatch())
        return false;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QList<QStringView> words = text.split(spaces);
    return std::any_of(words.cbegin() + 1, words.cend(),
                       [](QStringView word) { return LabelText::looksNumeric(word); });
}

/// Text as `pdftotext -layout` writes it: pages end with a form feed, words stand in columns.
QList<PageText> pagesOf(const QStringList &lines)
{
    QList<PageText> pages{PageText{1, {}, {}}};
    int row = 0;
    double width = 0;
    const auto endPage = [&] {
        pages.last().size = QSizeF(std::max(width, 1.0), std::max(row, 1) * LinePitch);
    };
    for (int i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        while (line.startsWith(u'\f')) {
            endPage();
            pages.append(PageText{int(pages.size()) + 1, {}, {}});
            row = 0;
            line = line.sliced(1);
        }
        for (qsizetype c = 0; c < line.size();) {
            if (LabelText::isSpace(line[c])) {
                ++c;
                continue;
            }
            qsizetype end = c;
            while (end < line.size() && !LabelText::isSpace(line[end]))
                ++end;
            pages.last().words.append(
                {line.sliced(c, end - c).toString(),
                 QRectF(double(c) * ColumnWidth, row * LinePitch, double(end - c) * ColumnWidth, LineHeight),
                 i + 1});
            width = std::max(width, double(end) * ColumnWidth);
            c = end;
        }
        ++row;
    }
    endPage();
    return pages;
}

} // namespace

LayoutText TextSource::layOut(const QString &text, QString *layout)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');

    int pipeRows = 0;
    int columnRows = 0;
    int layoutLines = 0;
    int tabRows = 0;
    for (const QString &line : lines) {
        pipeRows += isPipeRow(line);
        columnRows += isColumnRow(line);
        // The text layout has one cell after the tab of each line.
        const qsizetype tabs = line.count(u'\t');
        const bool cellLine = tabs == 1 && LabelText::trimmed(line.first(line.indexOf(u'\t'))).isEmpty();
        layoutLines += cellLine;
        tabRows += !cellLine && tabs > 0;
    }

    LayoutText result;
    if (pipeRows >= MinTableLines) {
        *layout = QStringLiteral("markdown");
        layOutMarkdown(lines, result);
        return result;
    }
    if (columnRows >= MinTableLines && columnRows > layoutLines) {
        *layout = QStringLiteral("columns");
        return PageLayout::layOut(pagesOf(lines));
    }
    if (tabRows >= MinTableLines && tabRows > layoutLines) {
        // Rows with their cells between tabs, as a browser copies a table: a row whose first cell
        // is empty starts with a tab too.
        *layout = QStringLiteral("tab-rows");
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].contains(u'\t')) {
                result.addLine(lines[i], SourcePosition::ofLine(i + 1));
                continue;
            }
            QList<LayoutCell> cells;
            for (QStringView cell : QStringView(lines[i]).split(u'\t'))
                cells.append({LabelText::trimmed(cell).toString(), SourcePosition::ofLine(i + 1)});
            result.addRow(cells);
        }
        return result;
    }
    *layout = QStringLiteral("text");
    for (int i = 0; i < lines.size(); ++i)
        result.addLine(lines[i], SourcePosition::ofLine(i + 1));
    return result;
}

} // namespace nianbao
