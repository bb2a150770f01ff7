// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentstore.h"

#include "format.h"
#include "storage/reportstore.h"
#include "storage/storetransaction.h"

namespace nianbao {

namespace {

StoreError failure(StoreError::Code code, const QString &message)
{
    return StoreError{code, message, {}};
}

Comment commentFrom(const CommentRecord &record)
{
    Comment comment;
    comment.id = record.id;
    comment.reportId = record.reportId;
    comment.parentId = record.parentId;
    comment.revision = record.revision;
    comment.anchor.kind = CommentAnchor::kindFromId(record.anchorKind).value_or(CommentAnchor::Kind::Report);
    comment.anchor.target = record.target;
    comment.anchor.part = record.part;
    comment.anchor.offset = record.offset;
    comment.anchor.length = record.length;
    comment.anchor.quote = record.quote;
    comment.author = record.author;
    comment.at = record.at;
    comment.text = record.text;
    return comment;
}

CommentRecord recordOf(const Comment &comment)
{
    CommentRecord record;
    record.reportId = comment.reportId;
    record.parentId = comment.parentId;
    record.revision = comment.revision;
    record.anchorKind = CommentAnchor::kindId(comment.anchor.kind);
    record.target = comment.anchor.target;
    record.part = comment.anchor.part;
    record.offset = comment.anchor.offset;
    record.length = comment.anchor.length;
    record.quote = comment.anchor.quote;
    record.author = comment.author;
    record.at = comment.at;
    record.text = comment.text;
    return record;
}

} // namespace

CommentStore::CommentStore(ReportStore &store)
    : m_store(store)
    , m_records(store.connection())
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

    Comment comment;
    comment.reportId = reportId;
    comment.revision = report->revision;
    comment.anchor = anchor;
    comment.author = author.name;
    comment.at = QDateTime::currentDateTimeUtc();
    comment.text = commentText;
    const StoreResult<qint64> insert = m_records.insert(recordOf(comment));
    if (!insert)
        return insert.error();
    const StoreResult<std::optional<CommentRecord>> stored = m_records.find(insert.value());
    if (!stored)
        return stored.error();
    if (!stored.value())
        return failure(StoreError::Code::Failed, tr("The comment was not stored."));
    return commentFrom(*stored.value());
}

StoreResult<Comment> CommentStore::reply(qint64 commentId, const QString &replyText, const User &author)
{
    if (replyText.trimmed().isEmpty())
        return failure(StoreError::Code::InvalidInput, tr("A reply needs a text."));
    const StoreResult<std::optional<CommentRecord>> parent = m_records.find(commentId);
    if (!parent)
        return parent.error();
    if (!parent.value())
        return failure(StoreError::Code::NotFound, tr("There is no comment %1.").arg(commentId));
    const Comment thread = commentFrom(*parent.value());
    const qint64 root = thread.parentId ? thread.parentId : thread.id;
    const StoreResult<StoredReport> report = m_store.loadReport(thread.reportId);
    if (!report)
        return report.error();
    if (!author.coversAgency(report->report.meta.agencyName))
        return failure(StoreError::Code::Refused,
                       tr("%1 is not a clerk of %2 and may not comment on its report.")
                           .arg(author.name, report->report.meta.agencyName));
    Comment comment = thread;
    comment.parentId = root;
    comment.revision = report->revision;
    comment.author = author.name;
    comment.at = QDateTime::currentDateTimeUtc();
    comment.text = replyText;
    const StoreResult<qint64> insert = m_records.insert(recordOf(comment));
    if (!insert)
        return insert.error();
    comment.id = insert.value();
    return comment;
}

StoreResult<void> CommentStore::setResolved(qint64 commentId, bool resolved, const User &user)
{
    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<std::optional<CommentRecord>> found = m_records.find(commentId);
    if (!found)
        return found.error();
    if (!found.value())
        return failure(StoreError::Code::NotFound, tr("There is no comment %1.").arg(commentId));
    const qint64 root = found.value()->parentId ? found.value()->parentId : found.value()->id;
    const qint64 reportId = found.value()->reportId;
    const StoreResult<StoredReport> report = m_store.loadReport(reportId);
    if (!report)
        return report.error();
    if (!user.coversAgency(report->report.meta.agencyName))
        return failure(StoreError::Code::Refused,
                       tr("%1 is not a clerk of %2 and may not resolve comments on its report.")
                           .arg(user.name, report->report.meta.agencyName));
    if (const StoreResult<void> update =
            m_records.setResolved(root, resolved, user.name, QDateTime::currentDateTimeUtc());
        !update)
        return update.error();
    return transaction.commit();
}

StoreResult<QList<CommentThread>> CommentStore::threads(qint64 reportId)
{
    const StoreResult<QList<CommentRecord>> records = m_records.ofReport(reportId);
    if (!records)
        return records.error();
    QList<CommentThread> list;
    for (const CommentRecord &record : records.value()) {
        const Comment comment = commentFrom(record);
        if (!comment.parentId) {
            CommentThread thread;
            thread.comment = comment;
            thread.resolved = record.resolved;
            thread.resolvedBy = record.resolvedBy;
            thread.resolvedAt = record.resolvedAt;
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
