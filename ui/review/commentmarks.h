// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/comment.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QPlainTextEdit;

namespace nianbao {

class ReportEditor;
class TableFormView;

/**
 * Review comments shown where they belong in an editor: a commented cell gets a corner mark
 * (orange while open, grey when resolved) and the comments in its tooltip, before the cell's
 * findings; a commented passage of narrative is highlighted, with the comments in its tooltip.
 * The marks are drawn on a layer over each table's viewport and the tooltips come from event
 * filters, so the editor's own widgets and models need to know nothing about the review.
 */
class CommentMarks : public QObject
{
    Q_OBJECT
public:
    explicit CommentMarks(ReportEditor *editor, QObject *parent = nullptr);
    ~CommentMarks() override;

    void setThreads(const QList<CommentThread> &threads);

    /// The threads attached to a cell (index into the report's cells).
    QList<CommentThread> threadsOfCell(int cell) const;
    /// The threads on passages of a part (editor numbering: 1 … 6, Location::PreamblePart) that cover
    /// position.
    QList<CommentThread> threadsAtPassage(int part, int position) const;
    /// The tooltip a commented cell shows: its comments with their replies, then its findings.
    QString cellToolTip(int cell) const;
    /// The cells that carry a mark.
    QList<int> markedCells() const { return m_cells.keys(); }

    /// The text of a thread as the tooltips and panel show it.
    static QString threadText(const CommentThread &thread);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Layer;

    void highlightPassages();
    int cellAt(TableFormView *view, const QPoint &position) const;

    ReportEditor *m_editor;
    QHash<int, QList<CommentThread>> m_cells;
    QHash<int, QList<CommentThread>> m_passages; ///< by editor part
    QHash<QObject *, TableFormView *> m_viewports;
    QHash<QObject *, int> m_textViewports; ///< narrative viewport → editor part
    QList<QPointer<Layer>> m_layers;
};

} // namespace nianbao
