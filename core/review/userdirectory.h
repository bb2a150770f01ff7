// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"
#include "storage/userrecords.h"
#include "user.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace nianbao {

class ReportStore;
class StoreTransaction;

/**
 * The users of one database. The first user added to a database becomes its supervisor, whatever
 * role was asked for, so that someone can add the others; after that only a supervisor adds users.
 * The directory works on the store's connection and does not outlive the store.
 */
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::UserDirectory)
public:
    explicit UserDirectory(ReportStore &store);

    /// Whether the database has no users yet (the application then asks who you are).
    StoreResult<bool> isEmpty();
    /// Every user, by name.
    StoreResult<QList<User>> users();
    /// The user of that name; NotFound when there is none.
    StoreResult<User> user(const QString &name);

    /// Adds a user. actingUser is the supervisor adding them; it is ignored (and may be empty) for
    /// the first user of an empty database, who becomes the supervisor. Refused
    /// (StoreError::Code::Refused) when the acting user is not a supervisor, the name is taken, empty
    /// or not a name (InputRules), a clerk has no agency — or the database has reports but no
    /// users yet: then only bootstrap() makes the first supervisor, so that taking over a database
    /// is never a side effect of adding a user.
    StoreResult<User> addUser(const QString &name, UserRole role, const QStringList &agencies,
                              const QString &actingUser = {});
    /// On a server: creates the login role login with its password, a member of the role's group,
    /// and adds it as a user of this database. The server lets only its administrator (who has the
    /// CREATEROLE right and owns the tables) do it; the login names the user in the audit log.
    StoreResult<User> addLogin(const QString &login, UserRole role, const QStringList &agencies,
                               const QString &password);
    /// Makes name the first supervisor of a database that has reports but no users yet (one kept
    /// before the review was used). Refused when the database has users. The user's created_by says
    /// "bootstrap", so the takeover stays visible.
    StoreResult<User> bootstrap(const QString &name);
    /// What created_by holds for a supervisor made by bootstrap().
    static QString bootstrapMark();
    /// How many reports the database holds (bootstrap says what it takes over).
    StoreResult<int> reportCount();
    /// Replaces the agencies a clerk works for; only a supervisor may.
    StoreResult<User> setAgencies(const QString &name, const QStringList &agencies,
                                  const QString &actingUser);

private:
    enum class FirstUser : quint8 { OfAnEmptyDatabase, TakingOver };
    StoreResult<User> addFirst(const QString &name, FirstUser kind);
    StoreResult<qint64> insertUser(const QString &name, UserRole role, const QString &createdBy);
    /// The agencies a user of that role works for: a clerk's, cleaned (at least one); none for a
    /// supervisor.
    static StoreResult<QStringList> assignedAgencies(UserRole role, const QStringList &agencies);
    /// Adds the user with their agencies and commits the transaction.
    StoreResult<User> finishAdding(StoreTransaction &transaction, const QString &name, UserRole role,
                                   const QStringList &agencies, const QString &createdBy);

    ReportStore &m_store;
    UserRecords m_records;
};

} // namespace nianbao
