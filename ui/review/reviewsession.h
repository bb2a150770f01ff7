// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/identity.h"
#include "review/user.h"
#include "storage/reportstore.h"

#include <QObject>

#include <optional>

namespace nianbao {

/**
 * Who is working on which database: the store the window opened and the user who signed in to it.
 * The review widgets share one session, so that every action they take goes to the core with the
 * same acting user, and the store's audit log names that user for every edit.
 */
class ReviewSession : public QObject
{
    Q_OBJECT
public:
    explicit ReviewSession(QObject *parent = nullptr);

    /// The store of the open database (nullptr for none); signs out.
    void setStore(ReportStore *store);
    ReportStore *store() const { return m_store; }

    /// Signs in as the stored user of that name and remembers them for the next start.
    StoreResult<User> signIn(const QString &name);
    /// Makes name the database's first user (its supervisor) and signs in; on a database that holds
    /// reports already, through UserDirectory::bootstrap (the sign-in dialog says so).
    StoreResult<User> signInAsFirstUser(const QString &name);
    /// Signs in as the user who signed in last, when the database knows them; false otherwise.
    bool signInAsLastUser();
    /// Reads the signed-in user again (after a supervisor changed their agencies).
    void refreshUser();

    const std::optional<User> &user() const { return m_user; }
    /// Who the window's changes are made as: the signed-in user, or on a database without users the
    /// operating-system account. Refused when the database has users and nobody is signed in.
    StoreResult<Identity> identity() const;
    bool isSupervisor() const { return m_user && m_user->isSupervisor(); }

Q_SIGNALS:
    /// Another user signed in, or nobody is signed in any more.
    void userChanged();

private:
    void setUser(std::optional<User> user);

    ReportStore *m_store = nullptr;
    std::optional<User> m_user;
};

} // namespace nianbao
