// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

class StoreConnection;

/// One row of the comments table: a comment that opens a thread (parentId 0) or a reply, with its
/// anchor as stored (the anchor's kind by its id) and, on the thread's row, whether it is resolved.
struct CommentRecord
{
    qint64 id = 0;
    qint64 reportId = 0;
    qint64 parentId = 0;
    int revision = 0;
    QString anchorKind;
    QString target;
    int part = 0;
    int offset = 0;
    int length = 0;
    QString quote;
    QString author;
    QDateTime at;
    QString text;
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;
};

/// The SQL of the review comments (CommentStore decides who may write what).
class CommentRecords
{
public:
    explicit CommentRecords(StoreConnection &connection);

    /// Writes a new comment or reply (its id and resolution are not read); the id it got.
    StoreResult<qint64> insert(const CommentRecord &record);
    StoreResult<std::optional<CommentRecord>> find(qint64 id);
    /// Every comment and reply of the report, oldest first.
    StoreResult<QList<CommentRecord>> ofReport(qint64 reportId);
    /// Marks the thread that starts with threadId resolved (by whom, when) or open again.
    StoreResult<void> setResolved(qint64 threadId, bool resolved, const QString &by, const QDateTime &at);

private:
    StoreConnection &m_connection;
};

} // namespace nianbao
