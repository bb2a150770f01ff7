// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "user.h"

#include <QCoreApplication>

namespace nianbao {

QString userRoleId(UserRole role)
{
    return role == UserRole::Supervisor ? QStringLiteral("supervisor") : QStringLiteral("clerk");
}

std::optional<UserRole> userRoleFromId(const QString &id)
{
    if (id == u"clerk")
        return UserRole::Clerk;
    if (id == u"supervisor")
        return UserRole::Supervisor;
    return std::nullopt;
}

QString userRoleLabel(UserRole role)
{
    return role == UserRole::Supervisor ? QCoreApplication::translate("nianbao::UserDirectory", "Supervisor")
                                        : QCoreApplication::translate("nianbao::UserDirectory", "Clerk");
}

bool User::coversAgency(const QString &agency) const
{
    return isSupervisor() || agencies.contains(agency.trimmed());
}

} // namespace nianbao
