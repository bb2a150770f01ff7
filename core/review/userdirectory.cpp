// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdirectory.h"

#include "storage/reportstore.h"
#include "storage/storeconnection.h"
#include "storage/storetransaction.h"

namespace nianbao {

namespace {

StoreError refused(const QString &message)
{
    return StoreError{StoreError::Code::Refused, message, {}};
}

QStringList cleanAgencies(const QStringList &agencies)
{
    QStringList clean;
    for (const QString &agency : agencies) {
        const QString name = agency.trimmed();
        if (!name.isEmpty() && !clean.contains(name))
            clean.append(name);
    }
    return clean;
}

} // namespace

UserDirectory::UserDirectory(ReportStore &store)
    : m_store(store)
{}

StoreResult<bool> UserDirectory::isEmpty()
{
    StoreResult<QSqlQuery> query = m_store.connection().exec(QStringLiteral("SELECT count(*) FROM users"));
    if (!query)
        return query.error();
    return !query->next() || query->value(0).toInt() == 0;
}

StoreResult<QList<User>> UserDirectory::users()
{
    StoreResult<QSqlQuery> query = m_store.connection().exec(
        QStringLiteral("SELECT u.id, u.name, u.role, u.created, u.created_by, ua.agency FROM users u"
                       " LEFT JOIN user_agencies ua ON ua.user_id = u.id ORDER BY u.name, ua.agency"));
    if (!query)
        return query.error();
    QList<User> list;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (list.isEmpty() || list.constLast().id != id) {
            User user;
            user.id = id;
            user.name = query->value(1).toString();
            user.role = userRoleFromId(query->value(2).toString()).value_or(UserRole::Clerk);
            user.created = QDateTime::fromString(query->value(3).toString(), Qt::ISODateWithMs);
            user.createdBy = query->value(4).toString();
            list.append(user);
        }
        if (!query->value(5).isNull())
            list.last().agencies.append(query->value(5).toString());
    }
    return list;
}

StoreResult<User> UserDirectory::user(const QString &name)
{
    StoreResult<QList<User>> all = users();
    if (!all)
        return all.error();
    for (const User &user : all.value()) {
        if (user.name == name.trimmed())
            return user;
    }
    return StoreError{
        StoreError::Code::NotFound, tr("There is no user %1 in this database.").arg(name.trimmed()), {}};
}

StoreResult<User> UserDirectory::addUser(const QString &name, UserRole role, const QStringList &agencies,
                                         const QString &actingUser)
{
    const QString userName = name.trimmed();
    if (userName.isEmpty())
        return refused(tr("A user needs a name."));
    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<bool> first = isEmpty();
    if (!first)
        return first.error();
    QString createdBy;
    if (first.value()) {
        // Someone has to be able to add the others.
        role = UserRole::Supervisor;
    } else {
        const StoreResult<User> acting = user(actingUser);
        if (!acting)
            return refused(actingUser.trimmed().isEmpty()
                               ? tr("Only a supervisor may add users; say who you are.")
                               : acting.error().message);
        if (!acting->isSupervisor())
            return refused(tr("Only a supervisor may add users; %1 is a clerk.").arg(acting->name));
        createdBy = acting->name;
        if (user(userName))
            return refused(tr("There is already a user %1.").arg(userName));
    }
    const QStringList assigned = role == UserRole::Clerk ? cleanAgencies(agencies) : QStringList();
    if (role == UserRole::Clerk && assigned.isEmpty())
        return refused(tr("A clerk needs at least one agency whose reports they write."));

    StoreConnection &connection = m_store.connection();
    StoreResult<QSqlQuery> insert = connection.exec(
        QStringLiteral("INSERT INTO users (name, role, created, created_by) VALUES (?, ?, ?, ?)"),
        {userName, userRoleId(role), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
         createdBy.isNull() ? QStringLiteral("") : createdBy});
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    for (const QString &agency : assigned) {
        const StoreResult<QSqlQuery> added = connection.exec(
            QStringLiteral("INSERT INTO user_agencies (user_id, agency) VALUES (?, ?)"), {id, agency});
        if (!added)
            return added.error();
    }
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user(userName);
}

StoreResult<User> UserDirectory::setAgencies(const QString &name, const QStringList &agencies,
                                             const QString &actingUser)
{
    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<User> acting = user(actingUser);
    if (!acting || !acting->isSupervisor())
        return refused(tr("Only a supervisor may assign agencies."));
    const StoreResult<User> target = user(name);
    if (!target)
        return target.error();
    const QStringList assigned = cleanAgencies(agencies);
    if (!target->isSupervisor() && assigned.isEmpty())
        return refused(tr("A clerk needs at least one agency whose reports they write."));
    StoreConnection &connection = m_store.connection();
    if (const StoreResult<QSqlQuery> cleared =
            connection.exec(QStringLiteral("DELETE FROM user_agencies WHERE user_id = ?"), {target->id});
        !cleared)
        return cleared.error();
    for (const QString &agency : assigned) {
        const StoreResult<QSqlQuery> added =
            connection.exec(QStringLiteral("INSERT INTO user_agencies (user_id, agency) VALUES (?, ?)"),
                            {target->id, agency});
        if (!added)
            return added.error();
    }
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user(name);
}

} // namespace nianbao
