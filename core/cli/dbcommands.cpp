// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcommands.h"

#include "command.h"
#include "commandline.h"
#include "review/databasecheck.h"
#include "storage/reportstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nianbao {

// The translation context of these commands' messages.
class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DbCommands)
};

int runDbCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DbCommands::tr(
        "check: checks the whole database — the database's own check of its pages and indexes, the "
        "checksum of every report and snapshot, and every approval — and lists what is damaged."));
    parser.addHelpOption();
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("ACTION"), DbCommands::tr("check"), QStringLiteral("check"));
    if (const std::optional<int> done = CommandLine::parse(parser, QStringLiteral("db"), arguments, out, err))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("check")}) {
        err << DbCommands::tr("Usage: nianbao db check [--db DB]") << '\n';
        return ExitBadInput;
    }
    const std::unique_ptr<ReportStore> store =
        CommandLine::openStore(parser, dbOption, ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitFindings;
    const StoreResult<DatabaseCheckResult> result = DatabaseCheck::run(*store);
    if (!result) {
        err << result.error().message << '\n';
        return ExitFindings;
    }
    for (const QString &problem : result->problems)
        err << problem << '\n';
    const QString counted =
        DbCommands::tr("%1 report(s), %2 snapshot(s) checked").arg(result->reports).arg(result->snapshots);
    if (result->unstamped > 0)
        out << DbCommands::tr("%1 report(s) were stored before checksums and get one when next changed.")
                   .arg(result->unstamped)
            << '\n';
    if (!result->clean()) {
        err << DbCommands::tr("%1: %2 problem(s) found.").arg(counted).arg(result->problems.size()) << '\n';
        return ExitFindings;
    }
    out << DbCommands::tr("%1: no damage found.").arg(counted) << '\n';
    return ExitOk;
}

} // namespace nianbao
