// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsession.h"

#include "review/userdirectory.h"
#include "settings.h"

namespace nianbao {

ReviewSession::ReviewSession(QObject *parent)
    : QObject(parent)
{}

void ReviewSession::setStore(ReportStore *store)
{
    m_store = store;
    setUser(std::nullopt);
    // On a server the login is the user: connecting signed them in.
    if (store) {
        if (const StoreResult<QString> login = store->login(); login && !login->isEmpty())
            signIn(login.value());
    }
}

StoreResult<User> ReviewSession::signIn(const QString &name)
{
    if (!m_store)
        return StoreError{StoreError::Code::NotFound, tr("No database is open."), {}};
    if (const StoreResult<QString> login = m_store->login();
        login && !login->isEmpty() && login.value() != name)
        return StoreError{
            StoreError::Code::Refused,
            tr("On a server you work as the user you connected as (%1). To work as someone else, "
               "connect again with their user name (File → Connect to Server…).")
                .arg(login.value()),
            {}};
    UserDirectory directory(*m_store);
    StoreResult<User> found = directory.user(name);
    if (found) {
        Settings::instance().setLastUser(found->name);
        setUser(found.value());
    }
    return found;
}

StoreResult<User> ReviewSession::signInAsFirstUser(const QString &name)
{
    if (!m_store)
        return StoreError{StoreError::Code::NotFound, tr("No database is open."), {}};
    UserDirectory directory(*m_store);
    const StoreResult<int> reports = directory.reportCount();
    if (!reports)
        return reports.error();
    const StoreResult<User> added = reports.value() > 0
                                        ? directory.bootstrap(name)
                                        : directory.addUser(name.trimmed(), UserRole::Supervisor, {});
    if (!added)
        return added;
    return signIn(added->name);
}

bool ReviewSession::signInAsLastUser()
{
    const QString last = Settings::instance().lastUser();
    return !last.isEmpty() && m_store && signIn(last).ok();
}

StoreResult<Identity> ReviewSession::identity() const
{
    if (!m_store)
        return StoreError{StoreError::Code::NotFound, tr("No database is open."), {}};
    const StoreResult<Identity> identity = Identity::of(*m_store, m_user ? m_user->name : QString());
    if (!identity && !m_user)
        return StoreError{
            StoreError::Code::Refused,
            tr("Sign in first (Review → Switch User…): this database has users, and every change "
               "names who made it."),
            {}};
    return identity;
}

void ReviewSession::refreshUser()
{
    if (!m_store || !m_user)
        return;
    UserDirectory directory(*m_store);
    if (StoreResult<User> found = directory.user(m_user->name))
        setUser(found.value());
}

void ReviewSession::setUser(std::optional<User> user)
{
    m_user = std::move(user);
    if (m_store && m_user)
        m_store->setActor(m_user->name);
    Q_EMIT userChanged();
}

} // namespace nianbao
