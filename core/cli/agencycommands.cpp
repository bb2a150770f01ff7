// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencycommands.h"

#include "agencykind.h"
#include "commandline.h"
#include "review/identity.h"
#include "review/officelog.h"
#include "storage/agencydirectory.h"
#include "storage/reportstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {

// The translation context of these commands' messages.
class AgencyCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::AgencyCommands)
};

namespace {

constexpr Option KindOption{
    .name = "kind",
    .valueName = QT_TRANSLATE_NOOP("Commands", "KIND"),
    .description =
        QT_TRANSLATE_NOOP("Commands", "add: the kind of agency, by its name (乡镇, 街道, 县级部门, …) "
                                      "or id (township, subdistrict, county_department, …)."),
};

constexpr Option AliasOption{
    .name = "alias",
    .valueName = QT_TRANSLATE_NOOP("Commands", "ALIAS"),
    .description = QT_TRANSLATE_NOOP("Commands", "add: another name of the agency, e.g. its short name."),
    .repeatable = true,
};

constexpr Option ParentOption{
    .name = "parent",
    .valueName = QT_TRANSLATE_NOOP("Commands", "AGENCY"),
    .description = QT_TRANSLATE_NOOP("Commands", "add: the agency above it, already in the list."),
};

constexpr Option NoParentOption{
    .name = "none",
    .description = QT_TRANSLATE_NOOP("Commands", "set-parent: take the agency from under its parent; it then "
                                                 "has none."),
};

constexpr Option AgencyJsonOption{
    .name = "json",
    .description = QT_TRANSLATE_NOOP("Commands", "list: write the agencies as JSON."),
};

// Refusals exit 1 (nothing changed), unusable input or databases 2.
int fail(const StoreError &error, QTextStream &err)
{
    err << error.message << '\n';
    switch (error.code) {
    case StoreError::Code::Refused:
    case StoreError::Code::AlreadyExists:
    case StoreError::Code::NotFound:
    case StoreError::Code::PermissionDenied:
        return ExitFindings;
    default:
        return ExitBadInput;
    }
}

QString kindLabel(const QString &id)
{
    const AgencyKind *kind = AgencyKind::byId(id);
    return kind ? kind->label : id;
}

// Who changes the list: a supervisor on a database with users; anyone on a personal one.
StoreResult<Identity> keeper(ReportStore &store, const QString &claimedName)
{
    const StoreResult<Identity> identity = Identity::of(store, claimedName);
    if (identity && identity->user && !identity->user->isSupervisor())
        return StoreError{StoreError::Code::Refused,
                          AgencyCommands::tr("Only a supervisor changes the list of agencies; %1 is a clerk.")
                              .arg(identity->name),
                          {}};
    return identity;
}

int listAgencies(AgencyDirectory &directory, bool json, QTextStream &out, QTextStream &err)
{
    const StoreResult<QList<Agency>> agencies = directory.agencies();
    if (!agencies)
        return fail(agencies.error(), err);
    if (json) {
        QJsonArray array;
        for (const Agency &agency : agencies.value()) {
            array.append(QJsonObject{
                {QStringLiteral("name"), agency.name},
                {QStringLiteral("aliases"), QJsonArray::fromStringList(agency.aliases)},
                {QStringLiteral("kind"), agency.kind},
                {QStringLiteral("parent"),
                 agency.parent.isEmpty() ? QJsonValue() : QJsonValue(agency.parent)},
                {QStringLiteral("reports"), agency.reports},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (agencies->isEmpty()) {
        out << AgencyCommands::tr("No agencies yet; add one with nianbao agency add NAME.") << '\n';
        return ExitOk;
    }
    out << AgencyCommands::tr("Agency\tKind\tOther names\tParent\tReports") << '\n';
    for (const Agency &agency : agencies.value())
        out << agency.name << '\t' << kindLabel(agency.kind) << '\t' << agency.aliases.join(u'、') << '\t'
            << agency.parent << '\t' << agency.reports << '\n';
    return ExitOk;
}

int addAgency(AgencyDirectory &directory, const CommandLine &parser, const QString &name, QTextStream &out,
              QTextStream &err)
{
    QString kind;
    if (parser.isSet(KindOption)) {
        const QString given = parser.value(KindOption).trimmed();
        const AgencyKind *known =
            AgencyKind::byId(given) ? AgencyKind::byId(given) : AgencyKind::byLabel(given);
        if (!known) {
            QStringList labels;
            for (const AgencyKind &each : AgencyKind::all())
                labels.append(each.label);
            err << AgencyCommands::tr("%1 is not a kind of agency; the kinds are %2.")
                       .arg(given, labels.join(u'、'))
                << '\n';
            return ExitBadInput;
        }
        kind = known->id;
    }
    const StoreResult<Agency> added =
        directory.add(name, kind, parser.values(AliasOption), parser.value(ParentOption));
    if (!added)
        return fail(added.error(), err);
    out << (added->aliases.isEmpty() ? AgencyCommands::tr("Added the agency %1.").arg(added->name)
                                     : AgencyCommands::tr("Added the agency %1, also called %2.")
                                           .arg(added->name, added->aliases.join(u'、')))
        << '\n';
    return ExitOk;
}

int matchAgency(AgencyDirectory &directory, const QString &name, QTextStream &out, QTextStream &err)
{
    const StoreResult<AgencyMatch> found = directory.match(name);
    if (!found)
        return fail(found.error(), err);
    if (found->isSure()) {
        out << found->agency.name << '\n';
        return ExitOk;
    }
    err << found->explanation(name.trimmed()) << '\n';
    return ExitFindings;
}

// alias add AGENCY ALIAS, alias remove AGENCY ALIAS.
int changeAlias(AgencyDirectory &directory, const QStringList &positional, QTextStream &out, QTextStream &err)
{
    const bool adding = positional[1] == u"add";
    const StoreResult<Agency> changed = adding ? directory.addAlias(positional[2], positional[3])
                                               : directory.removeAlias(positional[2], positional[3]);
    if (!changed)
        return fail(changed.error(), err);
    const QString alias = positional[3].trimmed();
    out << (adding ? AgencyCommands::tr("%1 is now also called %2.").arg(changed->name, alias)
                   : AgencyCommands::tr("%1 is no longer called %2.").arg(changed->name, alias))
        << '\n';
    return ExitOk;
}

int deleteAgency(AgencyDirectory &directory, const QString &name, QTextStream &out, QTextStream &err)
{
    const StoreResult<Agency> deleted = directory.remove(name);
    if (!deleted)
        return fail(deleted.error(), err);
    out << (deleted->aliases.isEmpty() ? AgencyCommands::tr("Deleted the agency %1.").arg(deleted->name)
                                       : AgencyCommands::tr("Deleted the agency %1 and its other names %2.")
                                             .arg(deleted->name, deleted->aliases.join(u'、')))
        << '\n';
    return ExitOk;
}

// set-parent AGENCY PARENT, set-parent AGENCY --none.
int setParent(AgencyDirectory &directory, const QStringList &positional, QTextStream &out, QTextStream &err)
{
    const StoreResult<Agency> moved = directory.setParent(positional[1], positional.value(2));
    if (!moved)
        return fail(moved.error(), err);
    out << (moved->parent.isEmpty()
                ? AgencyCommands::tr("%1 is now under no other agency.").arg(moved->name)
                : AgencyCommands::tr("%1 is now under %2.").arg(moved->name, moved->parent))
        << '\n';
    return ExitOk;
}

// Who renamed, moved or deleted which agency, from the office's log.
int printChanges(ReportStore &store, QTextStream &out, QTextStream &err)
{
    const StoreResult<QList<AgencyChange>> changes = OfficeLog(store).agencyChanges();
    if (!changes)
        return fail(changes.error(), err);
    if (changes->isEmpty())
        out << AgencyCommands::tr("No agency has been renamed, moved or deleted.") << '\n';
    for (const AgencyChange &change : changes.value())
        out << OfficeLog::describe(change) << '\n';
    return ExitOk;
}

} // namespace

const Command &agencyCommand()
{
    static const Command command{
        .name = "agency",
        .summary = QT_TRANSLATE_NOOP(
            "Commands",
            "add, list, rename, delete or match the agencies of a database, their other names and parents; "
            "who changed them"),
        .run = runAgencyCommand,
        .description = QT_TRANSLATE_NOOP(
            "Commands",
            "Keeps the database's list of agencies: each has its full name (坎市镇人民政府), other names it "
            "is known by (坎市镇), a kind and the agency above it. A report belongs to an agency: a report "
            "imported or created under any of its names, or under its name without the formal ending "
            "(人民政府), is that agency's, and a new report takes over last year's figures from it. "
            "rename gives an agency a new full name and keeps the old one as another name; clerks "
            "assigned to it stay assigned. delete takes an agency entered by mistake out of the list with "
            "its other names; it is refused (exit 1, nothing changed) while reports are stored for it, users "
            "work for it or agencies are under it. set-parent puts an agency under another one of the list, "
            "or under none (--none); an agency under itself, directly or through others, is refused. "
            "alias add and alias remove give an agency another name or take one away. log says who renamed, "
            "moved or deleted which agency, and when (the office's log). match says which "
            "agency a name means, or which it may mean (exit 1 when that is not clear). On a database "
            "with users only a supervisor changes the list (--as); on a server the server refuses "
            "everyone else."),
        .usage = {"add AGENCY [--kind] [--alias]… [--parent] [--db] [--as]", "list [--json] [--db]",
                  "log [--db]", "rename AGENCY NEW_NAME [--db] [--as]", "delete AGENCY [--db] [--as]",
                  "set-parent AGENCY PARENT|--none [--db] [--as]",
                  "alias add|remove AGENCY ALIAS [--db] [--as]", "match AGENCY [--db]"},
        .options = {DatabaseOption, ActingUserOption, KindOption, AliasOption, ParentOption, NoParentOption,
                    AgencyJsonOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "ACTION"),
                       QT_TRANSLATE_NOOP("Commands",
                                         "add, list, log, rename, delete, set-parent, alias or match."),
                       ValueKind::Choice, "add|list|log|rename|delete|set-parent|alias|match"},
                      {QT_TRANSLATE_NOOP("Commands", "AGENCY"),
                       QT_TRANSLATE_NOOP("Commands", "The agency: its full name (add), any of its names "
                                                     "(rename, delete, set-parent, alias), a name to look up "
                                                     "(match)."),
                       ValueKind::Text},
                      {QT_TRANSLATE_NOOP("Commands", "NEW_NAME"),
                       QT_TRANSLATE_NOOP("Commands", "rename: the agency's new full name."), ValueKind::Text},
                      {QT_TRANSLATE_NOOP("Commands", "PARENT"),
                       QT_TRANSLATE_NOOP("Commands", "set-parent: the agency to put it under, already in the "
                                                     "list (its full name or another of its names)."),
                       ValueKind::Text},
                      {QT_TRANSLATE_NOOP("Commands", "ALIAS"),
                       QT_TRANSLATE_NOOP("Commands", "alias: the other name to add to the agency or to "
                                                     "take from it."),
                       ValueKind::Text}},
    };
    return command;
}

int runAgencyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(agencyCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool adding = action == u"add" && positional.size() == 2;
    const bool renaming = action == u"rename" && positional.size() == 3;
    const bool deleting = action == u"delete" && positional.size() == 2;
    // A parent or --none, not both; an empty parent is no way to say none.
    const bool parenting =
        action == u"set-parent" &&
        (parser.isSet(NoParentOption) ? positional.size() == 2
                                      : positional.size() == 3 && !positional[2].trimmed().isEmpty());
    const bool matching = action == u"match" && positional.size() == 2;
    const bool listing = action == u"list" && positional.size() == 1;
    const bool logging = action == u"log" && positional.size() == 1;
    const bool aliasing = action == u"alias" && positional.size() == 4 &&
                          (positional[1] == u"add" || positional[1] == u"remove");
    const bool addOptions =
        parser.isSet(KindOption) || parser.isSet(AliasOption) || parser.isSet(ParentOption);
    if (!(adding || renaming || deleting || parenting || aliasing || matching || listing || logging) ||
        (addOptions && !adding) || (parser.isSet(AgencyJsonOption) && !listing) ||
        (parser.isSet(NoParentOption) && !parenting))
        return parser.usageError(err);
    const bool changing = adding || renaming || deleting || parenting || aliasing;
    const std::unique_ptr<ReportStore> store =
        parser.openStore(changing ? ReportStore::OpenMode::ReadWrite : ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitBadInput;
    if (listing || matching) {
        AgencyDirectory directory(store->connection());
        return listing ? listAgencies(directory, parser.isSet(AgencyJsonOption), out, err)
                       : matchAgency(directory, positional[1], out, err);
    }
    if (logging)
        return printChanges(*store, out, err);
    const StoreResult<Identity> identity = keeper(*store, parser.value(ActingUserOption));
    if (!identity)
        return fail(identity.error(), err);
    AgencyDirectory directory(store->connection(), identity->name);
    if (adding)
        return addAgency(directory, parser, positional[1], out, err);
    if (aliasing)
        return changeAlias(directory, positional, out, err);
    if (deleting)
        return deleteAgency(directory, positional[1], out, err);
    if (parenting)
        return setParent(directory, positional, out, err);
    const StoreResult<Agency> renamed = directory.rename(positional[1], positional[2]);
    if (!renamed)
        return fail(renamed.error(), err);
    out << AgencyCommands::tr("%1 is now called %2; %1 stays one of its names.")
               .arg(positional[1].trimmed(), renamed->name)
        << '\n';
    return ExitOk;
}

} // namespace nianbao
