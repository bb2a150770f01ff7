// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreader.h"

#include "textlayout/labeltext.h"

#include <QHash>
#include <QRegularExpression>

#include <gumbo.h>

#include <bit>

namespace nianbao {

namespace {

constexpr QStringView Numerals = u"一二三四五六";
constexpr qsizetype MaxHeadingLength = 40;
constexpr qsizetype MaxTitleLength = 80;
// A page whose report element holds fewer part headings is read whole.
constexpr int MinHeadings = 3;
constexpr int MaxSpan = 1000;

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SVG:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

int spanOf(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    const int value = attribute ? QByteArray(attribute->value).trimmed().toInt() : 1;
    return std::clamp(value, 1, MaxSpan);
}

/// Runs of ASCII white space as one space, as a browser shows them; no-break spaces stay.
QString collapsed(const QString &text)
{
    static const QRegularExpression whiteSpace(QStringLiteral("[ \\t\\n\\r\\f]+"));
    QString result = text;
    result.replace(whiteSpace, QStringLiteral(" "));
    return result.trimmed();
}

/// A paragraph or a table row of the page, with the elements it stands in.
struct Item
{
    QString text;
    QList<LayoutCell> cells;
    bool isRow = false;
    SourcePosition position;
    QList<const GumboNode *> path;
};

class PageWalker
{
public:
    QList<Item> items;
    QString title; ///< of <title>

    void walk(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            if (m_paragraph.isEmpty())
                m_line = int(node->v.text.start_pos.line);
            m_paragraph += QString::fromUtf8(node->v.text.text);
            return;
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        case GUMBO_NODE_COMMENT:
            return;
        }
        if (node->type == GUMBO_NODE_DOCUMENT) {
            walkChildren(node->v.document.children);
            flush();
            return;
        }
        const GumboElement &element = node->v.element;
        if (element.tag == GUMBO_TAG_TITLE) {
            title = collapsed(textOf(node));
            return;
        }
        if (isSkipped(element.tag))
            return;
        if (element.tag == GUMBO_TAG_TABLE) {
            flush();
            m_path.append(node);
            readTable(node);
            m_path.removeLast();
            return;
        }
        const bool block = isBlock(element.tag);
        if (block)
            flush();
        m_path.append(node);
        walkChildren(element.children);
        m_path.removeLast();
        if (block)
            flush();
    }

private:
    void walkChildren(const GumboVector &children)
    {
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode *>(children.data[i]));
    }

    void flush()
    {
        const QString text = collapsed(m_paragraph);
        m_paragraph.clear();
        if (text.isEmpty())
            return;
        items.append({text, {}, false, SourcePosition::ofParagraph(++m_paragraphs, m_line), m_path});
    }

    /// The text of an element, its blocks on lines of their own.
    static QString textOf(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA)
            return QString::fromUtf8(node->v.text.text);
        if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node->v.element.tag))
            return {};
        QString text;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            const bool block = child->type == GUMBO_NODE_ELEMENT && isBlock(child->v.element.tag);
            if (block)
                text += u'\n';
            text += textOf(child);
            if (block)
                text += u'\n';
        }
        return text;
    }

    /// A cell's lines run together: a label broken into paragraphs (商业<br>企业) is one label.
    static QString cellText(const GumboNode *cell)
    {
        QString text;
        for (const QString &line : textOf(cell).split(u'\n'))
            text += collapsed(line);
        return text;
    }

    static void rowsOf(const GumboNode *node, QList<const GumboNode *> &rows)
    {
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT)
                continue;
            const GumboTag tag = child->v.element.tag;
            if (tag == GUMBO_TAG_TR)
                rows.append(child);
            else if (tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT)
                rowsOf(child, rows);
        }
    }

    void readTable(const GumboNode *table)
    {
        const int tableNumber = ++m_tables;
        struct Span
        {
            int column;
            int columns;
            int rowsLeft;
            SourcePosition position;
        };
        QList<Span> spans;
        QList<const GumboNode *> rows;
        rowsOf(table, rows);
        int rowNumber = 0;
        for (const GumboNode *row : std::as_const(rows)) {
            ++rowNumber;
            QList<LayoutCell> cells;
            QList<Span> started;
            int column = 0;
            int cellNumber = 0;
            // Cells of rows above that span into this one stand as empty cells in their places.
            const auto fillSpans = [&](int upTo) {
                for (bool found = true; found;) {
                    found = false;
                    for (const Span &span : std::as_const(spans)) {
                        if (span.column == column && column < upTo) {
                            cells.append({QString(), span.position});
                            column += span.columns;
                            found = true;
                        }
                    }
                }
            };
            const GumboVector &children = row->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *cell = static_cast<const GumboNode *>(children.data[i]);
                if (cell->type != GUMBO_NODE_ELEMENT ||
                    (cell->v.element.tag != GUMBO_TAG_TD && cell->v.element.tag != GUMBO_TAG_TH))
                    continue;
                fillSpans(MaxSpan * MaxSpan);
                const SourcePosition position = SourcePosition::ofTableCell(
                    tableNumber, rowNumber, ++cellNumber, int(cell->v.element.start_pos.line));
                cells.append({cellText(cell), position});
                const int columns = spanOf(cell->v.element, "colspan");
                const int rowSpan = spanOf(cell->v.element, "rowspan");
                if (rowSpan > 1)
                    started.append({column, columns, rowSpan - 1, position});
                column += columns;
            }
            fillSpans(MaxSpan * MaxSpan);
            for (Span &span : spans)
                --span.rowsLeft;
            spans.removeIf([](const Span &span) { return span.rowsLeft <= 0; });
            spans.append(started);
            if (!cells.isEmpty())
                items.append({QString(), cells, true, cells.first().position, m_path});
        }
    }

    QString m_paragraph;
    int m_line = 0;
    int m_paragraphs = 0;
    int m_tables = 0;
    QList<const GumboNode *> m_path;
};

