// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentrecords.h"

#include "storeconnection.h"
#include "storedvalues.h"

namespace nianbao {

namespace {

const QString columns = QStringLiteral(
    "id, report_id, parent_id, revision, anchor, target, part, passage_offset, passage_length, quote,"
    " author, at, text, resolved, resolved_by, resolved_at");

CommentRecord recordFrom(const StoreQuery &query)
{
    CommentRecord record;
    record.id = query.value(0).toLongLong();
    record.reportId = query.value(1).toLongLong();
    record.parentId = query.isNull(2) ? 0 : query.value(2).toLongLong();
    record.revision = query.value(3).toInt();
    record.anchorKind = query.value(4).toString();
    record.target = query.value(5).toString();
    record.part = query.value(6).toInt();
    record.offset = query.value(7).toInt();
    record.length = query.value(8).toInt();
    record.quote = query.value(9).toString();
    record.author = query.value(10).toString();
    record.at = stored::timeFrom(query.value(11));
    record.text = query.value(12).toString();
    record.resolved = query.value(13).toInt() != 0;
    record.resolvedBy = query.value(14).toString();
    record.resolvedAt = stored::timeFrom(query.value(15));
    return record;
}

} // namespace

CommentRecords::CommentRecords(StoreConnection &connection)
    : m_connection(connection)
{}

StoreResult<qint64> CommentRecords::insert(const CommentRecord &record)
{
    const QVariant parent =
        record.parentId ? QVariant(record.parentId) : QVariant(QMetaType::fromType<qint64>());
    return m_connection.insert(
        QStringLiteral("INSERT INTO comments (report_id, parent_id, revision, anchor, target, part,"
                       " passage_offset, passage_length, quote, author, at, text)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.reportId, parent, record.revision, record.anchorKind, stored::text(record.target),
         record.part, record.offset, record.length, stored::text(record.quote), record.author,
         stored::time(record.at), record.text});
}

StoreResult<std::optional<CommentRecord>> CommentRecords::find(qint64 id)
{
    StoreResult<StoreQuery> query = m_connection.exec(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM comments WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<CommentRecord>();
    return std::optional(recordFrom(query.value()));
}

StoreResult<QList<CommentRecord>> CommentRecords::ofReport(qint64 reportId)
{
    StoreResult<StoreQuery> query =
        m_connection.exec(QStringLiteral("SELECT ") + columns +
                              QStringLiteral(" FROM comments WHERE report_id = ? ORDER BY id"),
                          {reportId});
    if (!query)
        return query.error();
    QList<CommentRecord> list;
    while (query->next())
        list.append(recordFrom(query.value()));
    return list;
}

StoreResult<void> CommentRecords::setResolved(qint64 threadId, bool resolved, const QString &by,
                                              const QDateTime &at)
{
    const StoreResult<StoreQuery> update = m_connection.exec(
        QStringLiteral("UPDATE comments SET resolved = ?, resolved_by = ?, resolved_at = ? WHERE id = ?"),
        {resolved ? 1 : 0, resolved ? by : QStringLiteral(""),
         resolved ? stored::time(at) : QStringLiteral(""), threadId});
    if (!update)
        return update.error();
    return {};
}

} // namespace nianbao
