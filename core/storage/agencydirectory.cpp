// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencydirectory.h"

#include "agencykind.h"
#include "inputrules.h"
#include "reportstatus.h"
#include "reportstore.h"
#include "sqldialect.h"
#include "storeconnection.h"
#include "storetransaction.h"
#include "userrecords.h"

#include <QSet>

#include <algorithm>

namespace nianbao {

namespace {

StoreError error(StoreError::Code code, const QString &message)
{
    return StoreError{code, message, {}};
}

// PostgreSQL refuses a null QString for a NOT NULL text column.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

AgencyDirectory::AgencyDirectory(StoreConnection &connection, const QString &actor)
    : m_connection(connection)
    , m_actor(actor)
{}

StoreResult<void> AgencyDirectory::logged(AgencyChange::Kind kind, const QString &agency, const QString &from,
                                          const QString &to)
{
    // A server's own triggers log it with the login (StoreSchema, migration 16).
    if (m_connection.dialect().knowsLogin())
        return {};
    return OfficeLogRecords(m_connection)
        .agencyChanged({kind, agency, from, to, m_actor.isEmpty() ? ReportStore::systemAccount() : m_actor,
                        QDateTime::currentDateTimeUtc()});
}

StoreResult<QList<Agency>> AgencyDirectory::agencies()
{
    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    StoreResult<StoreQuery> rows =
        m_connection.exec(QStringLiteral("SELECT a.id, a.name, a.kind, a.parent_id, p.name,"
                                         " (SELECT count(*) FROM reports r WHERE r.agency_id = a.id)"
                                         " FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id"));
    if (!rows)
        return rows.error();
    QList<Agency> list;
    while (rows->next()) {
        Agency agency;
        agency.id = rows->value(0).toLongLong();
        agency.name = rows->value(1).toString();
        agency.kind = rows->value(2).toString();
        agency.parentId = rows->isNull(3) ? 0 : rows->value(3).toLongLong();
        agency.parent = rows->value(4).toString();
        agency.reports = rows->value(5).toInt();
        list.append(agency);
    }
    StoreResult<StoreQuery> names =
        m_connection.exec(QStringLiteral("SELECT agency_id, name FROM agency_names"));
    if (!names)
        return names.error();
    while (names->next()) {
        const qint64 id = names->value(0).toLongLong();
        for (Agency &agency : list) {
            if (agency.id == id)
                agency.aliases.append(names->value(1).toString());
        }
    }
    // Sorted here: SQLite and PostgreSQL order text differently.
    for (Agency &agency : list)
        agency.aliases.sort();
    std::sort(list.begin(), list.end(), [](const Agency &a, const Agency &b) { return a.name < b.name; });
    return list;
}

StoreResult<AgencyMatch> AgencyDirectory::match(const QString &name)
{
    const StoreResult<QList<Agency>> list = agencies();
    if (!list)
        return list.error();
    return AgencyMatcher(list.value()).match(name);
}

StoreResult<std::optional<qint64>> AgencyDirectory::exactly(const QString &name)
{
    for (const QString &sql : {QStringLiteral("SELECT id FROM agencies WHERE name = ?"),
                               QStringLiteral("SELECT agency_id FROM agency_names WHERE name = ?")}) {
        StoreResult<StoreQuery> query = m_connection.exec(sql, {name});
        if (!query)
            return query.error();
        if (query->next())
            return std::optional<qint64>(query->value(0).toLongLong());
    }
    return std::optional<qint64>();
}

StoreResult<Agency> AgencyDirectory::agency(qint64 id)
{
    const StoreResult<QList<Agency>> list = agencies();
    if (!list)
        return list.error();
    for (const Agency &agency : list.value()) {
        if (agency.id == id)
            return agency;
    }
    return error(StoreError::Code::NotFound, tr("The agency is no longer in the database."));
}

StoreResult<Agency> AgencyDirectory::add(const QString &name, const QString &kind, const QStringList &aliases,
                                         const QString &parent)
{
    const QString fullName = name.trimmed();
    QStringList otherNames;
    for (const QString &alias : aliases) {
        const QString trimmed = alias.trimmed();
        if (trimmed != fullName && !otherNames.contains(trimmed))
            otherNames.append(trimmed);
    }
    for (const QString &each : QStringList{fullName} + otherNames) {
        if (const std::optional<QString> refused = InputRules::nameRefusal(InputRules::Name::Agency, each))
            return error(StoreError::Code::InvalidInput, *refused);
    }
    if (!kind.isEmpty() && !AgencyKind::byId(kind))
        return error(StoreError::Code::InvalidInput, tr("%1 is not a kind of agency.").arg(kind));

    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<QList<Agency>> known = agencies();
    if (!known)
        return known.error();
    const AgencyMatcher matcher(known.value());
    for (const QString &each : QStringList{fullName} + otherNames) {
        const AgencyMatch found = matcher.match(each);
        if (found.kind == AgencyMatchKind::Exact || found.kind == AgencyMatchKind::Alias)
            return error(StoreError::Code::AlreadyExists,
                         tr("%1 already names the agency %2.").arg(each, found.agency.name));
        if (found.kind == AgencyMatchKind::ShortName)
            return error(StoreError::Code::AlreadyExists,
                         tr("%1 is the agency %2 under another form of its name. To give it the full name, "
                            "rename it (nianbao agency rename %2 %3); to add another name, add it as an "
                            "alias.")
                             .arg(each, found.agency.name, fullName));
    }
    qint64 parentId = 0;
    if (!parent.trimmed().isEmpty()) {
        const StoreResult<Agency> above = parentNamed(matcher, parent);
        if (!above)
            return above;
        parentId = above->id;
    }
    const StoreResult<qint64> id =
        m_connection.insert(QStringLiteral("INSERT INTO agencies (name, kind, parent_id) VALUES (?, ?, ?)"),
                            {fullName, textValue(kind), idValue(parentId)});
    if (!id)
        return id.error();
    for (const QString &alias : std::as_const(otherNames)) {
        if (const StoreResult<StoreQuery> added =
                m_connection.exec(QStringLiteral("INSERT INTO agency_names (name, agency_id) VALUES (?, ?)"),
                                  {alias, id.value()});
            !added)
            return added.error();
    }
    return committedAgency(transaction, id.value());
}

StoreResult<Agency> AgencyDirectory::rename(const QString &oldName, const QString &newName)
{
    const QString from = oldName.trimmed();
    const QString to = newName.trimmed();
    if (const std::optional<QString> refused = InputRules::nameRefusal(InputRules::Name::Agency, to))
        return error(StoreError::Code::InvalidInput, *refused);

    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<Agency> renamed = meantAgency(from);
    if (!renamed)
        return renamed;
    if (renamed->name == to)
        return error(StoreError::Code::InvalidInput, tr("The agency is already called %1.").arg(to));
    const StoreResult<std::optional<qint64>> taken = exactly(to);
    if (!taken)
        return taken.error();
    if (taken.value() && *taken.value() != renamed->id)
        return error(StoreError::Code::AlreadyExists, tr("%1 already names another agency.").arg(to));
    StoreResult<StoreQuery> approved =
        m_connection.exec(QStringLiteral("SELECT year FROM reports WHERE agency_id = ? AND status = ?"),
                          {renamed->id, reportStatusId(ReportStatus::Approved)});
    if (!approved)
        return approved.error();
    if (approved->next())
        return error(StoreError::Code::Refused,
                     tr("The report of %1 for %2 is approved under that name, and its approval is signed "
                        "for it; the agency keeps its name. Add %3 as an alias instead.")
                         .arg(renamed->name)
                         .arg(approved->value(0).toInt())
                         .arg(to));
    approved->finish();
    // The clerks' assignments follow in the database (migration 9, agencies_renamed).
    const QList<std::pair<QString, QVariantList>> steps{
        {QStringLiteral("DELETE FROM agency_names WHERE name = ?"), {to}},
        {QStringLiteral("UPDATE agencies SET name = ? WHERE id = ?"), {to, renamed->id}},
        {QStringLiteral("INSERT INTO agency_names (name, agency_id) VALUES (?, ?)"),
         {renamed->name, renamed->id}},
    };
    for (const auto &[sql, values] : steps) {
        if (const StoreResult<StoreQuery> done = m_connection.exec(sql, values); !done)
            return done.error();
    }
    if (const StoreResult<void> done = logged(AgencyChange::Kind::Renamed, renamed->name, renamed->name, to);
        !done)
        return done.error();
    return committedAgency(transaction, renamed->id);
}

StoreResult<Agency> AgencyDirectory::parentNamed(const AgencyMatcher &matcher, const QString &parent)
{
    const AgencyMatch above = matcher.match(parent);
    if (above.kind != AgencyMatchKind::Exact && above.kind != AgencyMatchKind::Alias)
        return error(StoreError::Code::NotFound,
                     tr("There is no agency %1 to be the parent; add it first.").arg(parent.trimmed()));
    return above.agency;
}

StoreResult<QStringList> AgencyDirectory::removalRefusals(const Agency &agency, const QList<Agency> &known)
{
    QStringList refusals;
    StoreResult<StoreQuery> reports = m_connection.exec(
        QStringLiteral("SELECT year FROM reports WHERE agency_id = ? ORDER BY year"), {agency.id});
    if (!reports)
        return reports.error();
    QStringList years;
    while (reports->next())
        years.append(reports->value(0).toString());
    reports->finish();
    if (!years.isEmpty())
        refusals.append(tr("%1 has %2 report(s) stored (%3) and keeps them, so it stays in the list. Delete "
                           "the drafts entered by mistake first (nianbao delete --agency %1 --year YEAR); a "
                           "report that was ever submitted keeps its agency: if the agency's name is wrong, "
                           "rename it.")
                            .arg(agency.name, QString::number(years.size()), years.join(u'、')));
    // Assigned by any of its names, a user would be left working for an agency that is gone.
    const StoreResult<QList<UserRecord>> users = UserRecords(m_connection).all();
    if (!users)
        return users.error();
    const QStringList names = agency.names();
    QStringList assigned;
    for (const UserRecord &user : users.value()) {
        if (std::any_of(names.cbegin(), names.cend(),
                        [&user](const QString &name) { return user.agencies.contains(name); }))
            assigned.append(user.name);
    }
    if (!assigned.isEmpty())
        refusals.append(tr("%1 is the agency of %2, so it stays in the list. Give them their other agencies "
                           "first (Review → Users…), then delete it.")
                            .arg(agency.name, assigned.join(u'、')));
    QStringList below;
    for (const Agency &each : known) {
        if (each.parentId == agency.id && each.id != agency.id)
            below.append(each.name);
    }
    if (!below.isEmpty())
        refusals.append(tr("%1 is the parent of %2, so it stays in the list. Put them under another agency "
                           "or none first (nianbao agency set-parent AGENCY PARENT|--none), then delete it.")
                            .arg(agency.name, below.join(u'、')));
    return refusals;
}

StoreResult<Agency> AgencyDirectory::remove(const QString &agencyName)
{
    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<Agency> removed = meantAgency(agencyName);
    if (!removed)
        return removed;
    const StoreResult<QList<Agency>> known = agencies();
    if (!known)
        return known.error();
    const StoreResult<QStringList> refusals = removalRefusals(removed.value(), known.value());
    if (!refusals)
        return refusals.error();
    if (!refusals->isEmpty())
        return error(StoreError::Code::Refused, refusals->join(u'\n'));
    // Its other names go with it (agency_names: ON DELETE CASCADE).
    if (const StoreResult<StoreQuery> deleted =
            m_connection.exec(QStringLiteral("DELETE FROM agencies WHERE id = ?"), {removed->id});
        !deleted)
        return deleted.error();
    if (const StoreResult<void> done = logged(AgencyChange::Kind::Deleted, removed->name, removed->kind, {});
        !done)
        return done.error();
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return removed;
}

StoreResult<Agency> AgencyDirectory::setParent(const QString &agencyName, const QString &parentName)
{
    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    // Two supervisors on a server could each put one agency under the other at the same moment: the
    // list is locked first, so that the second reads the parent the first gave. (A file has one
    // writer at a time.)
    if (const QString lock = m_connection.dialect().lockRows(u"a"); !lock.isEmpty()) {
        if (const StoreResult<StoreQuery> locked =
                m_connection.exec(QStringLiteral("SELECT a.id FROM agencies a") + lock);
            !locked)
            return locked.error();
    }
    const StoreResult<Agency> moved = meantAgency(agencyName);
    if (!moved)
        return moved;
    qint64 parentId = 0;
    QString parentFullName;
    if (!parentName.trimmed().isEmpty()) {
        const StoreResult<QList<Agency>> known = agencies();
        if (!known)
            return known.error();
        const StoreResult<Agency> parent = parentNamed(AgencyMatcher(known.value()), parentName);
        if (!parent)
            return parent;
        // Up from the new parent: meeting the agency on the way would put it under itself.
        QStringList chain;
        QSet<qint64> seen;
        for (qint64 id = parent->id; id != 0 && !seen.contains(id);) {
            seen.insert(id);
            const auto above = std::find_if(known->cbegin(), known->cend(),
                                            [id](const Agency &each) { return each.id == id; });
            if (above == known->cend())
                break;
            chain.append(above->name);
            if (id == moved->id)
                return error(StoreError::Code::Refused,
                             chain.size() == 1
                                 ? tr("%1 cannot be its own parent.").arg(moved->name)
                                 : tr("%1 is under %2 (%3), so %2 cannot be put under %1.")
                                       .arg(parent->name, moved->name, chain.join(QStringLiteral(" → "))));
            id = above->parentId;
        }
        parentId = parent->id;
        parentFullName = parent->name;
    }
    // Under the parent it has: nothing changes, nothing to log.
    if (parentId == moved->parentId)
        return committedAgency(transaction, moved->id);
    if (const StoreResult<StoreQuery> changed = m_connection.exec(
            QStringLiteral("UPDATE agencies SET parent_id = ? WHERE id = ?"), {idValue(parentId), moved->id});
        !changed)
        return changed.error();
    if (const StoreResult<void> done =
            logged(AgencyChange::Kind::Moved, moved->name, moved->parent, parentFullName);
        !done)
        return done.error();
    return committedAgency(transaction, moved->id);
}

StoreResult<Agency> AgencyDirectory::committedAgency(StoreTransaction &transaction, qint64 id)
{
    // Read inside the transaction, so that what is returned is what was committed.
    StoreResult<Agency> result = agency(id);
    if (!result)
        return result;
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

StoreResult<Agency> AgencyDirectory::meantAgency(const QString &name)
{
    QString unsure;
    const StoreResult<std::optional<qint64>> id = meant(name.trimmed(), &unsure);
    if (!id)
        return id.error();
    if (!id.value())
        return error(StoreError::Code::NotFound,
                     unsure.isEmpty()
                         ? tr("No agency is called %1 (nianbao agency list shows them).").arg(name.trimmed())
                         : unsure);
    return agency(*id.value());
}

StoreResult<Agency> AgencyDirectory::addAlias(const QString &agencyName, const QString &alias)
{
    const QString name = alias.trimmed();
    if (const std::optional<QString> refused = InputRules::nameRefusal(InputRules::Name::Agency, name))
        return error(StoreError::Code::InvalidInput, *refused);
    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<Agency> target = meantAgency(agencyName);
    if (!target)
        return target;
    const StoreResult<QList<Agency>> known = agencies();
    if (!known)
        return known.error();
    // A name of one agency only: matching a report's name to its agency stays sure.
    const AgencyMatch found = AgencyMatcher(known.value()).match(name);
    if ((found.kind == AgencyMatchKind::Exact || found.kind == AgencyMatchKind::Alias) &&
        found.agency.id == target->id)
        return error(StoreError::Code::AlreadyExists,
                     tr("%1 is already a name of %2.").arg(name, target->name));
    if (found.kind == AgencyMatchKind::Exact || found.kind == AgencyMatchKind::Alias ||
        (found.kind == AgencyMatchKind::ShortName && found.agency.id != target->id))
        return error(StoreError::Code::AlreadyExists,
                     tr("%1 already names the agency %2.").arg(name, found.agency.name));
    if (const StoreResult<StoreQuery> added = m_connection.exec(
            QStringLiteral("INSERT INTO agency_names (name, agency_id) VALUES (?, ?)"), {name, target->id});
        !added)
        return added.error();
    return committedAgency(transaction, target->id);
}

StoreResult<Agency> AgencyDirectory::removeAlias(const QString &agencyName, const QString &alias)
{
    const QString name = alias.trimmed();
    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<Agency> target = meantAgency(agencyName);
    if (!target)
        return target;
    if (!target->aliases.contains(name))
        return error(StoreError::Code::NotFound,
                     name == target->name
                         ? tr("%1 is the full name of the agency; rename the agency instead.").arg(name)
                         : tr("%1 is not another name of %2.").arg(name, target->name));
    const StoreResult<StoreQuery> removed = m_connection.exec(
        QStringLiteral("DELETE FROM agency_names WHERE name = ? AND agency_id = ?"), {name, target->id});
    if (!removed)
        return removed.error();
    return committedAgency(transaction, target->id);
}

StoreResult<std::optional<qint64>> AgencyDirectory::meant(const QString &name, QString *unsure)
{
    const StoreResult<std::optional<qint64>> id = exactly(name);
    if (!id || id.value())
        return id;
    const StoreResult<AgencyMatch> found = match(name);
    if (!found)
        return found.error();
    if (found->isSure())
        return std::optional<qint64>(found->agency.id);
    if (unsure && found->kind == AgencyMatchKind::Unsure)
        *unsure = found->explanation(name);
    return std::optional<qint64>();
}

StoreResult<qint64> AgencyDirectory::resolve(const QString &name, const QString &kind)
{
    const StoreResult<std::optional<qint64>> id = meant(name);
    if (!id)
        return id.error();
    if (!id.value())
        return m_connection.insert(QStringLiteral("INSERT INTO agencies (name, kind) VALUES (?, ?)"),
                                   {name, textValue(kind)});
    if (!kind.isEmpty()) {
        // The report says what kind its agency is: the latest report's word stands.
        const StoreResult<StoreQuery> update =
            m_connection.exec(QStringLiteral("UPDATE agencies SET kind = ? WHERE id = ? AND kind <> ?"),
                              {kind, *id.value(), kind});
        if (!update)
            return update.error();
    }
    return *id.value();
}

StoreResult<QString> AgencyDirectory::assign(const QString &name)
{
    const StoreResult<qint64> id = resolve(name.trimmed(), {});
    if (!id)
        return id.error();
    StoreResult<StoreQuery> query =
        m_connection.exec(QStringLiteral("SELECT name FROM agencies WHERE id = ?"), {id.value()});
    if (!query)
        return query.error();
    if (!query->next())
        return error(StoreError::Code::NotFound, tr("The agency is no longer in the database."));
    return query->value(0).toString();
}

StoreResult<QList<qint64>> AgencyDirectory::sameAgency(qint64 agencyId)
{
    const StoreResult<QList<Agency>> list = agencies();
    if (!list)
        return list.error();
    QList<qint64> same{agencyId};
    const auto self = std::find_if(list->cbegin(), list->cend(),
                                   [agencyId](const Agency &agency) { return agency.id == agencyId; });
    if (self == list->cend())
        return same;
    QList<Agency> others;
    for (const Agency &agency : list.value()) {
        if (agency.id != agencyId)
            others.append(agency);
    }
    const AgencyMatcher matcher(others);
    for (const QString &name : self->names()) {
        const AgencyMatch found = matcher.match(name);
        if (found.isSure() && !same.contains(found.agency.id))
            same.append(found.agency.id);
    }
    return same;
}

} // namespace nianbao
