// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputcommands.h"

#include "command.h"
#include "commandline.h"
#include "io/outputfile.h"
#include "output/yearexport.h"
#include "reportoutput.h"
#include "reportsource.h"

#include <QCoreApplication>

#include <algorithm>

namespace nianbao {

// The translation context of these commands' messages.
class OutputCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::OutputCommands)
};

namespace {

constexpr Option OutputOption{
    .name = "output",
    .valueName = QT_TRANSLATE_NOOP("Commands", "OUT"),
    .description = QT_TRANSLATE_NOOP("Commands", "The file to write ('-' for standard output)."),
    .shortName = 'o',
    .value = ValueKind::File,
};

constexpr Option ExportOutputOption{
    .name = "output",
    .valueName = QT_TRANSLATE_NOOP("Commands", "OUT"),
    .description = QT_TRANSLATE_NOOP("Commands", "The file to write ('-' for standard output), or the folder "
                                                 "for the approved reports of a year."),
    .shortName = 'o',
    .value = ValueKind::File,
};

constexpr Option ConvertFormOption{
    .name = "to",
    .valueName = QT_TRANSLATE_NOOP("Commands", "FORM"),
    .description = QT_TRANSLATE_NOOP("Commands", "text (the canonical text layout, the default) or json "
                                                 "(the whole model)."),
    .value = ValueKind::Choice,
    .choices = "text|json",
    .defaultValue = "text",
};

constexpr Option ExportFormOption{
    .name = "to",
    .valueName = QT_TRANSLATE_NOOP("Commands", "FORM"),
    .description = QT_TRANSLATE_NOOP("Commands", "text (the canonical text layout, the default), json, html "
                                                 "(a page for publishing), pdf, docx (Word) or odt "
                                                 "(OpenDocument text)."),
    .value = ValueKind::Choice,
    .choices = "text|json|html|pdf|docx|odt",
    .defaultValue = "text",
};

constexpr Option OverwriteOption{
    .name = "overwrite",
    .description = QT_TRANSLATE_NOOP("Commands", "With the reports of a year: replace files of the same name "
                                                 "in the folder."),
};

// `export --db DB --year Y --to FORM -o DIR`: each approved report of the year into the folder.
int runYearExport(const CommandLine &parser, ReportExport::Form form, QTextStream &out, QTextStream &err)
{
    const std::optional<int> year = ReportSource::year(parser, err);
    if (!year)
        return ExitBadInput;
    const QString folder = parser.value(ExportOutputOption);
    if (folder == u"-")
        return parser.usageError(
            err, OutputCommands::tr("The reports of a year are written into a folder: name it with -o."));
    const std::unique_ptr<ReportStore> store = parser.openStore(ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitBadInput;
    const YearExport exporter(*store, *year, form, folder);
    const StoreResult<QList<YearExport::Item>> items = exporter.plan();
    if (!items) {
        err << items.error().message << '\n';
        return ExitBadInput;
    }
    if (items.value().isEmpty()) {
        err << OutputCommands::tr("No report of %1 is approved: nothing was exported.").arg(*year) << '\n';
        return ExitFindings;
    }
    QList<YearExport::Result> results;
    for (const YearExport::Item &item : items.value()) {
        results.append(exporter.write(item, parser.isSet(OverwriteOption)));
        (results.constLast().outcome == YearExport::Outcome::Written ? out : err)
            << results.constLast().message << '\n';
    }
    out << YearExport::summary(results) << '\n';
    const auto any = [&results](YearExport::Outcome outcome) {
        return std::any_of(results.cbegin(), results.cend(),
                           [outcome](const YearExport::Result &result) { return result.outcome == outcome; });
    };
    if (any(YearExport::Outcome::Kept))
        err << OutputCommands::tr("Files that exist are kept; --overwrite replaces them.") << '\n';
    if (any(YearExport::Outcome::Failed))
        return ExitCannotWrite;
    return any(YearExport::Outcome::Kept) ? ExitFindings : ExitOk;
}

// The three commands differ in the forms they write: convert and export take --to, pdf writes PDF;
// export also writes the approved reports of a year into a folder.
int runOutput(const Command &command, const Option *formOption, const QStringList &arguments,
              QTextStream &out, QTextStream &err)
{
    CommandLine parser(command);
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    if (!parser.isSet(OutputOption))
        return parser.usageError(err, OutputCommands::tr("Name the output file with -o (or -o - for standard "
                                                         "output)."));
    const std::optional<ReportExport::Form> form =
        ReportExport::formFromId(formOption ? parser.value(*formOption) : QStringLiteral("pdf"));
    if (&command == &exportCommand() && ReportSource::isWholeYear(parser))
        return runYearExport(parser, *form, out, err);
    const QString path = parser.value(OutputOption);
    // Refused before the work, not after: a PDF takes a while to lay out.
    if (const std::optional<QString> refused = path == u"-" ? std::nullopt : OutputFile::refusal(path)) {
        err << *refused << '\n';
        return ExitCannotWrite;
    }
    const std::optional<SourcedReport> sourced = ReportSource::load(parser, err);
    if (!sourced)
        return ExitBadInput;
    QString error;
    if (!ReportOutput::write(sourced->report, *form, path, out, &error,
                             sourced->seal ? &*sourced->seal : nullptr)) {
        err << error << '\n';
        return ExitCannotWrite;
    }
    // Written, but what the source held was not all read: not a success (what was not is on err).
    return sourced->unreadLines > 0 || !sourced->importErrors.isEmpty() ? ExitFindings : ExitOk;
}

} // namespace

const Command &pdfCommand()
{
    static const Command command{
        .name = "pdf",
        .summary = QT_TRANSLATE_NOOP("Commands", "write a report as a PDF in official-document layout"),
        .run = runPdfCommand,
        .needsGui = true,
        .description = QT_TRANSLATE_NOOP("Commands", "Writes a report as a PDF in the layout of an official "
                                                     "document (GB/T 9704-2012)."),
        .usage = {"FILE -o", "--agency --year [--db] -o"},
        .options = {OutputOption, ReportSource::Database, ReportSource::Agency, ReportSource::Year},
        .arguments = {ReportSource::File},
    };
    return command;
}

int runPdfCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runOutput(pdfCommand(), nullptr, arguments, out, err);
}

