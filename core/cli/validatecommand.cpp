// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "command.h"
#include "commandline.h"
#include "format.h"
#include "reportinput.h"
#include "reportsource.h"
#include "validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {

// The translation context of this command's messages.
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ValidateCommand)
};

namespace {

struct FileResult
{
    QString path;
    ReadResult read;
    QList<Finding> findings;
};

QString severityHeading(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ValidateCommand::tr("Errors");
    case Severity::Warning:
        return ValidateCommand::tr("Warnings");
    case Severity::Notice:
        break;
    }
    return ValidateCommand::tr("Notices");
}

QJsonObject toJson(const FileResult &result)
{
    const Report &report = result.read.report;
    QJsonArray diagnostics;
    for (const Diagnostic &diagnostic : result.read.diagnostics)
        diagnostics.append(QJsonObject{{QStringLiteral("line"), diagnostic.line},
                                       {QStringLiteral("message"), diagnostic.message}});
    QJsonArray findings;
    for (const Finding &finding : result.findings) {
        QJsonArray where;
        for (const Location &location : finding.where)
            where.append(report.format() ? locationId(*report.format(), location) : QString());
        QJsonObject object{{QStringLiteral("severity"), severityId(finding.severity)},
                           {QStringLiteral("rule"), finding.rule},
                           {QStringLiteral("where"), where},
                           {QStringLiteral("message"), finding.message}};
        if (finding.fix && report.format())
            object.insert(QStringLiteral("fix"),
                          QJsonObject{{QStringLiteral("cell"), report.format()->cellId(finding.fix->cell)},
                                      {QStringLiteral("value"),
                                       finding.fix->value.toText(
                                           report.format()->column(finding.fix->cell).kind,
                                           report.format()->column(finding.fix->cell).unitInCell)}});
        findings.append(object);
    }
    QJsonObject object{{QStringLiteral("file"), result.path},
                       {QStringLiteral("diagnostics"), diagnostics},
                       {QStringLiteral("findings"), findings}};
    if (result.read.isReport) {
        object.insert(QStringLiteral("agency"), report.meta.agencyName);
        object.insert(QStringLiteral("year"), report.meta.year);
        object.insert(QStringLiteral("format"), report.meta.formatId);
    } else {
        object.insert(QStringLiteral("agency"), QJsonValue::Null);
        object.insert(QStringLiteral("year"), QJsonValue::Null);
        object.insert(QStringLiteral("format"), QJsonValue::Null);
    }
    return object;
}

void writePlain(const FileResult &result, QTextStream &out)
{
    const ReportMeta &meta = result.read.report.meta;
    out << "== " << result.path;
    if (result.read.isReport)
        out << ValidateCommand::tr(" — %1, report year %2, format %3")
                   .arg(meta.agencyName)
                   .arg(meta.year)
                   .arg(meta.formatId);
    out << " ==\n";
    if (!result.read.isReport)
        out << ValidateCommand::tr("Not readable as an annual report.") << '\n';
    if (!result.read.diagnostics.isEmpty()) {
        out << ValidateCommand::tr("Could not be mapped (%1):").arg(result.read.diagnostics.size()) << '\n';
        for (const Diagnostic &diagnostic : result.read.diagnostics)
            out << "  " << ValidateCommand::tr("line %1: %2").arg(diagnostic.line).arg(diagnostic.message)
                << '\n';
    }
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Notice}) {
        QStringList lines;
        for (const Finding &finding : result.findings) {
            if (finding.severity == severity)
                lines.append(QStringLiteral("  [%1] %2").arg(finding.rule, finding.message));
        }
        if (lines.isEmpty())
            continue;
        out << severityHeading(severity) << QStringLiteral("（%1）：\n").arg(lines.size())
            << lines.join(u'\n') << '\n';
    }
    if (result.read.isReport && result.findings.isEmpty() && result.read.diagnostics.isEmpty())
        out << ValidateCommand::tr("No findings.") << '\n';
    out << '\n';
}

} // namespace

int runValidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ValidateCommand::tr("Checks annual reports against the official format and its rules."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ValidateCommand::tr("Write the results as JSON."));
    const QCommandLineOption previousOption(
        QStringLiteral("previous"),
        ValidateCommand::tr("The same agency's report of the year before, for the cross-year rules."),
        QStringLiteral("FILE"));
    parser.addOptions({jsonOption, previousOption});
    const ReportSource source(parser, ReportSource::FileArgument::None);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 ValidateCommand::tr("Report files (text layout or JSON)."),
                                 QStringLiteral("FILE…"));
    if (const std::optional<int> done =
            CommandLine::parse(parser, QStringLiteral("validate"), arguments, out, err))
        return *done;
    if (parser.positionalArguments().isEmpty() && !source.isStored(parser)) {
        err << ValidateCommand::tr("No report file given.") << '\n' << parser.helpText();
        return ExitBadInput;
    }

    std::optional<Report> previous;
    if (parser.isSet(previousOption)) {
        ReadResult read = ReportInput::load(parser.value(previousOption));
        if (!read.isReport) {
            err << ValidateCommand::tr("The previous report %1 cannot be read.")
                       .arg(parser.value(previousOption))
                << '\n';
            return ExitBadInput;
        }
        previous = std::move(read.report);
    }

    QList<FileResult> results;
    if (source.isStored(parser)) {
        std::optional<SourcedReport> stored = source.load(parser, err);
        if (!stored)
            return ExitBadInput;
        if (!previous)
            previous = std::move(stored->previous);
        results.append(
            {parser.value(source.databaseOption()), ReadResult{true, std::move(stored->report), {}, {}}, {}});
    } else {
        for (const QString &path : parser.positionalArguments())
            results.append({path, ReportInput::load(path), {}});
    }

    int exitCode = ExitOk;
    QJsonArray json;
    for (FileResult &result : results) {
        if (result.read.isReport) {
            result.findings = result.read.notices;
            result.findings += Validator::validate(result.read.report, previous ? &*previous : nullptr);
            std::stable_sort(result.findings.begin(), result.findings.end(),
                             [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
            const bool hasErrors =
                std::any_of(result.findings.cbegin(), result.findings.cend(),
                            [](const Finding &f) { return f.severity == Severity::Error; });
            if (hasErrors && exitCode == ExitOk)
                exitCode = ExitFindings;
        } else {
            exitCode = ExitBadInput;
        }
        if (parser.isSet(jsonOption))
            json.append(toJson(result));
        else
            writePlain(result, out);
    }
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return exitCode;
}

} // namespace nianbao
