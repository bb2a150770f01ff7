// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace nianbao {

class ReportHighlighter;

/**
 * The preview pane: the exact text that export writes, read-only, highlighted with the report's
 * syntax definition in a theme that follows the palette (light or dark). Lines of cells with
 * findings are marked, so the clerk sees in the exported text where the problems are.
 */
class ReportPreview : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    /// Shows new text, keeping the scroll position when only some lines changed (live editing).
    void setReportText(const QString &text);
    /// Marks the given lines (0-based) as having findings; replaces the previous marks.
    void setMarkedLines(const QList<int> &lines);
    const QList<int> &markedLines() const { return m_markedLines; }
    /// Name of the theme in use (for the tests and the status bar).
    QString themeName() const;

private:
    void updateMarks();

    ReportHighlighter *m_highlighter = nullptr;
    QList<int> m_markedLines;
    QString m_text; ///< as given: toPlainText() would have its no-break spaces replaced
};

} // namespace nianbao
