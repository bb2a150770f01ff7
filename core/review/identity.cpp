// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"

#include "storage/reportstore.h"
#include "userdirectory.h"

namespace nianbao {

StoreResult<std::optional<User>> Identity::viewer(ReportStore &store, const QString &claimedName)
{
    QString name = claimedName.trimmed();
    if (name.isEmpty()) {
        const StoreResult<QString> login = store.login();
        if (!login)
            return login.error();
        name = login.value();
    }
    if (name.isEmpty())
        return std::optional<User>();
    StoreResult<User> user = UserDirectory(store).user(name);
    if (user)
        return std::optional<User>(std::move(user).value());
    if (!claimedName.trimmed().isEmpty() || user.error().code != StoreError::Code::NotFound)
        return user.error();
    return std::optional<User>();
}

StoreResult<Identity> Identity::of(ReportStore &store, const QString &claimedName)
{
    UserDirectory directory(store);
    const StoreResult<QString> login = store.login();
    if (!login)
        return login.error();
    // On a server a user is their login, which the server checked; nobody names another.
    if (!login->isEmpty()) {
        if (const StoreResult<User> user = directory.user(login.value())) {
            if (!claimedName.trimmed().isEmpty() && claimedName.trimmed() != login.value())
                return StoreError{StoreError::Code::Refused,
                                  tr("On a server you act as the user you logged in as (%1); --as is not "
                                     "used there. Log in as the other user to act as them.")
                                      .arg(login.value()),
                                  {}};
            return ofUser(user.value());
        }
    }
    const StoreResult<bool> noUsers = directory.isEmpty();
    if (!noUsers)
        return noUsers.error();
    if (claimedName.trimmed().isEmpty()) {
        if (noUsers.value())
            return systemAccount();
        return StoreError{StoreError::Code::Refused,
                          tr("Say who makes this change: name one of the database's users with --as USER "
                             "(nianbao user list shows them)."),
                          {}};
    }
    const StoreResult<User> user = directory.user(claimedName);
    if (!user) {
        if (noUsers.value())
            return StoreError{StoreError::Code::Refused,
                              tr("This database has no users yet, so there is no user %1. Leave out --as, or "
                                 "add the users first (nianbao user add).")
                                  .arg(claimedName.trimmed()),
                              {}};
        return StoreError{StoreError::Code::Refused, user.error().message, {}};
    }
    return ofUser(user.value());
}

Identity Identity::systemAccount()
{
    return {ReportStore::systemAccount(), std::nullopt};
}

ActingAs::ActingAs(ReportStore &store, const QString &name)
    : m_store(store)
    , m_previous(store.actor())
{
    m_store.setActor(name);
}

ActingAs::~ActingAs()
{
    m_store.setActor(m_previous);
}

} // namespace nianbao
