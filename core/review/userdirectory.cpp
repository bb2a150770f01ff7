// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdirectory.h"

#include "inputrules.h"
#include "storage/reportstore.h"
#include "storage/serveraccounts.h"
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
    , m_records(store.connection())
{}

StoreResult<bool> UserDirectory::isEmpty()
{
    const StoreResult<int> count = m_records.count();
    if (!count)
        return count.error();
    return count.value() == 0;
}

StoreResult<QList<User>> UserDirectory::users()
{
    const StoreResult<QList<UserRecord>> records = m_records.all();
    if (!records)
        return records.error();
    QList<User> list;
    for (const UserRecord &record : records.value()) {
        User user;
        user.id = record.id;
        user.name = record.name;
        user.role = userRoleFromId(record.role).value_or(UserRole::Clerk);
        user.agencies = record.agencies;
        user.created = record.created;
        user.createdBy = record.createdBy;
        list.append(user);
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
    if (const StoreResult<void> written = m_records.setAgencies(id.value(), agencies); !written)
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
    return m_records.insert(name, userRoleId(role), QDateTime::currentDateTimeUtc(), createdBy);
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
    if (const StoreResult<void> written = m_records.setAgencies(target->id, assigned); !written)
        return written.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user(name);
}

} // namespace nianbao
