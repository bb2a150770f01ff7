// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

class QPlainTextEdit;

namespace nianbao {

/**
 * Highlights a text edit with the report's syntax definition, in the theme that matches the
 * edit's palette, and switches theme when the palette changes (the user turns on a dark desktop).
 * The preview pane and the narrative editors share it, so headings, sub-part markers and numbers
 * look the same while writing and in the exported text.
 */
class ReportHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    /// Highlights edit's document; owned by that document.
    explicit ReportHighlighter(QPlainTextEdit *edit);

Q_SIGNALS:
    /// A new theme is in use (its colours differ from the last one's).
    void themeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPalette();

    QPlainTextEdit *m_edit;
};

} // namespace nianbao
