// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcommands.h"

#include "commandline.h"
#include "review/databasecheck.h"
#include "storage/reportstore.h"
#include "storage/storecopy.h"

#include <QCoreApplication>

namespace nianbao {

// The translation context of these commands' messages.
class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DbCommands)
};

namespace {

constexpr Option FromOption{
    .name = "from",
    .valueName = QT_TRANSLATE_NOOP("Commands", "DB"),
    .description = QT_TRANSLATE_NOOP("Commands", "copy: the database to copy."),
    .value = ValueKind::File,
};

constexpr Option ToOption{
    .name = "to",
    .valueName = QT_TRANSLATE_NOOP("Commands", "DB"),
    .description = QT_TRANSLATE_NOOP("Commands", "copy: the empty database to copy into (a server's after "
                                                 "nianbao server init)."),
};

int checkDatabase(const CommandLine &parser, QTextStream &out, QTextStream &err)
{
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

int copyDatabase(const QString &fromAddress, const QString &toAddress, QTextStream &out, QTextStream &err)
{
    StoreResult<std::unique_ptr<ReportStore>> from =
        ReportStore::open(fromAddress, ReportStore::OpenMode::ReadOnly);
    if (!from) {
        err << from.error().message << '\n';
        return ExitBadInput;
    }
    StoreResult<std::unique_ptr<ReportStore>> to = ReportStore::open(toAddress);
    if (!to) {
        err << to.error().message << '\n';
        return ExitBadInput;
    }
    const StoreResult<StoreCopy::Copied> copied = StoreCopy::copy(*from.value(), *to.value());
    if (!copied) {
        err << copied.error().message << '\n';
        return ExitFindings;
    }
    out << DbCommands::tr("Copied %n report(s) with their history (%1 rows) from %2 to %3.", nullptr,
                          copied->reports)
               .arg(copied->rows)
               .arg(from.value()->location().display(), to.value()->location().display())
        << '\n';
    return ExitOk;
}

} // namespace

const Command &dbCommand()
{
    static const Command command{
        .name = "db",
        .summary = QT_TRANSLATE_NOOP(
            "Commands",
            "check a database for damage, or copy it into another (e.g. onto the office's server)"),
        .run = runDbCommand,
        .description = QT_TRANSLATE_NOOP(
            "Commands", "check: checks the whole database — the database's own check of its pages and "
                        "indexes, the checksum of every report and snapshot, and every approval — and lists "
                        "what is damaged. copy: copies every report of one database with its revisions, "
                        "snapshots, comments, audit log and approvals into another, empty one — e.g. an "
                        "office's file onto its PostgreSQL server. The source is only read."),
        .usage = {"check [--db]", "copy --from --to"},
        .options = {DatabaseOption, FromOption, ToOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "ACTION"),
                       QT_TRANSLATE_NOOP("Commands", "check or copy."), ValueKind::Choice, "check|copy"}},
    };
    return command;
}

int runDbCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(dbCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{QStringLiteral("check")} && !parser.isSet(FromOption) &&
        !parser.isSet(ToOption))
        return checkDatabase(parser, out, err);
    if (positional == QStringList{QStringLiteral("copy")} && parser.isSet(FromOption) &&
        parser.isSet(ToOption) && !parser.isSet(DatabaseOption))
        return copyDatabase(parser.value(FromOption), parser.value(ToOption), out, err);
    return parser.usageError(err);
}

} // namespace nianbao
