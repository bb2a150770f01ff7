// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputcommands.h"

#include "command.h"
#include "commandline.h"
#include "io/outputfile.h"
#include "reportoutput.h"
#include "reportsource.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    QString forms;       ///< what --to accepts, "" when the command has no --to
    QString defaultForm; ///< the form without --to
};

int runOutput(const OutputCommand &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addHelpOption();
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          OutputCommands::tr("Output file ('-' for standard output)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      OutputCommands::tr("Output form: %1.").arg(command.forms),
                                      QStringLiteral("FORM"), command.defaultForm);
    parser.addOption(outputOption);
    if (!command.forms.isEmpty())
        parser.addOption(toOption);
    const ReportSource source(parser);
    if (const std::optional<int> done = CommandLine::parse(parser, command.name, arguments, out, err))
        return *done;
    const QString formId = command.forms.isEmpty() ? command.defaultForm : parser.value(toOption);
    const std::optional<ReportOutput::Form> form =
        command.forms.split(u'|').contains(formId) || formId == command.defaultForm
            ? ReportOutput::formFromId(formId)
            : std::nullopt;
    if (!form) {
        err << OutputCommands::tr("Unknown output form %1: use %2.").arg(formId, command.forms) << '\n';
        return ExitBadInput;
    }
    if (!parser.isSet(outputOption)) {
        err << OutputCommands::tr("Name the output file with -o.") << '\n';
        return ExitBadInput;
    }
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
    if (!ReportOutput::write(sourced->report, *form, path, out, &error)) {
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
         OutputCommands::tr("Writes a report as canonical text, JSON, an HTML page for publishing, "
                            "or a PDF."),
         QStringLiteral("text|json|html|pdf"), QStringLiteral("text")},
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
