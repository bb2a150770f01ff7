// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencymatcher.h"
#include "officelogrecords.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

class StoreConnection;
class StoreTransaction;

/**
 * The agencies of a database: each with its full name, the short names and aliases it is also
 * known by (`agency_names`), its kind and the agency above it. A report belongs to an agency, not
 * to a string: a name given for a report (imported, typed, on the command line) is matched to an
 * agency (AgencyMatcher), so 坎市镇 and 坎市镇人民政府 are one agency and its reports meet across
 * the years. Renaming keeps the old name as an alias, so that what was stored or assigned under it
 * still finds the agency.
 *
 * Who may change the list is the caller's business (a supervisor, or anyone on a database without
 * users); on a server the database's rights decide as well. Renaming, moving and deleting an agency
 * leave a line in the office's log (OfficeLogRecords::agencyChanged), naming the login on a server
 * and the actor given here in a file.
 */
class AgencyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::AgencyDirectory)
public:
    /// actor: whom the office's log names for a change in a file (the operating-system account when
    /// empty, as ReportStore's); a server names the login itself.
    explicit AgencyDirectory(StoreConnection &connection, const QString &actor = {});

    /// Every agency with its aliases, parent and number of reports, by name.
    StoreResult<QList<Agency>> agencies();
    /// The agency name means, or the candidates when that is not clear.
    StoreResult<AgencyMatch> match(const QString &name);
    /// Adds an agency. Refused when the name or an alias already names an agency (or is that
    /// agency's short name: then the agency should be renamed), when kind is not an AgencyKind id,
    /// or the parent is not an agency.
    StoreResult<Agency> add(const QString &name, const QString &kind, const QStringList &aliases = {},
                            const QString &parent = {});
    /// Gives the agency oldName surely names (AgencyMatcher) the full name newName; the old
    /// full name stays as an alias, and the clerks assigned to it are assigned to the new one. Refused
    /// when newName names another agency, and for an agency with an approved report (its approval
    /// was given, and signed, to the name it has).
    StoreResult<Agency> rename(const QString &oldName, const QString &newName);

    /// Takes the agency agencyName surely names (any of its names) out of the list, its other names
    /// with it. Refused (Refused, nothing changed) while reports are stored for it, users work for
    /// it or agencies are under it; the message names them and says what to do instead. What the
    /// office's log says of it stays: that is history.
    StoreResult<Agency> remove(const QString &agencyName);
    /// Puts the agency agencyName surely names under the agency parentName names (its full name or
    /// an alias, as add's parent), or under none when parentName is empty. Refused when parentName
    /// names no agency (NotFound), and when the agency would come to be under itself, directly or
    /// through others (Refused, naming the agencies in between).
    StoreResult<Agency> setParent(const QString &agencyName, const QString &parentName);

    /// Gives the agency agencyName surely names another name (a short name, an old name). Refused
    /// when alias already names an agency or is another agency's name without its formal ending.
    StoreResult<Agency> addAlias(const QString &agencyName, const QString &alias);
    /// Takes one of its other names from the agency agencyName surely names; the full name stays.
    /// Refused (NotFound) when alias is not one of that agency's other names.
    StoreResult<Agency> removeAlias(const QString &agencyName, const QString &alias);

    /// For storing a report: the agency name surely means, or a new one of that name and kind.
    /// Runs inside the caller's transaction.
    StoreResult<qint64> resolve(const QString &name, const QString &kind);
    /// For assigning a clerk: the full name of the agency name surely means, which is added when
    /// there is none. Runs inside the caller's transaction.
    StoreResult<QString> assign(const QString &name);
    /// The agency itself and those its names surely match (one agency stored twice before agencies
    /// had aliases, e.g. 坎市镇 from an import and 坎市镇人民政府 typed later), itself first.
    StoreResult<QList<qint64>> sameAgency(qint64 agencyId);

private:
    StoreResult<std::optional<qint64>> exactly(const QString &name);
    /// The agency name names exactly or surely means; none, with why when it is unsure, otherwise.
    StoreResult<std::optional<qint64>> meant(const QString &name, QString *unsure = nullptr);
    StoreResult<Agency> agency(qint64 id);
    /// The agency name surely means, or NotFound saying why (none, or unsure between which).
    StoreResult<Agency> meantAgency(const QString &name);
    /// The agency parent names exactly or by an alias, to be another's parent; NotFound otherwise.
    static StoreResult<Agency> parentNamed(const AgencyMatcher &matcher, const QString &parent);
    /// Why agency may not leave the list (its reports, its users, the agencies under it), one
    /// sentence each; empty when it may.
    StoreResult<QStringList> removalRefusals(const Agency &agency, const QList<Agency> &known);
    /// The agency as the transaction leaves it, then the transaction committed.
    StoreResult<Agency> committedAgency(StoreTransaction &transaction, qint64 id);
    /// Writes the change to the office's log where the database does not (a file).
    StoreResult<void> logged(AgencyChange::Kind kind, const QString &agency, const QString &from,
                             const QString &to);

    StoreConnection &m_connection;
    QString m_actor;
};

} // namespace nianbao
