// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentstore.h"

#include "format.h"
#include "storage/reportstore.h"
#include "storage/storeconnection.h"
#include "storage/storetransaction.h"

namespace nianbao {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

StoreError failure(StoreError::Code code, const QString &message)
{
    return StoreError{code, message, {}};
}

const QString commentColumns = QStringLiteral(
    "id, report_id, parent_id, revision, anchor, target, part, passage_offset, passage_length, quote,"
    " author, at, text, resolved, resolved_by, resolved_at");

Comment commentFrom(const StoreQuery &query)
{
    Comment comment;
    comment.id = query.value(0).toLongLong();
    comment.reportId = query.value(1).toLongLong();
    comment.parentId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    comment.revision = query.value(3).toInt();
    comment.anchor.kind =
        CommentAnchor::kindFromId(query.value(4).toString()).value_or(CommentAnchor::Kind::Report);
    comment.anchor.target = query.value(5).toString();
    comment.anchor.part = query.value(6).toInt();
    comment.anchor.offset = query.value(7).toInt();
    comment.anchor.length = query.value(8).toInt();
    comment.anchor.quote = query.value(9).toString();
    comment.author = query.value(10).toString();
    comment.at = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    comment.text = query.value(12).toString();
    return comment;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

CommentStore::CommentStore(ReportStore &store)
    : m_store(store)
{}

StoreResult<Comment> CommentStore::addComment(qint64 reportId, const CommentAnchor &anchor,
                                              const QString &commentText, const User &author)
{
    if (commentText.trimmed().isEmpty())
        return failure(StoreError::Code::InvalidInput, tr("A comment needs a text."));
    const StoreResult<StoredReport> report = m_store.loadReport(reportId);
    if (!report)
        return report.error();
    if (!author.coversAgency(report->report.meta.agencyName))
        return failure(StoreError::Code::Refused,
                       tr("%1 is not a clerk of %2 and may not comment on its report.")
                           .arg(author.name, report->report.meta.agencyName));
    const Format &format = *report->report.format();
    const bool validTarget = [&] {
        switch (anchor.kind) {
        case CommentAnchor::Kind::Report:
            return true;
        case CommentAnchor::Kind::Cell:
            return format.cellIndex(anchor.target) >= 0;
        case CommentAnchor::Kind::Table:
            return format.tableIndex(anchor.target) >= 0;
        case CommentAnchor::Kind::Part:
            return anchor.part >= 0 && anchor.part <= Report::PartCount;
        case CommentAnchor::Kind::Passage:
            return anchor.part >= 0 && anchor.part <= Report::PartCount && anchor.offset >= 0 &&
                   anchor.length > 0 && !anchor.quote.isEmpty();
        }
        return false;
    }();
    if (!validTarget)
        return failure(StoreError::Code::InvalidInput,
                       tr("The comment's place (%1 %2) is not part of the report.")
                           .arg(CommentAnchor::kindId(anchor.kind), anchor.target));

    const StoreResult<qint64> insert = m_store.connection().insert(
        QStringLiteral("INSERT INTO comments (report_id, revision, anchor, target, part, passage_offset,"
                       " passage_length, quote, author, at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {reportId, report->revision, CommentAnchor::kindId(anchor.kind), text(anchor.target), anchor.part,
         anchor.offset, anchor.length, text(anchor.quote), author.name, now(), commentText});
    if (!insert)
        return insert.error();
    const qint64 id = insert.value();
    StoreResult<StoreQuery> stored = m_store.connection().exec(
        QStringLiteral("SELECT ") + commentColumns + QStringLiteral(" FROM comments WHERE id = ?"), {id});
    if (!stored)
        return stored.error();
    if (!stored->next())
        return failure(StoreError::Code::Failed, tr("The comment was not stored."));
    return commentFrom(stored.value());
}

StoreResult<Comment> CommentStore::reply(qint64 commentId, const QString &replyText, const User &author)
{
    if (replyText.trimmed().isEmpty())
        return failure(StoreError::Code::InvalidInput, tr("A reply needs a text."));
    StoreResult<StoreQuery> parent = m_store.connection().exec(
        QStringLiteral("SELECT ") + commentColumns + QStringLiteral(" FROM comments WHERE id = ?"),
        {commentId});
    if (!parent)
        return parent.error();
    if (!parent->next())
        return failure(StoreError::Code::NotFound, tr("There is no comment %1.").arg(commentId));
    const Comment thread = commentFrom(parent.value());
    parent->finish();
    const qint64 root = thread.parentId ? thread.parentId : thread.id;
    const StoreResult<StoredReport> report = m_store.loadReport(thread.reportId);
    if (!report)
        return report.error();
    if (!author.coversAgency(report->report.meta.agencyName))
        return failure(StoreError::Code::Refused,
                       tr("%1 is not a clerk of %2 and may not comment on its report.")
                           .arg(author.name, report->report.meta.agencyName));
    const StoreResult<qint64> insert = m_store.connection().insert(
        QStringLiteral("INSERT INTO comments (report_id, parent_id, revision, anchor, target, part,"
                       " passage_offset, passage_length, quote, author, at, text)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {thread.reportId, root, report->revision, CommentAnchor::kindId(thread.anchor.kind),
         text(thread.anchor.target), thread.anchor.part, thread.anchor.offset, thread.anchor.length,
         text(thread.anchor.quote), author.name, now(), replyText});
    if (!insert)
        return insert.error();
    Comment comment = thread;
    comment.id = insert.value();
    comment.parentId = root;
    comment.revision = report->revision;
    comment.author = author.name;
    comment.at = QDateTime::currentDateTimeUtc();
    comment.text = replyText;
    return comment;
}

StoreResult<void> CommentStore::setResolved(qint64 commentId, bool resolved, const User &user)
{
    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    StoreResult<StoreQuery> found = m_store.connection().exec(
        QStringLiteral("SELECT coalesce(parent_id, id), report_id FROM comments WHERE id = ?"), {commentId});
    if (!found)
        return found.error();
    if (!found->next())
        return failure(StoreError::Code::NotFound, tr("There is no comment %1.").arg(commentId));
    const qint64 root = found->value(0).toLongLong();
    const qint64 reportId = found->value(1).toLongLong();
    found->finish();
    const StoreResult<StoredReport> report = m_store.loadReport(reportId);
    if (!report)
        return report.error();
    if (!user.coversAgency(report->report.meta.agencyName))
        return failure(StoreError::Code::Refused,
                       tr("%1 is not a clerk of %2 and may not resolve comments on its report.")
                           .arg(user.name, report->report.meta.agencyName));
    const StoreResult<StoreQuery> update = m_store.connection().exec(
        QStringLiteral("UPDATE comments SET resolved = ?, resolved_by = ?, resolved_at = ? WHERE id = ?"),
        {resolved ? 1 : 0, resolved ? user.name : QStringLiteral(""), resolved ? now() : QStringLiteral(""),
         root});
    if (!update)
        return update.error();
    return transaction.commit();
}

StoreResult<QList<CommentThread>> CommentStore::threads(qint64 reportId)
{
    StoreResult<StoreQuery> query =
        m_store.connection().exec(QStringLiteral("SELECT ") + commentColumns +
                                      QStringLiteral(" FROM comments WHERE report_id = ? ORDER BY id"),
                                  {reportId});
    if (!query)
        return query.error();
    QList<CommentThread> list;
    while (query->next()) {
        const Comment comment = commentFrom(query.value());
        if (!comment.parentId) {
            CommentThread thread;
            thread.comment = comment;
            thread.resolved = query->value(13).toInt() != 0;
            thread.resolvedBy = query->value(14).toString();
            thread.resolvedAt = QDateTime::fromString(query->value(15).toString(), Qt::ISODateWithMs);
            list.append(thread);
            continue;
        }
        for (CommentThread &thread : list) {
            if (thread.comment.id == comment.parentId) {
                thread.replies.append(comment);
                break;
            }
        }
    }
    return list;
}

StoreResult<QList<CommentThread>> CommentStore::unresolved(qint64 reportId)
{
    StoreResult<QList<CommentThread>> all = threads(reportId);
    if (!all)
        return all;
    QList<CommentThread> open;
    for (const CommentThread &thread : all.value()) {
        if (!thread.resolved)
            open.append(thread);
    }
    return open;
}

} // namespace nianbao
