// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officelogrecords.h"

#include "storeconnection.h"
#include "storedvalues.h"

#include <QRegularExpression>

namespace nianbao {

OfficeLogRecords::OfficeLogRecords(StoreConnection &connection)
    : m_connection(connection)
{}

StoreResult<void> OfficeLogRecords::draftDeleted(const DeletedDraft &draft)
{
    const StoreResult<StoreQuery> logged = m_connection.exec(
        QStringLiteral(
            "INSERT INTO office_log (at, actor, action, target, old_value) VALUES (?, ?, ?, ?, ?)"),
        {stored::time(draft.at), stored::text(draft.actor), QStringLiteral("draft-deleted"),
         QStringLiteral("%1 %2").arg(draft.agency, QString::number(draft.year)),
         QStringLiteral("draft, revision %1").arg(draft.revision)});
    if (!logged)
        return logged.error();
    return {};
}

StoreResult<QList<DeletedDraft>> OfficeLogRecords::deletedDrafts(int year)
{
    StoreResult<StoreQuery> rows =
        m_connection.exec(QStringLiteral("SELECT target, old_value, actor, at FROM office_log"
                                         " WHERE action = 'draft-deleted' AND target LIKE ? ORDER BY id"),
                          {QString(QStringLiteral("% ") + QString::number(year))});
    if (!rows)
        return rows.error();
    static const QRegularExpression revision(QStringLiteral("(\\d+)$"));
    QList<DeletedDraft> list;
    while (rows->next()) {
        // An agency's name may hold spaces; the year is after the last one.
        const QString target = rows->value(0).toString();
        list.append({target.left(target.lastIndexOf(u' ')), year,
                     revision.match(rows->value(1).toString()).captured(1).toInt(), rows->value(2).toString(),
                     stored::timeFrom(rows->value(3))});
    }
    return list;
}

} // namespace nianbao
