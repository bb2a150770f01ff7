// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommands.h"

#include "command.h"
#include "commandline.h"
#include "storage/reportstore.h"
#include "storage/storeschema.h"

#include <QCoreApplication>

namespace nianbao {

// The translation context of these commands' messages.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ServerCommands)
};

namespace {

constexpr Option ServerDatabaseOption{
    .name = "db",
    .valueName = QT_TRANSLATE_NOOP("Commands", "URL"),
    .description = QT_TRANSLATE_NOOP("Commands", "The database on the server, postgresql://ADMIN@HOST[:PORT]/"
                                                 "DATABASE, as its owner."),
};

} // namespace

const Command &serverCommand()
{
    static const Command command{
        .name = "server",
        .summary = QT_TRANSLATE_NOOP("Commands", "set up a database on the office's PostgreSQL server"),
        .run = runServerCommand,
        .description = QT_TRANSLATE_NOOP(
            "Commands", "Sets up a database on the office's PostgreSQL server: init creates Nianbao's schema "
                        "in an existing, empty database, or upgrades it to this version. Connect as the "
                        "database's owner."),
        .usage = {"init --db"},
        .options = {ServerDatabaseOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "ACTION"),
                       QT_TRANSLATE_NOOP("Commands", "init: create or upgrade the schema."),
                       ValueKind::Choice, "init"}},
    };
    return command;
}

int runServerCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(serverCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("init")})
        return parser.usageError(err, ServerCommands::tr("Name the action: init."));
    if (!parser.isSet(ServerDatabaseOption))
        return parser.usageError(err, ServerCommands::tr("Name the server's database with --db."));
    const StoreResult<StoreLocation> location = StoreLocation::parse(parser.value(ServerDatabaseOption));
    if (!location) {
        err << location.error().message << '\n';
        return ExitBadInput;
    }
    if (!location->isServer()) {
        err << ServerCommands::tr("%1 is a file on this PC; server init sets up a database on a PostgreSQL "
                                  "server (postgresql://…). A file gets its schema when it is first opened.")
                   .arg(location->display())
            << '\n';
        return ExitBadInput;
    }
    const StoreResult<std::unique_ptr<ReportStore>> store =
        ReportStore::open(location.value(), ReportStore::OpenMode::Administer);
    if (!store) {
        err << store.error().message << '\n';
        return ExitBadInput;
    }
    out << ServerCommands::tr("%1 is ready: schema version %2.")
               .arg(location->display())
               .arg(StoreSchema::currentVersion())
        << '\n';
    return ExitOk;
}

} // namespace nianbao
