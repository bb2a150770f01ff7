// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "command.h"
#include "commandline.h"
#include "format.h"
#include "import/reportimporter.h"
#include "reportsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>

#include <atomic>

#include <unistd.h>

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
    ImportResult read;
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
    const Report &report = result.read.read.report;
    // A line of the text layout is named by its place in the source (a PDF page, a Word table cell).
    const auto whereId = [&](const Location &location) {
        if (location.kind == Location::Kind::Line)
            return result.read.position(location.line).id();
        return report.format() ? locationId(*report.format(), location) : QString();
    };
    QJsonArray diagnostics;
    for (const Diagnostic &diagnostic : result.read.read.diagnostics)
        diagnostics.append(
            QJsonObject{{QStringLiteral("line"), diagnostic.line},
                        {QStringLiteral("where"),
                         diagnostic.line > 0 ? result.read.position(diagnostic.line).id() : QString()},
                        {QStringLiteral("message"), diagnostic.message}});
    QJsonArray findings;
    for (const Finding &finding : result.findings) {
        QJsonArray where;
        for (const Location &location : finding.where)
            where.append(whereId(location));
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
    if (result.read.isReport()) {
        object.insert(QStringLiteral("agency"), report.meta.agencyName);
        object.insert(QStringLiteral("year"), report.meta.year);
        object.insert(QStringLiteral("format"), report.meta.formatId);
    } else {
        object.insert(QStringLiteral("agency"), QJsonValue::Null);
        object.insert(QStringLiteral("year"), QJsonValue::Null);
        object.insert(QStringLiteral("format"), QJsonValue::Null);
    }
    object.insert(QStringLiteral("import"), result.read.accountingJson());
    return object;
}

void writePlain(const FileResult &result, QTextStream &out)
{
    const ReportMeta &meta = result.read.read.report.meta;
    out << "== " << result.path;
    if (result.read.isReport())
        out << ValidateCommand::tr(" — %1, report year %2, format %3")
                   .arg(meta.agencyName)
                   .arg(meta.year)
                   .arg(meta.formatId);
    out << " ==\n";
    if (!result.read.isReport())
        out << ValidateCommand::tr("Not readable as an annual report.") << '\n';
    const QList<Diagnostic> &diagnostics = result.read.read.diagnostics;
    if (!diagnostics.isEmpty()) {
        out << ValidateCommand::tr("Could not be mapped (%1):").arg(diagnostics.size()) << '\n';
        for (const Diagnostic &diagnostic : diagnostics) {
            if (diagnostic.line > 0)
                out << "  " << result.read.describeLine(diagnostic.line) << ValidateCommand::tr(": ")
                    << diagnostic.message << '\n';
            else
                out << "  " << diagnostic.message << '\n';
        }
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
    if (result.read.isReport() && result.findings.isEmpty() && diagnostics.isEmpty())
        out << ValidateCommand::tr("No findings.") << '\n';
    out << '\n';
}

/// The files the arguments name: files as given, the files of a folder in name order.
QStringList filesOf(const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (!info.isDir()) {
            files.append(argument);
            continue;
        }
        const QDir dir(argument);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

/**
 * Reads and checks the files on every core; on a terminal the progress is shown on standard error.
 * Results keep the order of the files.
 */
QList<FileResult> validateFiles(const QStringList &files, const Report *previous, QTextStream &err)
{
    QList<FileResult> results(files.size());
    std::atomic<int> done = 0;
    QThreadPool pool;
    for (qsizetype i = 0; i < files.size(); ++i) {
        pool.start([&, i] {
            FileResult &result = results[i];
            result.path = files[i];
            result.read = ReportImporter::read(files[i]);
            if (result.read.isReport())
                result.findings = result.read.validate(previous);
            ++done;
        });
    }
    const bool showProgress = files.size() > 1 && isatty(STDERR_FILENO);
    constexpr int progressMilliseconds = 100;
    while (!pool.waitForDone(progressMilliseconds)) {
        if (showProgress)
            err << '\r' << ValidateCommand::tr("Checked %1 of %2 files…").arg(done.load()).arg(files.size())
                << Qt::flush;
    }
    if (showProgress)
        err << '\r' << ValidateCommand::tr("Checked %1 of %2 files.").arg(files.size()).arg(files.size())
            << '\n'
            << Qt::flush;
    return results;
}

} // namespace

namespace {

constexpr Option JsonOption{
    .name = "json",
    .description = QT_TRANSLATE_NOOP("Commands", "Write the results as JSON, with what was read of each "
                                                 "table of a file (import)."),
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
                       QT_TRANSLATE_NOOP("Commands",
                                         "Report files (Word .docx, PDF, web pages .html, text or "
                                         "Nianbao JSON), or folders of them: checked on every "
                                         "core, with progress on a terminal.")}},
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
        ImportResult read = ReportImporter::read(parser.value(PreviousOption));
        if (!read.isReport()) {
            err << ValidateCommand::tr("The previous report %1 cannot be read.")
                       .arg(parser.value(PreviousOption))
                << '\n';
            return ExitBadInput;
        }
        previous = std::move(read.read.report);
    }

    QList<FileResult> results;
    if (ReportSource::isStored(parser)) {
        std::optional<SourcedReport> stored = ReportSource::load(parser, err);
        if (!stored)
            return ExitBadInput;
        if (!previous)
            previous = std::move(stored->previous);
        FileResult result;
        result.path = parser.databasePath();
        result.read.kind = SourceKind::Json;
        result.read.read.isReport = true;
        result.read.read.report = std::move(stored->report);
        result.findings = result.read.validate(previous ? &*previous : nullptr);
        results.append(std::move(result));
    } else {
        results = validateFiles(filesOf(parser.positionalArguments()), previous ? &*previous : nullptr, err);
    }

    int exitCode = ExitOk;
    QJsonArray json;
    for (const FileResult &result : std::as_const(results)) {
        if (result.read.isReport()) {
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
