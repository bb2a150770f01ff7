// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTabWidget;

namespace nianbao {

class CommentsPanel;
class Format;
class ReviewSession;
class RevisionDiffView;

/**
 * The review of the open report below the editor: its comment threads, and what changed since
 * its previous submission. A supervisor opening a resubmitted report sees the changes first.
 */
class ReviewDock : public QDockWidget
{
    Q_OBJECT
public:
    ReviewDock(ReviewSession *session, QWidget *parent = nullptr);

    CommentsPanel *comments() const { return m_comments; }
    RevisionDiffView *diffView() const { return m_diffView; }

    /// Shows the comments and the changes of a report (0 for none). With changesFirst, the tab of
    /// the changes is the current one when there are any.
    void setReport(qint64 reportId, const Format *format, bool changesFirst);
    void showComments();
    void showChanges();

private:
    ReviewSession *m_session;
    QTabWidget *m_tabs;
    CommentsPanel *m_comments;
    RevisionDiffView *m_diffView;
};

} // namespace nianbao
