// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarycommand.h"

#include "command.h"
#include "commandline.h"
#include "io/outputfile.h"
#include "review/identity.h"
#include "summary/countysummary.h"
#include "summary/summaryoutput.h"
#include "summary/summarysource.h"

#include <QCoreApplication>

namespace nianbao {

// The translation context of this command's messages.
class SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SummaryCommand)
};

namespace {

constexpr Option SummaryYearOption{
    .name = "year",
    .valueName = QT_TRANSLATE_NOOP("Commands", "YEAR"),
    .description = QT_TRANSLATE_NOOP("Commands", "The report year."),
};

constexpr Option SummaryFormOption{
    .name = "to",
    .valueName = QT_TRANSLATE_NOOP("Commands", "FORM"),
    .description =
        QT_TRANSLATE_NOOP("Commands", "xlsx, csv, json or pdf (default: the output file's suffix)."),
    .value = ValueKind::Choice,
    .choices = "xlsx|csv|json|pdf",
};

constexpr Option SummaryOutputOption{
    .name = "output",
    .valueName = QT_TRANSLATE_NOOP("Commands", "OUT"),
    .description = QT_TRANSLATE_NOOP("Commands", "The file to write ('-' for standard output, CSV and JSON "
                                                 "only)."),
    .shortName = 'o',
    .value = ValueKind::File,
};

} // namespace

const Command &summaryCommand()
{
    static const Command command{
        .name = "summary",
        .summary = QT_TRANSLATE_NOOP("Commands", "write the county summary of a year as a spreadsheet, CSV, "
                                                 "JSON or PDF"),
        .run = runSummaryCommand,
        .needsGui = true,
        .needsWidgets = true,
        .description = QT_TRANSLATE_NOOP(
            "Commands", "Writes the county summary of a year: the key figures of every agency's report, the "
                        "county totals and their change from last year, outliers and reports with errors "
                        "marked; the PDF adds the charts."),
        .usage = {"[--db] --year [--to] -o [--as]"},
        .options = {DatabaseOption, SummaryYearOption, SummaryFormOption, SummaryOutputOption,
                    ActingUserOption},
    };
    return command;
}

int runSummaryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(summaryCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    std::optional<int> year;
    if (!parser.year(SummaryYearOption, year, err))
        return ExitBadInput;
    if (!year || !parser.isSet(SummaryOutputOption) || !parser.positionalArguments().isEmpty())
        return parser.usageError(err);
    const QString path = parser.value(SummaryOutputOption);
    const std::optional<SummaryOutput::Form> form =
        parser.isSet(SummaryFormOption) ? SummaryOutput::formFromId(parser.value(SummaryFormOption))
                                        : SummaryOutput::formOfPath(path);
    if (!form)
        return parser.usageError(err,
                                 SummaryCommand::tr("Say the output form with --to xlsx, csv, json or pdf."));
    if (path == u"-" && (*form == SummaryOutput::Form::Xlsx || *form == SummaryOutput::Form::Pdf))
        return parser.usageError(err, SummaryCommand::tr("A spreadsheet or PDF is written to a file: name it "
                                                         "with -o."));
    // Refused before the work, as every output is (the exit code of an output that cannot be written).
    if (const std::optional<QString> refused = path == u"-" ? std::nullopt : OutputFile::refusal(path)) {
        err << *refused << '\n';
        return ExitCannotWrite;
    }
    const std::unique_ptr<ReportStore> store = parser.openStore(ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitBadInput;
    // The agencies --as supervises (on a server those of the login); without, every agency.
    const StoreResult<std::optional<User>> viewer = Identity::viewer(*store, parser.value(ActingUserOption));
    if (!viewer) {
        err << viewer.error().message << '\n';
        return ExitBadInput;
    }
    const StoreResult<CountySummary> summary = SummarySource::load(*store, *year, viewer.value());
    if (!summary) {
        err << summary.error().message << '\n';
        return ExitBadInput;
    }
    if (summary->rows().isEmpty()) {
        err << SummaryCommand::tr("No reports stored for %1.").arg(*year) << '\n';
        return ExitBadInput;
    }
    QString error;
    if (!SummaryOutput::write(summary.value(), *form, path, out, &error)) {
        err << error << '\n';
        return ExitCannotWrite;
    }
    if (path != u"-")
        out << SummaryCommand::tr("Wrote the %1 summary to %2: %3 reports, %4 with errors, %5 with outliers.")
                   .arg(*year)
                   .arg(path)
                   .arg(summary->totals().reports)
                   .arg(summary->reportsWithErrors())
                   .arg(summary->reportsWithOutliers())
            << '\n';
    return ExitOk;
}

} // namespace nianbao
