// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommands.h"

#include "command.h"
#include "commandline.h"
#include "document/countrefresher.h"
#include "reportinput.h"
#include "review/reportintake.h"
#include "storage/reportstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {

// The translation context of these commands' messages.
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::StoreCommands)
};

namespace {

QString countText(std::optional<int> count)
{
    return count ? QString::number(*count) : QStringLiteral("—");
}

} // namespace

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StoreCommands::tr("Imports published annual reports into the database as drafts."));
    parser.addHelpOption();
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"),
        StoreCommands::tr(
            "Replace a stored report of the same agency and year (its content is kept as a revision)."));
    const QCommandLineOption agencyOption(QStringLiteral("agency"),
                                          StoreCommands::tr("Agency name, instead of the one in the text."),
                                          QStringLiteral("A"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        StoreCommands::tr("Report year, instead of the one in the text."),
                                        QStringLiteral("Y"));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        StoreCommands::tr("The user who imports (required once the database has users; see nianbao user "
                          "list)."),
        QStringLiteral("USER"));
    parser.addOptions({dbOption, replaceOption, agencyOption, yearOption, asOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 StoreCommands::tr("Report files (text layout or JSON)."),
                                 QStringLiteral("FILE…"));
    if (const std::optional<int> done =
            CommandLine::parse(parser, QStringLiteral("import"), arguments, out, err))
        return *done;
    std::optional<int> year;
    if (!CommandLine::year(parser, yearOption, year, err))
        return ExitBadInput;
    if (parser.positionalArguments().isEmpty()) {
        err << StoreCommands::tr(
                   "Usage: nianbao import [--db DB] [--as USER] [--replace] [--agency A] [--year Y] FILE…")
            << '\n';
        return ExitBadInput;
    }
    const std::unique_ptr<ReportStore> store =
        CommandLine::openStore(parser, dbOption, ReportStore::OpenMode::ReadWrite, err);
    if (!store)
        return ExitBadInput;
    const StoreResult<Identity> identity = Identity::of(*store, parser.value(asOption));
    if (!identity) {
        err << identity.error().message << '\n';
        return ExitFindings;
    }
    ReportIntake intake(*store, identity.value());

    int exitCode = ExitOk;
    for (const QString &path : parser.positionalArguments()) {
        ReadResult read = ReportInput::load(path);
        if (!read.isReport) {
            err << StoreCommands::tr("%1: cannot be read as an annual report.").arg(path) << '\n';
            for (const Diagnostic &diagnostic : read.diagnostics)
                err << "  " << diagnostic.message << '\n';
            exitCode = ExitBadInput;
            continue;
        }
        ReportMeta &meta = read.report.meta;
        if (parser.isSet(agencyOption))
            meta.agencyName = parser.value(agencyOption);
        if (year)
            meta.year = *year;
        // Counted here, so the list has the counts at once; without them they are counted later.
        const StoreResult<StampedCounts> counts = CountRefresher::countFor(*store, read.report);
        const StoreResult<ImportedReport> imported = intake.importReport(
            read.report, parser.isSet(replaceOption), counts ? std::optional(counts.value()) : std::nullopt);
        if (!imported) {
            err << StoreCommands::tr("%1: %2").arg(path, imported.error().message) << '\n';
            if (exitCode == ExitOk)
                exitCode = ExitFindings;
            continue;
        }
        const QString what =
            imported.value().replaced
                ? StoreCommands::tr("%1: replaced %2 %3 (format %4), now revision %5; the old "
                                    "content is kept as a revision.")
                : StoreCommands::tr("%1: imported %2 %3 (format %4) as a draft, revision %5.");
        out << what.arg(path, meta.agencyName)
                   .arg(meta.year)
                   .arg(meta.formatId)
                   .arg(imported.value().revision);
        if (!read.diagnostics.isEmpty())
            out << ' '
                << StoreCommands::tr("%n line(s) could not be mapped; see nianbao validate.", nullptr,
                                     int(read.diagnostics.size()));
        out << '\n';
    }
    return exitCode;
}

int runListCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(StoreCommands::tr("Lists the reports in the database."));
    parser.addHelpOption();
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption yearOption(
        QStringLiteral("year"), StoreCommands::tr("Only the reports of this year."), QStringLiteral("Y"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), StoreCommands::tr("Write the list as JSON."));
    parser.addOptions({dbOption, yearOption, jsonOption});
    if (const std::optional<int> done =
            CommandLine::parse(parser, QStringLiteral("list"), arguments, out, err))
        return *done;
    std::optional<int> year;
    if (!CommandLine::year(parser, yearOption, year, err))
        return ExitBadInput;
    const std::unique_ptr<ReportStore> store =
        CommandLine::openStore(parser, dbOption, ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitBadInput;
    const StoreResult<QList<ReportSummary>> reports = store->listReports(year);
    if (!reports) {
        err << reports.error().message << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ReportSummary &summary : reports.value()) {
            array.append(QJsonObject{
                {QStringLiteral("agency"), summary.agency},
                {QStringLiteral("year"), summary.year},
                {QStringLiteral("format"), summary.formatId},
                {QStringLiteral("status"), reportStatusId(summary.status)},
                {QStringLiteral("revision"), summary.revision},
                {QStringLiteral("errors"), summary.errors ? QJsonValue(*summary.errors) : QJsonValue()},
                {QStringLiteral("warnings"), summary.warnings ? QJsonValue(*summary.warnings) : QJsonValue()},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (reports.value().isEmpty()) {
        out << StoreCommands::tr("No reports stored yet; add one with nianbao import FILE.") << '\n';
        return ExitOk;
    }
    out << StoreCommands::tr("Year\tFormat\tStatus\tRevision\tErrors\tWarnings\tAgency") << '\n';
    for (const ReportSummary &summary : reports.value()) {
        out << summary.year << '\t' << summary.formatId << '\t' << reportStatusLabel(summary.status) << '\t'
            << summary.revision << '\t' << countText(summary.errors) << '\t' << countText(summary.warnings)
            << '\t' << summary.agency << '\n';
    }
    return ExitOk;
}

} // namespace nianbao
