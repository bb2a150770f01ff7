// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommands.h"

#include "command.h"
#include "commandline.h"
#include "storage/reportstore.h"
#include "storage/storeschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nianbao {

// The translation context of these commands' messages.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ServerCommands)
};

int runServerCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCommands::tr(
        "Sets up a database on the office's PostgreSQL server: init creates Nianbao's schema in an "
        "existing, empty database, or upgrades it to this version. Connect as the database's owner."));
    parser.addHelpOption();
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("ACTION"), ServerCommands::tr("init"),
                                 QStringLiteral("init"));
    if (const std::optional<int> done =
            CommandLine::parse(parser, QStringLiteral("server"), arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("init")} || !parser.isSet(dbOption)) {
        err << ServerCommands::tr("Usage: nianbao server init --db postgresql://ADMIN@HOST[:PORT]/DATABASE")
            << '\n';
        return ExitBadInput;
    }
    const StoreResult<StoreLocation> location = StoreLocation::parse(parser.value(dbOption));
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
        return ExitFindings;
    }
    out << ServerCommands::tr("%1 is ready: schema version %2.")
               .arg(location->display())
               .arg(StoreSchema::currentVersion())
        << '\n';
    return ExitOk;
}

} // namespace nianbao
