// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officelogrecords.h"

#include "storeconnection.h"
#include "storedvalues.h"

#include <QRegularExpression>

#include <algorithm>

namespace nianbao {

namespace {

// The actions of the list's changes, as the server's triggers write them too (StoreSchema, 16).
const QList<std::pair<AgencyChange::Kind, QString>> agencyActions{
    {AgencyChange::Kind::Renamed, QStringLiteral("agency-renamed")},
    {AgencyChange::Kind::Moved, QStringLiteral("agency-moved")},
    {AgencyChange::Kind::Deleted, QStringLiteral("agency-deleted")},
};

} // namespace

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

StoreResult<void> OfficeLogRecords::agencyChanged(const AgencyChange &change)
{
    const auto action = std::find_if(agencyActions.cbegin(), agencyActions.cend(),
                                     [&change](const auto &each) { return each.first == change.kind; });
    const auto valueOf = [](const QString &value) {
        return stored::optionalText(value.isEmpty() ? std::nullopt : std::optional(value));
    };
    const StoreResult<StoreQuery> logged = m_connection.exec(
        QStringLiteral("INSERT INTO office_log (at, actor, action, target, old_value, new_value)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {stored::time(change.at), stored::text(change.actor), action->second, change.agency,
         valueOf(change.from), valueOf(change.to)});
    if (!logged)
        return logged.error();
    return {};
}

StoreResult<QList<AgencyChange>> OfficeLogRecords::agencyChanges()
{
    StoreResult<StoreQuery> rows = m_connection.exec(
        QStringLiteral("SELECT action, target, old_value, new_value, actor, at FROM office_log"
                       " WHERE action LIKE 'agency-%' ORDER BY id"));
    if (!rows)
        return rows.error();
    QList<AgencyChange> list;
    while (rows->next()) {
        const QString action = rows->value(0).toString();
        const auto kind = std::find_if(agencyActions.cbegin(), agencyActions.cend(),
                                       [&action](const auto &each) { return each.second == action; });
        list.append({kind->first, rows->value(1).toString(), rows->value(2).toString(),
                     rows->value(3).toString(), rows->value(4).toString(), stored::timeFrom(rows->value(5))});
    }
    return list;
}

} // namespace nianbao
