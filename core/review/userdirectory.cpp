// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdirectory.h"

#include "inputrules.h"
#include "storage/agencydirectory.h"
#include "storage/reportstore.h"
#include "storage/serveraccounts.h"
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

std::optional<QString> agencyRefusal(const QStringList &agencies)
{
    for (const QString &agency : agencies) {
        if (agency.trimmed().isEmpty())
            continue;
        if (std::optional<QString> refusal = InputRules::nameRefusal(InputRules::Name::Agency, agency))
            return refusal;
    }
    return std::nullopt;
}

} // namespace

UserDirectory::UserDirectory(ReportStore &store)
    : m_store(store)
{}

StoreResult<bool> UserDirectory::isEmpty()
{
    StoreResult<StoreQuery> query = m_store.connection().exec(QStringLiteral("SELECT count(*) FROM users"));
    if (!query)
        return query.error();
    return !query->next() || query->value(0).toInt() == 0;
}

StoreResult<QList<User>> UserDirectory::users()
{
    StoreResult<StoreQuery> query = m_store.connection().exec(
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

StoreResult<int> UserDirectory::reportCount()
{
    StoreResult<QList<ReportSummary>> reports = m_store.listReports();
    if (!reports)
        return reports.error();
    return int(reports->size());
}

QString UserDirectory::bootstrapMark()
{
    return QStringLiteral("bootstrap");
}

StoreResult<User> UserDirectory::addUser(const QString &name, UserRole role, const QStringList &agencies,
                                         const QString &actingUser)
{
    const QString userName = name.trimmed();
    if (const std::optional<QString> refusal = InputRules::nameRefusal(InputRules::Name::User, userName))
        return refused(*refusal);
    if (const std::optional<QString> refusal = agencyRefusal(agencies))
        return refused(*refusal);
    const StoreResult<bool> first = isEmpty();
    if (!first)
        return first.error();
    // Someone has to be able to add the others.
    if (first.value())
        return addFirst(userName, FirstUser::OfAnEmptyDatabase);

    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<User> acting = user(actingUser);
    if (!acting)
        return refused(actingUser.trimmed().isEmpty()
                           ? tr("Only a supervisor may add users; say who you are.")
                           : acting.error().message);
    if (!acting->isSupervisor())
        return refused(tr("Only a supervisor may add users; %1 is a clerk.").arg(acting->name));
    if (user(userName))
        return refused(tr("There is already a user %1.").arg(userName));
    const StoreResult<QStringList> assigned = assignedAgencies(role, agencies);
    if (!assigned)
        return assigned.error();
    return finishAdding(transaction, userName, role, assigned.value(), acting->name);
}

StoreResult<User> UserDirectory::addLogin(const QString &login, UserRole role, const QStringList &agencies,
                                          const QString &password)
{
    if (const std::optional<QString> refusal = ServerAccounts::loginRefusal(login))
        return refused(*refusal);
    if (const std::optional<QString> refusal = agencyRefusal(agencies))
        return refused(*refusal);
    const StoreResult<QStringList> assigned = assignedAgencies(role, agencies);
    if (!assigned)
        return assigned.error();
    const StoreResult<QString> administrator = m_store.login();
    if (!administrator)
        return administrator.error();
    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    if (user(login))
        return refused(tr("There is already a user %1.").arg(login));
    if (const StoreResult<void> created =
            ServerAccounts::createLogin(m_store.connection(), login, userRoleId(role), password);
        !created)
        return created.error();
    return finishAdding(transaction, login, role, assigned.value(), administrator.value());
}

StoreResult<QStringList> UserDirectory::assignedAgencies(UserRole role, const QStringList &agencies)
{
    if (role != UserRole::Clerk)
        return QStringList();
    const QStringList assigned = cleanAgencies(agencies);
    if (assigned.isEmpty())
        return refused(tr("A clerk needs at least one agency whose reports they write."));
    return assigned;
}

StoreResult<User> UserDirectory::finishAdding(StoreTransaction &transaction, const QString &name,
                                              UserRole role, const QStringList &agencies,
                                              const QString &createdBy)
{
    const StoreResult<qint64> id = insertUser(name, role, createdBy);
    if (!id)
        return id.error();
    if (const StoreResult<void> written = writeAgencies(id.value(), agencies); !written)
        return written.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user(name);
}

StoreResult<User> UserDirectory::bootstrap(const QString &name)
{
    const QString userName = name.trimmed();
    if (const std::optional<QString> refusal = InputRules::nameRefusal(InputRules::Name::User, userName))
        return refused(*refusal);
    return addFirst(userName, FirstUser::TakingOver);
}

StoreResult<User> UserDirectory::addFirst(const QString &name, FirstUser kind)
{
    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    // Checked again inside the transaction: another process may have added a user meanwhile.
    const StoreResult<bool> first = isEmpty();
    if (!first)
        return first.error();
    if (!first.value())
        return refused(tr("This database has users already; only a supervisor adds more (nianbao user add "
                          "--as SUPERVISOR)."));
    const StoreResult<int> reports = reportCount();
    if (!reports)
        return reports.error();
    if (kind == FirstUser::OfAnEmptyDatabase && reports.value() > 0)
        return refused(tr("This database already holds %n report(s) but no users. Adding a user would "
                          "silently make them the supervisor of all of them; to do that on purpose, run "
                          "nianbao user bootstrap NAME.",
                          nullptr, reports.value()));
    const StoreResult<qint64> id = insertUser(
        name, UserRole::Supervisor, kind == FirstUser::TakingOver ? bootstrapMark() : QStringLiteral(""));
    if (!id)
        return id.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user(name);
}

StoreResult<qint64> UserDirectory::insertUser(const QString &name, UserRole role, const QString &createdBy)
{
    return m_store.connection().insert(
        QStringLiteral("INSERT INTO users (name, role, created, created_by) VALUES (?, ?, ?, ?)"),
        {name, userRoleId(role), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), createdBy});
}

StoreResult<void> UserDirectory::writeAgencies(qint64 userId, const QStringList &agencies)
{
    StoreConnection &connection = m_store.connection();
    if (const StoreResult<StoreQuery> cleared =
            connection.exec(QStringLiteral("DELETE FROM user_agencies WHERE user_id = ?"), {userId});
        !cleared)
        return cleared.error();
    // A clerk is assigned to an agency of the list, under its full name (坎市镇 is 坎市镇人民政府
    // when the list has that), which is added to the list when it is not there yet.
    QStringList assigned;
    for (const QString &agency : agencies) {
        const StoreResult<QString> name = AgencyDirectory(connection).assign(agency);
        if (!name)
            return name.error();
        if (assigned.contains(name.value()))
            continue;
        assigned.append(name.value());
        const StoreResult<StoreQuery> added =
            connection.exec(QStringLiteral("INSERT INTO user_agencies (user_id, agency) VALUES (?, ?)"),
                            {userId, name.value()});
        if (!added)
            return added.error();
    }
    return {};
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
    if (const std::optional<QString> refusal = agencyRefusal(agencies))
        return refused(*refusal);
    const QStringList assigned = cleanAgencies(agencies);
    if (!target->isSupervisor() && assigned.isEmpty())
        return refused(tr("A clerk needs at least one agency whose reports they write."));
    if (const StoreResult<void> written = writeAgencies(target->id, assigned); !written)
        return written.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user(name);
}

} // namespace nianbao
