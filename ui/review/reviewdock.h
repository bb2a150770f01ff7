// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewnotes.h"

#include <QDockWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace nianbao {

class CommentsPanel;
class Format;
class ReviewSession;
class ReviewHistoryModel;
class RevisionDiffView;

/**
 * The review of the open report below the editor: the note that stands (the return note for the
 * clerk, the submission note for the supervisor), its comment threads, what changed since its
 * previous submission, and its history (历史: who submitted, returned and approved it, when, with
 * which note). A supervisor opening a resubmitted report sees the changes first.
 */
class ReviewDock : public QDockWidget
{
    Q_OBJECT
public:
    ReviewDock(ReviewSession *session, QWidget *parent = nullptr);

    CommentsPanel *comments() const { return m_comments; }
    RevisionDiffView *diffView() const { return m_diffView; }
    QTableView *historyView() const { return m_historyView; }
    ReviewHistoryModel *history() const { return m_history; }
    QLabel *noteLabel() const { return m_note; }
    /// The notes of the report last set.
    const ReviewNotes &notes() const { return m_notes; }

    /// Shows the comments and the changes of a report (0 for none). With changesFirst, the tab of
    /// the changes is the current one when there are any.
    void setReport(qint64 reportId, const Format *format, bool changesFirst);
    void showComments();
    void showChanges();
    void showHistory();

Q_SIGNALS:
    /// The notes of the report just set (empty for none): for the banner and the findings.
    void notesChanged(const nianbao::ReviewNotes &notes);

private:
    ReviewSession *m_session;
    QTabWidget *m_tabs;
    CommentsPanel *m_comments;
    RevisionDiffView *m_diffView;
    ReviewHistoryModel *m_history;
    QTableView *m_historyView;
    QLabel *m_note;
    ReviewNotes m_notes;
};

} // namespace nianbao
