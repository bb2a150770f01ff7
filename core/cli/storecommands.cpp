// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommands.h"

#include "command.h"
#include "commandline.h"
#include "document/countrefresher.h"
#include "import/reportimporter.h"
#include "reportsource.h"
#include "review/reportintake.h"
#include "review/reviewpolicy.h"
#include "storage/agencydirectory.h"
#include "storage/reportstore.h"

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

constexpr Option ReplaceOption{
    .name = "replace",
    .description = QT_TRANSLATE_NOOP("Commands", "Replace a stored report of the same agency and year (its "
                                                 "content is kept as a revision)."),
};

constexpr Option ImportAgencyOption{
    .name = "agency",
    .valueName = QT_TRANSLATE_NOOP("Commands", "AGENCY"),
    .description = QT_TRANSLATE_NOOP("Commands", "The agency, instead of the one the report names."),
};

constexpr Option ImportYearOption{
    .name = "year",
    .valueName = QT_TRANSLATE_NOOP("Commands", "YEAR"),
    .description = QT_TRANSLATE_NOOP("Commands", "The report year, instead of the one the report states."),
};

constexpr Option ImportingUserOption{
    .name = "as",
    .valueName = QT_TRANSLATE_NOOP("Commands", "USER"),
    .description = QT_TRANSLATE_NOOP("Commands", "The user who imports (required once the database has "
                                                 "users; see nianbao user list)."),
};

constexpr Option PartialOption{
    .name = "partial",
    .description = QT_TRANSLATE_NOOP("Commands", "Store a report even when some of its tables or numbers "
                                                 "could not be read (they are listed; fill them in the "
                                                 "application)."),
};

constexpr Option ListYearOption{
    .name = "year",
    .valueName = QT_TRANSLATE_NOOP("Commands", "YEAR"),
    .description = QT_TRANSLATE_NOOP("Commands", "Only the reports of this year."),
};

constexpr Option ListJsonOption{
    .name = "json",
    .description = QT_TRANSLATE_NOOP("Commands", "Write the list as JSON."),
};

constexpr Option DeleteAgencyOption{
    .name = "agency",
    .valueName = QT_TRANSLATE_NOOP("Commands", "AGENCY"),
    .description =
        QT_TRANSLATE_NOOP("Commands", "The draft's agency (its full name, a short name or an alias)."),
};

constexpr Option DeleteYearOption{
    .name = "year",
    .valueName = QT_TRANSLATE_NOOP("Commands", "YEAR"),
    .description = QT_TRANSLATE_NOOP("Commands", "The draft's year."),
};

constexpr Option YesOption{
    .name = "yes",
    .description = QT_TRANSLATE_NOOP("Commands", "Delete it; without --yes the command only says what it "
                                                 "would delete."),
};

} // namespace

const Command &importCommand()
{
    static const Command command{
        .name = "import",
        .summary = QT_TRANSLATE_NOOP("Commands", "store published reports as drafts"),
        .run = runImportCommand,
        .description = QT_TRANSLATE_NOOP("Commands", "Imports published annual reports (Word, PDF, web page, "
                                                     "text or JSON) into the database as drafts. A report "
                                                     "whose tables were not all read is not stored unless "
                                                     "--partial is given."),
        .usage = {"[--db] [--as] [--replace] [--partial] [--agency] [--year] FILE…"},
        .options = {DatabaseOption, ImportingUserOption, ReplaceOption, PartialOption, ImportAgencyOption,
                    ImportYearOption},
        .arguments = {ReportSource::Files},
    };
    return command;
}

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(importCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    std::optional<int> year;
    if (!parser.year(ImportYearOption, year, err))
        return ExitBadInput;
    if (parser.positionalArguments().isEmpty())
        return parser.usageError(err, StoreCommands::tr("No report file given."));
    const std::unique_ptr<ReportStore> store = parser.openStore(ReportStore::OpenMode::ReadWrite, err);
    if (!store)
        return ExitBadInput;
    const StoreResult<Identity> identity = Identity::of(*store, parser.value(ImportingUserOption));
    if (!identity) {
        err << identity.error().message << '\n';
        return ExitFindings;
    }
    ReportIntake intake(*store, identity.value());

    int exitCode = ExitOk;
    for (const QString &path : parser.positionalArguments()) {
        ImportResult imported = ReportImporter::read(path);
        if (!ReportSource::writeImportMessages(imported, err)) {
            exitCode = ExitBadInput;
            continue;
        }
        if (!imported.findings.isEmpty()) {
            if (exitCode == ExitOk)
                exitCode = ExitFindings;
            if (!parser.isSet(PartialOption)) {
                err << StoreCommands::tr(
                           "%1: not stored, because not all of its tables were read (see above); "
                           "--partial stores it anyway.")
                           .arg(path)
                    << '\n';
                continue;
            }
        }
        ReadResult &read = imported.read;
        ReportMeta &meta = read.report.meta;
        if (parser.isSet(ImportAgencyOption))
            meta.agencyName = parser.value(ImportAgencyOption);
        if (year)
            meta.year = *year;
        // A name that may mean an agency of the list, or another: the importer does not guess.
        if (!parser.isSet(ImportAgencyOption)) {
            const StoreResult<AgencyMatch> meant =
                AgencyDirectory(store->connection()).match(meta.agencyName);
            if (meant && meant->kind == AgencyMatchKind::Unsure) {
                err << StoreCommands::tr("%1: not stored: %2 Name the agency with --agency.")
                           .arg(path, meant->explanation(meta.agencyName.trimmed()))
                    << '\n';
                if (exitCode == ExitOk)
                    exitCode = ExitFindings;
                continue;
            }
        }
        // Counted here, so the list has the counts at once; without them they are counted later.
        const StoreResult<StampedCounts> counts = CountRefresher::countFor(*store, read.report);
        const StoreResult<ImportedReport> stored = intake.importReport(
            read.report, parser.isSet(ReplaceOption), counts ? std::optional(counts.value()) : std::nullopt);
        if (!stored) {
            err << StoreCommands::tr("%1: %2").arg(path, stored.error().message) << '\n';
            if (exitCode == ExitOk)
                exitCode = ExitFindings;
            continue;
        }
        const QString what =
            stored.value().replaced
                ? StoreCommands::tr("%1: replaced %2 %3 (format %4), now revision %5; the old "
                                    "content is kept as a revision.")
                : StoreCommands::tr("%1: imported %2 %3 (format %4) as a draft, revision %5.");
        out << what.arg(path, stored.value().agency.isEmpty() ? meta.agencyName : stored.value().agency)
                   .arg(meta.year)
                   .arg(meta.formatId)
                   .arg(stored.value().revision);
        if (!read.diagnostics.isEmpty()) {
            out << ' '
                << StoreCommands::tr("%n line(s) could not be mapped; see nianbao validate.", nullptr,
                                     int(read.diagnostics.size()));
            if (exitCode == ExitOk)
                exitCode = ExitFindings;
        }
        out << '\n';
    }
    return exitCode;
}

