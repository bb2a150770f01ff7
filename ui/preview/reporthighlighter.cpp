// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporthighlighter.h"

#include "highlightingrepository.h"

#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QPlainTextEdit>

namespace nianbao {

ReportHighlighter::ReportHighlighter(QPlainTextEdit *edit)
    : KSyntaxHighlighting::SyntaxHighlighter(edit->document())
    , m_edit(edit)
{
    setDefinition(HighlightingRepository::reportDefinition());
    edit->installEventFilter(this);
    followPalette();
}

bool ReportHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::PaletteChange)
        followPalette();
    return KSyntaxHighlighting::SyntaxHighlighter::eventFilter(watched, event);
}

void ReportHighlighter::followPalette()
{
    const KSyntaxHighlighting::Theme theme = HighlightingRepository::themeFor(m_edit->palette());
    if (theme.name() == this->theme().name())
        return;
    setTheme(theme);
    rehighlight();
    Q_EMIT themeChanged();
}

} // namespace nianbao
