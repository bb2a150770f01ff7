// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreview.h"

#include "reporthighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QScrollBar>
#include <QTextBlock>

namespace nianbao {

ReportPreview::ReportPreview(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new ReportHighlighter(this))
{
    setObjectName(QStringLiteral("reportPreview"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(m_highlighter, &ReportHighlighter::themeChanged, this, &ReportPreview::updateMarks);
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setReportText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const int scroll = verticalScrollBar()->value();
    setPlainText(text);
    verticalScrollBar()->setValue(scroll);
    updateMarks();
}

void ReportPreview::setMarkedLines(const QList<int> &lines)
{
    m_markedLines = lines;
    updateMarks();
}

QString ReportPreview::themeName() const
{
    return m_highlighter->theme().name();
}

void ReportPreview::updateMarks()
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    // The theme's error mark, faint enough that the highlighted text stays readable on it.
    QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::MarkError));
    background.setAlpha(64);
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : std::as_const(m_markedLines)) {
        const QTextBlock block = document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

} // namespace nianbao
