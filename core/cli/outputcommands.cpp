// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputcommands.h"

#include "command.h"
#include "commandline.h"
#include "io/outputfile.h"
#include "output/yearexport.h"
#include "reportoutput.h"
#include "reportsource.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace nianbao {

// The translation context of these commands' messages.
class OutputCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::OutputCommands)
};

namespace {

// How one of the three commands differs from the others.
struct OutputCommand
{
    QString name;
    QString description;
    QString forms;          ///< what --to accepts, "" when the command has no --to
    QString defaultForm;    ///< the form without --to
    bool wholeYear = false; ///< takes --db and --year without --agency: every approved report of the year
};

// `export --db DB --year Y --to FORM -o DIR`: each approved report of the year into the folder.
int runYearExport(const QCommandLineParser &parser, const ReportSource &source, ReportExport::Form form,
                  const QString &folder, bool replace, QTextStream &out, QTextStream &err)
{
    const std::optional<int> year = source.year(parser, err);
    if (!year)
        return ExitBadInput;
    if (folder == u"-") {
        err << OutputCommands::tr("The reports of a year are written into a folder: name it with -o.")
            << '\n';
        return ExitBadInput;
    }
    const std::unique_ptr<ReportStore> store =
        CommandLine::openStore(parser, source.databaseOption(), ReportStore::OpenMode::ReadOnly, err);
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
        results.append(exporter.write(item, replace));
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

int runOutput(const OutputCommand &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addHelpOption();
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        command.wholeYear ? OutputCommands::tr("Output file ('-' for standard output), or the "
                                               "folder for the reports of a year.")
                          : OutputCommands::tr("Output file ('-' for standard output)."),
        QStringLiteral("OUT"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      OutputCommands::tr("Output form: %1.").arg(command.forms),
                                      QStringLiteral("FORM"), command.defaultForm);
    const QCommandLineOption overwriteOption(
        QStringLiteral("overwrite"),
        OutputCommands::tr("With the reports of a year: replace files of the same name in the folder."));
    parser.addOption(outputOption);
    if (!command.forms.isEmpty())
        parser.addOption(toOption);
    if (command.wholeYear)
        parser.addOption(overwriteOption);
    const ReportSource source(parser);
    if (const std::optional<int> done = CommandLine::parse(parser, command.name, arguments, out, err))
        return *done;
    const QString formId = command.forms.isEmpty() ? command.defaultForm : parser.value(toOption);
    const std::optional<ReportExport::Form> form =
        command.forms.split(u'|').contains(formId) || formId == command.defaultForm
            ? ReportExport::formFromId(formId)
            : std::nullopt;
    if (!form) {
        err << OutputCommands::tr("Unknown output form %1: use %2.").arg(formId, command.forms) << '\n';
        return ExitBadInput;
    }
    if (!parser.isSet(outputOption)) {
        err << OutputCommands::tr("Name the output file with -o.") << '\n';
        return ExitBadInput;
    }
    if (command.wholeYear && source.isWholeYear(parser))
        return runYearExport(parser, source, *form, parser.value(outputOption), parser.isSet(overwriteOption),
                             out, err);
    const QString path = parser.value(outputOption);
    // Refused before the work, not after: a PDF takes a while to lay out.
    if (const std::optional<QString> refused = path == u"-" ? std::nullopt : OutputFile::refusal(path)) {
        err << *refused << '\n';
        return ExitCannotWrite;
    }
    const std::optional<SourcedReport> sourced = source.load(parser, err);
    if (!sourced)
        return ExitBadInput;
    QString error;
    if (!ReportOutput::write(sourced->report, *form, path, out, &error,
                             sourced->seal ? &*sourced->seal : nullptr)) {
        err << error << '\n';
        return ExitCannotWrite;
    }
    return ExitOk;
}

} // namespace

int runPdfCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runOutput({QStringLiteral("pdf"),
                      OutputCommands::tr("Writes a report as a PDF in the layout of an official document."),
                      {},
                      QStringLiteral("pdf")},
                     arguments, out, err);
}

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runOutput(
        {QStringLiteral("export"),
         OutputCommands::tr("Writes a report as canonical text, JSON, an HTML page for publishing, a "
                            "PDF, a Word document or an OpenDocument text; with --db and --year but no "
                            "--agency, every approved report of the year into a folder."),
         QStringLiteral("text|json|html|pdf|docx|odt"), QStringLiteral("text"), true},
        arguments, out, err);
}

int runConvertCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runOutput({QStringLiteral("convert"),
                      OutputCommands::tr("Converts a report to the canonical text layout or to JSON."),
                      QStringLiteral("text|json"), QStringLiteral("text")},
                     arguments, out, err);
}

} // namespace nianbao
