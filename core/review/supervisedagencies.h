// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencymatcher.h"
#include "user.h"

#include <QList>
#include <QSet>

#include <optional>

namespace nianbao {

/**
 * The agencies of the list (AgencyDirectory) a user looks after in the year overview. A supervisor
 * without agencies of their own supervises the whole list: one database is one office. A
 * supervisor given agencies (审核 → 用户…) supervises those and every agency below them (上级机关),
 * e.g. a township office that reviews its villages. A clerk looks after the agencies assigned to
 * them. Without a user (a database without users) it is the whole list.
 *
 * This only chooses what the overview and the county summary list; who may review what is ReviewPolicy's and,
 * on a server, the database's.
 */
class SupervisedAgencies
{
public:
    static QList<Agency> of(const QList<Agency> &agencies, const std::optional<User> &user);
    /// The full names of the agencies of of(): those the store's reports are listed under.
    static QSet<QString> namesOf(const QList<Agency> &agencies, const std::optional<User> &user);

private:
    /// The agencies named (by full name or alias) and every agency below them, each once.
    static QSet<qint64> subtree(const QList<Agency> &agencies, const QStringList &names);
};

} // namespace nianbao
