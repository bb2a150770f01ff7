// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"

#include <QHash>
#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;

namespace nianbao {

class PdfPagesView;

/**
 * The imported file as its author sees it, beside the tables read from it: a PDF's pages as images
 * (rendered by Poppler), a text file's own lines, or the text of a Word document or web page with
 * each table row on a line. The places of what the import could not read are marked (a number no
 * cell took, a row whose columns are a guess), and the place the current cell was read from.
 */
class SourceView : public QWidget
{
    Q_OBJECT
public:
    explicit SourceView(const ImportResult &result, QWidget *parent = nullptr);

    /// Shows and marks where a line of the text layout came from (0: no current place).
    void showLine(int line);
    /// Scrolls to the first place the import could not read (nothing when there is none).
    void revealFirstProblem();

    QPlainTextEdit *textView() const { return m_text; }
    PdfPagesView *pagesView() const { return m_pages; }
    /// The line of the shown text a line of the text layout stands on (0 when none).
    int displayLine(int line) const { return m_displayLines.value(line); }

private:
    void buildText();
    void markText(int currentLine);

    const ImportResult &m_result;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    PdfPagesView *m_pages = nullptr;
    QHash<int, int> m_displayLines; ///< layout line → 1-based line of m_text
    QHash<int, int> m_problems;     ///< layout line → 0: number not placed, 1: columns a guess
};

} // namespace nianbao
