// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"

#include "storage/reportstore.h"
#include "userdirectory.h"

namespace nianbao {

StoreResult<Identity> Identity::of(ReportStore &store, const QString &claimedName)
{
    UserDirectory directory(store);
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