int headingNumeral(const QString &text)
{
    if (text.size() < 3 || text.size() > MaxHeadingLength)
        return -1;
    const qsizetype numeral = Numerals.indexOf(text[0]);
    return numeral >= 0 && (text[1] == u'、' || text[1] == u'.' || text[1] == u'．') ? int(numeral) : -1;
}

bool isTitle(const QString &text)
{
    return text.size() <= MaxTitleLength && text.contains(u"报告") && text.contains(u"政府信息公开");
}

} // namespace

bool HtmlReader::looksLikeHtml(QStringView text)
{
    static const QRegularExpression tag(
        QStringLiteral(R"(<\s*(!doctype\s+html|html|body|table|div|p|span)[\s>])"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView start = LabelText::trimmed(text.first(std::min<qsizetype>(text.size(), 4096)));
    return start.startsWith(u'<') && tag.matchView(start).hasMatch();
}

LayoutText HtmlReader::read(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output =
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    PageWalker walker;
    walker.walk(output->document);

    // The element that holds the most part headings is the report; the rest is the site around it.
    QHash<const GumboNode *, unsigned> headings;
    for (const Item &item : std::as_const(walker.items)) {
        const int numeral = item.isRow ? -1 : headingNumeral(item.text);
        if (numeral < 0)
            continue;
        for (const GumboNode *node : item.path)
            headings[node] |= 1U << numeral;
    }
    const GumboNode *report = nullptr;
    int best = 0;
    qsizetype bestDepth = -1;
    for (const Item &item : std::as_const(walker.items)) {
        for (qsizetype depth = 0; depth < item.path.size(); ++depth) {
            const int count = std::popcount(headings.value(item.path[depth]));
            if (count > best || (count == best && count > 0 && depth > bestDepth)) {
                best = count;
                bestDepth = depth;
                report = item.path[depth];
            }
        }
    }

    LayoutText layout;
    bool inReport = best < MinHeadings;
    qsizetype lastTitle = -1;
    for (qsizetype i = 0; i < walker.items.size(); ++i) {
        const Item &item = walker.items[i];
        if (!inReport && item.path.contains(report)) {
            inReport = true;
            const bool ownTitle = !item.isRow && isTitle(item.text);
            if (!ownTitle && lastTitle >= 0)
                layout.addParagraph(walker.items[lastTitle].text, walker.items[lastTitle].position);
            else if (!ownTitle && isTitle(walker.title))
                layout.addParagraph(walker.title, {});
        }
        if (!inReport) {
            if (!item.isRow && isTitle(item.text))
                lastTitle = i;
            continue;
        }
        if (!item.path.contains(report) && best >= MinHeadings)
            break;
        if (item.isRow)
            layout.addRow(item.cells);
        else
            layout.addParagraph(item.text, item.position);
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return layout;
}

} // namespace nianbao
