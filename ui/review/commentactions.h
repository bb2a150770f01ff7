// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commentmarks.h"
#include "review/comment.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;
class QPoint;
class QWidget;

namespace nianbao {

class ReportDocument;
class ReportEditor;
class ReviewSession;
class TableFormView;

/**
 * Comments on the open report where the reader is: the context menus of its table cells and
 * narrative texts offer a supervisor to comment on a cell, a table, a part or the selected
 * passage; the text is asked for in a dialog and stored through the core's CommentStore with the
 * session's user, who the core checks. The marks of the comments in the editor come along.
 */
class CommentActions : public QObject
{
    Q_OBJECT
public:
    CommentActions(ReviewSession *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~CommentActions() override;

    void attach(ReportEditor *editor, ReportDocument *document, qint64 reportId);
    void detach();
    CommentMarks *marks() const { return m_marks.data(); }
    /// Whether the signed-in user may comment on the open report.
    bool canComment() const;

    /// Stores a comment without asking; false (and problem()) when refused.
    bool addComment(const CommentAnchor &anchor, const QString &text);
    /// Ask for the comment's text, then store it.
    void commentOnCell(int cell);
    void commentOnTable(int table);
    void commentOnPart(int editorPart);
    /// Comments on the text selected in the part's editor.
    void commentOnPassage(int editorPart);

    /// Marks the commented cells and passages in the editor.
    void markThreads(const QList<CommentThread> &threads);
    /// Shows in the editor what a comment is attached to.
    void showAnchor(const CommentAnchor &anchor);
    void showCell(int cell);

    /// The context menu of a table's cell at a viewport position (review entries only when allowed).
    std::unique_ptr<QMenu> cellMenu(TableFormView *view, const QPoint &position);

Q_SIGNALS:
    void commentAdded();
    /// The reader asked to see the comments (of a cell).
    void commentsWanted();
    /// A comment was refused; message says why.
    void problem(const QString &message);

private:
    void connectContextMenus();
    void narrativeMenu(int editorPart, const QPoint &position);
    void ask(const CommentAnchor &anchor, const QString &title);

    ReviewSession *m_session;
    QWidget *m_dialogParent;
    QPointer<ReportEditor> m_editor;
    QPointer<ReportDocument> m_document;
    qint64 m_reportId = 0;
    QPointer<CommentMarks> m_marks;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace nianbao
