// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comment.h"
#include "storage/commentrecords.h"
#include "storage/storeerror.h"
#include "user.h"

#include <QCoreApplication>
#include <QList>

namespace nianbao {

class ReportStore;

/**
 * The review comments of one store. Anyone who works on a report's agency (ReviewPolicy's rule:
 * the supervisor, or a clerk assigned to it) may comment, reply and resolve, whatever the report's
 * status — comments never change the report itself, so they are allowed on locked reports.
 */
class CommentStore
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommentStore)
public:
    explicit CommentStore(ReportStore &store);

    /// Opens a thread; returns the new comment with its id. The anchor must name a cell or table of
    /// the report's format, or a part 0 … 6.
    StoreResult<Comment> addComment(qint64 reportId, const CommentAnchor &anchor, const QString &text,
                                    const User &author);
    /// Answers the thread that commentId belongs to.
    StoreResult<Comment> reply(qint64 commentId, const QString &text, const User &author);
    /// Marks the thread resolved or open again.
    StoreResult<void> setResolved(qint64 commentId, bool resolved, const User &user);

    /// Every thread of the report, oldest first.
    StoreResult<QList<CommentThread>> threads(qint64 reportId);
    /// The threads not marked resolved.
    StoreResult<QList<CommentThread>> unresolved(qint64 reportId);

private:
    ReportStore &m_store;
    CommentRecords m_records;
};

} // namespace nianbao
