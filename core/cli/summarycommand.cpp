// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarycommand.h"

#include "command.h"
#include "commandline.h"
#include "summary/countysummary.h"
#include "summary/summaryoutput.h"
#include "summary/summarysource.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nianbao {

// The translation context of this command's messages.
class SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SummaryCommand)
};

int runSummaryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SummaryCommand::tr(
        "Writes the county summary of a year: the key figures of every agency's report, the county totals "
        "and their change from last year, outliers and reports with errors marked; the PDF adds the "
        "charts."));
    parser.addHelpOption();
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption yearOption(QStringLiteral("year"), SummaryCommand::tr("The report year."),
                                        QStringLiteral("Y"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        SummaryCommand::tr("Output form: xlsx, csv, json or pdf (default: the file's suffix)."),
        QStringLiteral("FORM"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        SummaryCommand::tr("Output file ('-' for standard output, CSV and JSON only)."),
        QStringLiteral("OUT"));
    parser.addOptions({dbOption, yearOption, toOption, outputOption});
    if (const std::optional<int> done =
            CommandLine::parse(parser, QStringLiteral("summary"), arguments, out, err))
        return *done;
    std::optional<int> year;
    if (!CommandLine::year(parser, yearOption, year, err))
        return ExitBadInput;
    if (!year || !parser.isSet(outputOption) || !parser.positionalArguments().isEmpty()) {
        err << SummaryCommand::tr(
                   "Usage: nianbao summary [--db DB] --year Y [--to xlsx|csv|json|pdf] -o FILE")
            << '\n';
        return ExitBadInput;
    }
    const QString path = parser.value(outputOption);
    const std::optional<SummaryOutput::Form> form = parser.isSet(toOption)
                                                        ? SummaryOutput::formFromId(parser.value(toOption))
                                                        : SummaryOutput::formOfPath(path);
    if (!form) {
        err << (parser.isSet(toOption)
                    ? SummaryCommand::tr("Unknown output form %1: use xlsx, csv, json or pdf.")
                          .arg(parser.value(toOption))
                    : SummaryCommand::tr("Say the output form with --to xlsx, csv, json or pdf."))
            << '\n';
        return ExitBadInput;
    }
    const std::unique_ptr<ReportStore> store =
        CommandLine::openStore(parser, dbOption, ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitBadInput;
    const StoreResult<CountySummary> summary = SummarySource::load(*store, *year);
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
        return ExitBadInput;
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
