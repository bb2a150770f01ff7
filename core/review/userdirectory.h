// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"
#include "user.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace nianbao {

class ReportStore;

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
    /// the first user, who becomes the supervisor. Refused (StoreError::Code::Refused) when the
    /// acting user is not a supervisor, the name is taken or empty, or a clerk has no agency.
    StoreResult<User> addUser(const QString &name, UserRole role, const QStringList &agencies,
                              const QString &actingUser = {});
    /// Replaces the agencies a clerk works for; only a supervisor may.
    StoreResult<User> setAgencies(const QString &name, const QStringList &agencies,
                                  const QString &actingUser);

private:
    ReportStore &m_store;
};

} // namespace nianbao
