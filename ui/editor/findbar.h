// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/textsearch.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nianbao {

class ReportDocument;

/**
 * Find and replace across the report's text — every part, the 导语 and the text fields — as a bar
 * under the editor rather than a dialog, so that what was found stays in sight and the clerk can
 * edit it at once: Ctrl+F finds, F3 and Shift+F3 go to the next and previous occurrence, Ctrl+H
 * replaces. Each replacement is an undo step; replacing all is one.
 */
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ReportDocument *document, QWidget *parent = nullptr);

    /// Shows the bar (with the replace row when replace) and puts the cursor in the find field.
    void open(bool replace);
    bool findNext();
    bool findPrevious();
    /// Replaces the occurrence shown and goes on to the next.
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// An occurrence to show and select, without taking the keyboard away from the bar.
    void matchFound(const nianbao::TextMatch &match);
    /// The bar closed (Esc): the editor takes the keyboard back.
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool step(int direction);
    void showStatus();

    ReportDocument *m_document;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QLabel *m_status;
    QList<TextMatch> m_matches;
    /// The occurrence shown last; the search goes on from there.
    std::optional<TextMatch> m_shown;
};

} // namespace nianbao