const Command &listCommand()
{
    static const Command command{
        .name = "list",
        .summary = QT_TRANSLATE_NOOP("Commands", "list the stored reports"),
        .run = runListCommand,
        .description = QT_TRANSLATE_NOOP("Commands", "Lists the reports in the database."),
        .usage = {"[--db] [--year] [--json]"},
        .options = {DatabaseOption, ListYearOption, ListJsonOption},
    };
    return command;
}

int runListCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(listCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    std::optional<int> year;
    if (!parser.year(ListYearOption, year, err))
        return ExitBadInput;
    const std::unique_ptr<ReportStore> store = parser.openStore(ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitBadInput;
    const StoreResult<QList<ReportSummary>> reports = store->listReports(year);
    if (!reports) {
        err << reports.error().message << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(ListJsonOption)) {
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

const Command &deleteCommand()
{
    static const Command command{
        .name = "delete",
        .summary = QT_TRANSLATE_NOOP("Commands", "delete a draft report"),
        .run = runDeleteCommand,
        .description = QT_TRANSLATE_NOOP(
            "Commands", "Deletes a draft report with its history. Only a draft: a report that was ever "
                        "submitted is kept. Once the database has users, only a clerk of the agency or a "
                        "supervisor may. Without --yes nothing is deleted: the command says what it would "
                        "delete."),
        .usage = {"--agency --year [--db] [--as] [--yes]"},
        .options = {DeleteAgencyOption, DeleteYearOption, DatabaseOption, ActingUserOption, YesOption},
    };
    return command;
}

int runDeleteCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(deleteCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    std::optional<int> year;
    if (!parser.year(DeleteYearOption, year, err))
        return ExitBadInput;
    if (!year || !parser.isSet(DeleteAgencyOption) || !parser.positionalArguments().isEmpty())
        return parser.usageError(err);
    const std::unique_ptr<ReportStore> store = parser.openStore(ReportStore::OpenMode::ReadWrite, err);
    if (!store)
        return ExitBadInput;
    const StoreResult<qint64> reportId = store->findReport(parser.value(DeleteAgencyOption), *year);
    if (!reportId) {
        err << reportId.error().message << '\n';
        return reportId.error().code == StoreError::Code::NotFound ? ExitFindings : ExitBadInput;
    }
    const StoreResult<Identity> identity = Identity::of(*store, parser.value(ActingUserOption));
    if (!identity) {
        err << identity.error().message << '\n';
        return ExitFindings;
    }
    const StoreResult<StoredReport> report = store->loadReport(reportId.value());
    if (!report) {
        err << report.error().message << '\n';
        return ExitBadInput;
    }
    const QString agency = report->report.meta.agencyName;
    // Asked before anything is deleted: the same refusal the deletion would give.
    if (const std::optional<QString> refused =
            ReviewPolicy::deleteRefusal(identity->user, agency, report->status)) {
        err << *refused << '\n';
        return ExitFindings;
    }
    if (!parser.isSet(YesOption)) {
        out << StoreCommands::tr("Would delete the %1 report of %2 (draft, revision %3) with its history; "
                                 "add --yes to delete it.")
                   .arg(*year)
                   .arg(agency)
                   .arg(report->revision)
            << '\n';
        return ExitFindings;
    }
    const StoreResult<StoredReport> deleted =
        ReportIntake(*store, identity.value()).deleteDraft(reportId.value());
    if (!deleted) {
        err << deleted.error().message << '\n';
        return ExitFindings;
    }
    out << StoreCommands::tr("Deleted the %1 report of %2 (draft, revision %3).")
               .arg(*year)
               .arg(agency)
               .arg(deleted->revision)
        << '\n';
    return ExitOk;
}

} // namespace nianbao
