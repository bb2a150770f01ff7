// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "command.h"
#include "commandline.h"
#include "format.h"
#include "reportinput.h"
#include "reportsource.h"
#include "validation/validator.h"

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

namespace {

constexpr Option JsonOption{
    .name = "json",
    .description = QT_TRANSLATE_NOOP("Commands", "Write the results as JSON."),
};

constexpr Option PreviousOption{
    .name = "previous",
    .valueName = QT_TRANSLATE_NOOP("Commands", "FILE"),
    .description = QT_TRANSLATE_NOOP(
        "Commands", "The same agency's report of the year before, for the cross-year rules."),
    .value = ValueKind::File,
};

} // namespace

const Command &validateCommand()
{
    static const Command command{
        .name = "validate",
        .summary = QT_TRANSLATE_NOOP("Commands", "check report files or a stored report"),
        .run = runValidateCommand,
        .description = QT_TRANSLATE_NOOP("Commands", "Checks annual reports against the official format and "
                                                     "its rules."),
        .usage = {"[--json] [--previous] FILE…", "[--json] --agency --year [--db]"},
        .options = {JsonOption, PreviousOption, ReportSource::Database, ReportSource::Agency,
                    ReportSource::Year},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "FILE…"),
                       QT_TRANSLATE_NOOP("Commands", "Report files (text layout or JSON).")}},
    };
    return command;
}

int runValidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(validateCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    if (parser.positionalArguments().isEmpty() && !ReportSource::isStored(parser))
        return parser.usageError(err, ValidateCommand::tr("No report file given."));

    std::optional<Report> previous;
    if (parser.isSet(PreviousOption)) {
        ReadResult read = ReportInput::load(parser.value(PreviousOption));
        if (!read.isReport) {
            err << ValidateCommand::tr("The previous report %1 cannot be read.")
                       .arg(parser.value(PreviousOption))
                << '\n';
            return ExitBadInput;
        }
        previous = std::move(read.report);
    }

    QList<FileResult> results;
    if (ReportSource::isStored(parser)) {
        std::optional<SourcedReport> stored = ReportSource::load(parser, err);
        if (!stored)
            return ExitBadInput;
        if (!previous)
            previous = std::move(stored->previous);
        results.append({parser.databasePath(), ReadResult{true, std::move(stored->report), {}, {}}, {}});
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
        if (parser.isSet(JsonOption))
            json.append(toJson(result));
        else
            writePlain(result, out);
    }
    if (parser.isSet(JsonOption))
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return exitCode;
}

} // namespace nianbao
