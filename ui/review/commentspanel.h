// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/comment.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace nianbao {

class Format;
class ReviewSession;

/**
 * The review comments of the open report: each thread with where it is attached, who wrote it,
 * its replies and a 已解决 box. The supervisor and the report's clerk answer a thread and mark it
 * resolved here; 定位 shows the commented cell or passage in the editor. Changes go to the core's
 * CommentStore with the session's user, which decides who may.
 */
class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsPanel(ReviewSession *session, QWidget *parent = nullptr);

    /// Shows the comments of a report (0 for none).
    void setReport(qint64 reportId, const Format *format);
    /// Reads the comments again.
    void refresh();
    const QList<CommentThread> &threads() const { return m_threads; }
    QTreeWidget *tree() const { return m_tree; }

    /// Answers a thread; false and lastProblem() when refused.
    bool reply(qint64 threadId, const QString &text);
    bool setResolved(qint64 threadId, bool resolved);
    const QString &lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    /// The comments changed or were read again.
    void threadsChanged(const QList<CommentThread> &threads);
    /// Show the place a comment is attached to.
    void anchorActivated(const CommentAnchor &anchor);
    /// Something was refused; message says why.
    void problem(const QString &message);

private:
    void fill();
    qint64 currentThread() const;
    void updateButtons();
    void itemChanged(QTreeWidgetItem *item, int column);
    void fail(const QString &message);

    ReviewSession *m_session;
    qint64 m_reportId = 0;
    const Format *m_format = nullptr;
    QList<CommentThread> m_threads;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_reply;
    QPushButton *m_replyButton;
    QPushButton *m_showButton;
    bool m_filling = false;
    QString m_lastProblem;
};

} // namespace nianbao
