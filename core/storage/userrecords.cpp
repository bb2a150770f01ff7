// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrecords.h"

#include "agencydirectory.h"
#include "storeconnection.h"
#include "storedvalues.h"

namespace nianbao {

UserRecords::UserRecords(StoreConnection &connection)
    : m_connection(connection)
{}

StoreResult<int> UserRecords::count()
{
    StoreResult<StoreQuery> query = m_connection.exec(QStringLiteral("SELECT count(*) FROM users"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

StoreResult<QList<UserRecord>> UserRecords::all()
{
    StoreResult<StoreQuery> query = m_connection.exec(
        QStringLiteral("SELECT u.id, u.name, u.role, u.created, u.created_by, ua.agency FROM users u"
                       " LEFT JOIN user_agencies ua ON ua.user_id = u.id ORDER BY u.name, ua.agency"));
    if (!query)
        return query.error();
    QList<UserRecord> list;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (list.isEmpty() || list.constLast().id != id) {
            UserRecord user;
            user.id = id;
            user.name = query->value(1).toString();
            user.role = query->value(2).toString();
            user.created = stored::timeFrom(query->value(3));
            user.createdBy = query->value(4).toString();
            list.append(user);
        }
        if (!query->isNull(5))
            list.last().agencies.append(query->value(5).toString());
    }
    return list;
}

StoreResult<qint64> UserRecords::insert(const QString &name, const QString &role, const QDateTime &created,
                                        const QString &createdBy)
{
    return m_connection.insert(
        QStringLiteral("INSERT INTO users (name, role, created, created_by) VALUES (?, ?, ?, ?)"),
        {name, role, stored::time(created), createdBy});
}

StoreResult<void> UserRecords::setAgencies(qint64 userId, const QStringList &agencies)
{
    if (const StoreResult<StoreQuery> cleared =
            m_connection.exec(QStringLiteral("DELETE FROM user_agencies WHERE user_id = ?"), {userId});
        !cleared)
        return cleared.error();
    // A clerk is assigned to an agency of the list, under its full name (坎市镇 is 坎市镇人民政府
    // when the list has that), which is added to the list when it is not there yet.
    QStringList assigned;
    for (const QString &agency : agencies) {
        const StoreResult<QString> name = AgencyDirectory(m_connection).assign(agency);
        if (!name)
            return name.error();
        if (assigned.contains(name.value()))
            continue;
        assigned.append(name.value());
        const StoreResult<StoreQuery> added =
            m_connection.exec(QStringLiteral("INSERT INTO user_agencies (user_id, agency) VALUES (?, ?)"),
                              {userId, name.value()});
        if (!added)
            return added.error();
    }
    return {};
}

} // namespace nianbao
