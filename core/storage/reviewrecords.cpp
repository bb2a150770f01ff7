// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrecords.h"

#include "storeconnection.h"
#include "storedvalues.h"

namespace nianbao {

namespace {

std::optional<QString> optionalText(const StoreQuery &query, int column)
{
    return query.isNull(column) ? std::nullopt : std::optional(query.value(column).toString());
}

} // namespace

ReviewRecords::ReviewRecords(StoreConnection &connection)
    : m_connection(connection)
{}

StoreResult<void> ReviewRecords::addAcknowledgement(const AcknowledgementRecord &record)
{
    const StoreResult<StoreQuery> insert = m_connection.exec(
        QStringLiteral("INSERT INTO acknowledgements (report_id, revision, rule, location, message, reason,"
                       " actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.reportId, record.revision, record.rule, record.location, record.message, record.reason,
         record.actor, stored::time(record.at)});
    if (!insert)
        return insert.error();
    return {};
}

StoreResult<QList<AcknowledgementRecord>> ReviewRecords::acknowledgements(qint64 reportId, int revision)
{
    StoreResult<StoreQuery> query = m_connection.exec(
        QStringLiteral("SELECT rule, location, message, reason, actor, at FROM acknowledgements"
                       " WHERE report_id = ? AND revision = ? ORDER BY id"),
        {reportId, revision});
    if (!query)
        return query.error();
    QList<AcknowledgementRecord> list;
    while (query->next()) {
        list.append({reportId, revision, query->value(0).toString(), query->value(1).toString(),
                     query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
                     stored::timeFrom(query->value(5))});
    }
    return list;
}

StoreResult<void> ReviewRecords::addApproval(const ApprovalRecord &record)
{
    const StoreResult<StoreQuery> insert = m_connection.exec(
        QStringLiteral("INSERT INTO approvals (report_id, revision, at, actor, sha256, statement, signature,"
                       " signed_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.reportId, record.revision, stored::time(record.at), record.actor, record.sha256,
         stored::optionalText(record.statement), stored::optionalText(record.signature),
         stored::optionalText(record.signedText)});
    if (!insert)
        return insert.error();
    return {};
}

StoreResult<std::optional<ApprovalRecord>> ReviewRecords::latestApproval(qint64 reportId)
{
    StoreResult<StoreQuery> query = m_connection.exec(
        QStringLiteral("SELECT revision, at, actor, sha256, statement, signature, signed_text FROM approvals"
                       " WHERE report_id = ? ORDER BY revision DESC LIMIT 1"),
        {reportId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ApprovalRecord>();
    return std::optional(ApprovalRecord{reportId, query->value(0).toInt(), stored::timeFrom(query->value(1)),
                                        query->value(2).toString(), query->value(3).toString(),
                                        optionalText(query.value(), 4), optionalText(query.value(), 5),
                                        optionalText(query.value(), 6)});
}

} // namespace nianbao
