// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "import/pdfpagesview.h"

#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace nianbao {

namespace {

constexpr QStringView CellSeparator = u" │ ";

QColor problemColor(int kind)
{
    return kind == 0 ? QColor(0xff, 0xcd, 0xd2) : QColor(0xff, 0xe0, 0xb2);
}

} // namespace

SourceView::SourceView(const ImportResult &result, QWidget *parent)
    : QWidget(parent)
    , m_result(result)
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importSource"));
    m_text->setObjectName(QStringLiteral("importSourceText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_text);

    for (const UnplacedNumber &number : result.unplacedOutside)
        m_problems.insert(number.line, 0);
    for (const TableAccount &account : result.tables) {
        for (const UnplacedNumber &number : account.unplaced)
            m_problems.insert(number.line, 0);
    }
    for (const LayoutText::Doubt &doubt : result.source.doubts()) {
        for (int line = doubt.first; line <= doubt.last; ++line)
            m_problems.insert(line, 1);
    }

    if (result.kind == SourceKind::Pdf) {
        m_pages = new PdfPagesView(result.path, this);
        if (m_pages->isLoaded()) {
            m_stack->addWidget(m_pages);
            m_stack->setCurrentWidget(m_pages);
        }
    }
    buildText();
    showLine(0);
}

void SourceView::buildText()
{
    // A text file is shown as it is; other sources as their text, a table row on each line.
    QStringList display;
    const QStringList &lines = m_result.source.lines();
    if (m_result.kind == SourceKind::Text && !m_result.text.isEmpty()) {
        display = m_result.text.split(u'\n');
        for (int line = 1; line <= lines.size(); ++line) {
            const SourcePosition position = m_result.source.position(line);
            if (position.kind == SourcePosition::Kind::Line)
                m_displayLines.insert(line, position.line);
        }
    } else {
        QString row;
        for (int line = 1; line <= lines.size(); ++line) {
            const QString &text = lines[line - 1];
            if (text.startsWith(u'\t')) {
                row += (row.isEmpty() ? QString() : CellSeparator.toString()) + text.sliced(1);
                m_displayLines.insert(line, int(display.size()) + 1);
                continue;
            }
            if (!row.isEmpty()) {
                display.append(row);
                row.clear();
            }
            if (text.isEmpty() && !display.isEmpty() && display.last().isEmpty())
                continue;
            display.append(text);
            m_displayLines.insert(line, int(display.size()));
        }
        if (!row.isEmpty())
            display.append(row);
    }
    m_text->setPlainText(display.join(u'\n'));
}

void SourceView::showLine(int line)
{
    markText(line);
    if (!m_pages)
        return;
    QList<PageMark> marks;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const SourcePosition position = m_result.source.position(it.key());
        if (position.kind == SourcePosition::Kind::Page && !position.box.isEmpty())
            marks.append({it.value() == 0 ? PageMark::Kind::Problem : PageMark::Kind::Doubt, position.page,
                          position.box});
    }
    const SourcePosition current = m_result.source.position(line);
    if (line > 0 && current.kind == SourcePosition::Kind::Page) {
        marks.append({PageMark::Kind::Current, current.page, current.box});
        m_pages->reveal(current.page, current.box);
    }
    m_pages->setMarks(marks);
}

void SourceView::revealFirstProblem()
{
    if (m_problems.isEmpty())
        return;
    const int first = *std::min_element(m_problems.keyBegin(), m_problems.keyEnd());
    if (const int display = displayLine(first); display > 0) {
        m_text->setTextCursor(QTextCursor(m_text->document()->findBlockByNumber(display - 1)));
        m_text->centerCursor();
    }
    const SourcePosition position = m_result.source.position(first);
    if (m_pages && position.kind == SourcePosition::Kind::Page)
        m_pages->reveal(position.page, position.box);
}

void SourceView::markText(int currentLine)
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto mark = [&](int displayLine, const QColor &color) {
        const QTextBlock block = m_text->document()->findBlockByNumber(displayLine - 1);
        if (!block.isValid())
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(color);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    };
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        mark(displayLine(it.key()), problemColor(it.value()));
    if (const int display = displayLine(currentLine); display > 0) {
        mark(display, palette().highlight().color().lighter(170));
        const QTextBlock block = m_text->document()->findBlockByNumber(display - 1);
        QTextCursor cursor(block);
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }
    m_text->setExtraSelections(selections);
}

} // namespace nianbao