const Command &exportCommand()
{
    static const Command command{
        .name = "export",
        .summary = QT_TRANSLATE_NOOP(
            "Commands",
            "write a report (or a year's approved reports) as text, JSON, HTML, PDF, Word or ODT"),
        .run = runExportCommand,
        .needsGui = true,
        .description = QT_TRANSLATE_NOOP("Commands", "Writes a report as canonical text, JSON, an HTML page "
                                                     "for publishing, a PDF, a Word document or an "
                                                     "OpenDocument text; with --year but no --agency, every "
                                                     "approved report of the year into a folder."),
        .usage = {"FILE [--to] -o", "--agency --year [--db] [--to] -o",
                  "--year [--db] [--to] [--overwrite] -o"},
        .options = {ExportFormOption, ExportOutputOption, OverwriteOption, ReportSource::Database,
                    ReportSource::Agency, ReportSource::Year},
        .arguments = {ReportSource::File},
    };
    return command;
}

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runOutput(exportCommand(), &ExportFormOption, arguments, out, err);
}

const Command &convertCommand()
{
    static const Command command{
        .name = "convert",
        .summary = QT_TRANSLATE_NOOP("Commands", "write a report file as canonical text or JSON"),
        .run = runConvertCommand,
        .description = QT_TRANSLATE_NOOP("Commands", "Converts a report to the canonical text layout or to "
                                                     "JSON."),
        .usage = {"FILE [--to] -o", "--agency --year [--db] [--to] -o"},
        .options = {ConvertFormOption, OutputOption, ReportSource::Database, ReportSource::Agency,
                    ReportSource::Year},
        .arguments = {ReportSource::File},
    };
    return command;
}

int runConvertCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runOutput(convertCommand(), &ConvertFormOption, arguments, out, err);
}

} // namespace nianbao
