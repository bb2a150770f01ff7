// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisedagencies.h"

#include <QMultiHash>

namespace nianbao {

QList<Agency> SupervisedAgencies::of(const QList<Agency> &agencies, const std::optional<User> &user)
{
    if (!user || (user->isSupervisor() && user->agencies.isEmpty()))
        return agencies;
    // A clerk writes the reports of their own agencies, not of those below them.
    QSet<qint64> chosen;
    if (user->isSupervisor()) {
        chosen = subtree(agencies, user->agencies);
    } else {
        for (const Agency &agency : agencies) {
            for (const QString &name : agency.names()) {
                if (user->agencies.contains(name))
                    chosen.insert(agency.id);
            }
        }
    }
    QList<Agency> list;
    for (const Agency &agency : agencies) {
        if (chosen.contains(agency.id))
            list.append(agency);
    }
    return list;
}

QSet<QString> SupervisedAgencies::namesOf(const QList<Agency> &agencies, const std::optional<User> &user)
{
    QSet<QString> names;
    for (const Agency &agency : of(agencies, user))
        names.insert(agency.name);
    return names;
}

QSet<qint64> SupervisedAgencies::subtree(const QList<Agency> &agencies, const QStringList &names)
{
    QMultiHash<qint64, qint64> children;
    QList<qint64> pending;
    for (const Agency &agency : agencies) {
        if (agency.parentId != 0)
            children.insert(agency.parentId, agency.id);
        for (const QString &name : agency.names()) {
            if (names.contains(name)) {
                pending.append(agency.id);
                break;
            }
        }
    }
    // The set stops a loop of parents (A above B above A) from going round for ever.
    QSet<qint64> reached;
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        if (reached.contains(id))
            continue;
        reached.insert(id);
        pending.append(children.values(id));
    }
    return reached;
}

} // namespace nianbao
