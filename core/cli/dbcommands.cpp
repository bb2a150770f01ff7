// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcommands.h"

#include "commandline.h"
#include "review/databasecheck.h"
#include "storage/reportstore.h"

#include <QCoreApplication>

namespace nianbao {

// The translation context of these commands' messages.
class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DbCommands)
};

const Command &dbCommand()
{
    static const Command command{
        .name = "db",
        .summary =
            QT_TRANSLATE_NOOP("Commands", "check a database for damage: its pages, checksums and approvals"),
        .run = runDbCommand,
        .description = QT_TRANSLATE_NOOP(
            "Commands",
            "check: checks the whole database — the database's own check of its pages and indexes, "
            "the checksum of every report and snapshot, and every approval — and lists what is "
            "damaged."),
        .usage = {"check [--db]"},
        .options = {DatabaseOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "ACTION"),
                       QT_TRANSLATE_NOOP("Commands", "check: look for damage."), ValueKind::Choice, "check"}},
    };
    return command;
}

int runDbCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(dbCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("check")})
        return parser.usageError(err, DbCommands::tr("Name the action: check."));
    const std::unique_ptr<ReportStore> store = parser.openStore(ReportStore::OpenMode::ReadOnly, err);
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
