// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace nianbao {

class ReportDocument;
struct ChangeEvent;

/**
 * A plain-text editor for one narrative part (一 … 六) or the preamble, with its character count
 * and, where the format gives one, the sub-part outline to start from (part 一 in 2021: 主动公开,
 * 依申请公开, …). Typing goes to the document as undo commands; the document's own undo stack,
 * not the text edit's, undoes it, so Ctrl+Z works the same everywhere. While the document is
 * read-only the text is too, and typing into it says why (problem()).
 */
class NarrativeEditor : public QWidget
{
    Q_OBJECT
public:
    NarrativeEditor(ReportDocument *document, int part, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_edit; }
    /// The text as the report stores it, no-break spaces included.
    QString storedText() const;
    /// Selects a passage of the text and, unless told not to, gives the editor focus.
    void selectPassage(int offset, int length, bool takeFocus = true);
    /// Puts the format's outline of the part at the end of the text.
    void insertOutline();

Q_SIGNALS:
    /// Typing was refused because the report is read-only; message says why.
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited();
    void documentChanged(const ChangeEvent &event);
    void updateCount();
    void followReadOnly();
    void updateOutlineButton();

    ReportDocument *m_document;
    int m_part;
    QStringList m_outline;
    QPlainTextEdit *m_edit;
    QLabel *m_count;
    QPushButton *m_outlineButton = nullptr;
    bool m_updating = false;
};

} // namespace nianbao
