// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

/// What a user does in the review: fills in the reports of their agencies, or reviews them all.
enum class UserRole : quint8 {
    Clerk,      ///< 填报人: writes and submits the reports of the agencies assigned to them
    Supervisor, ///< 审核人: comments on, returns and approves every report; adds users
};

/// Stable id kept in the database and on the command line ("clerk", "supervisor").
QString userRoleId(UserRole role);
std::optional<UserRole> userRoleFromId(const QString &id);
/// Name for the user (填报人, 审核人).
QString userRoleLabel(UserRole role);

/// A person known to the database. Names are unique; they appear in the audit log.
struct User
{
    qint64 id = 0;
    QString name;
    UserRole role = UserRole::Clerk;
    QStringList agencies; ///< Clerk: the agencies whose reports they write (names as stored)
    QDateTime created;
    QString createdBy; ///< the supervisor who added them; empty for the first user

    bool isSupervisor() const { return role == UserRole::Supervisor; }
    /// Whether the user works on the agency's reports: a supervisor on all, a clerk on theirs.
    bool coversAgency(const QString &agency) const;
};

} // namespace nianbao
