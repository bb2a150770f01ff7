// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"
#include "user.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

class ReportStore;

/**
 * Who makes a change to a store, so that every change has an actor and passes a right.
 *
 * On a database with users the actor is one of them, and ReviewPolicy says what they may do. On
 * SQLite the name is claimed (`--as`, or chosen in the application's sign-in) and not verified —
 * whoever can write the file can change anything in it, which is what signatures are for — but the
 * right is checked and the name recorded all the same. On a server the login is the user.
 *
 * A database without users is a personal one (a clerk alone with the program): the changes are
 * recorded under the operating-system account, and there is no role to check until the first user
 * is added.
 */
struct Identity
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Identity)
public:
    QString name;             ///< what the audit log records; never empty
    std::optional<User> user; ///< nullopt on a database without users

    /// The identity a command acts as: on a server the user the login is (claimedName naming anyone
    /// else is refused); else the user claimedName names (required on a database with users), or the
    /// operating-system account on a database without users (claimedName empty). A server's
    /// administrator, who is no user of the review, names the actor as on a file.
    static StoreResult<Identity> of(ReportStore &store, const QString &claimedName);
    static Identity ofUser(const User &user) { return {user.name, user}; }
    /// Whose agencies a listing shows (`review list`, `summary`): the user claimedName names, else on
    /// a server the user the login is; nullopt — every agency — without a name, and for a server's
    /// administrator, who is no user of the review.
    static StoreResult<std::optional<User>> viewer(ReportStore &store, const QString &claimedName);
    /// The operating-system account, for a database without users; "uid N" when it has no name.
    static Identity systemAccount();
};

/// The store names the acting identity in its audit log and snapshots for as long as this lives.
class ActingAs
{
    Q_DISABLE_COPY_MOVE(ActingAs)
public:
    ActingAs(ReportStore &store, const QString &name);
    ~ActingAs();

private:
    ReportStore &m_store;
    QString m_previous;
};

} // namespace nianbao
