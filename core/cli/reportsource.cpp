// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsource.h"

#include "commandline.h"
#include "import/reportimporter.h"
#include "review/sealedreport.h"
#include "storage/reportstore.h"

namespace nianbao {

bool ReportSource::isStored(const CommandLine &arguments)
{
    return arguments.isSet(Database) || arguments.isSet(Agency) || arguments.isSet(Year);
}

bool ReportSource::isWholeYear(const CommandLine &arguments)
{
    return (arguments.isSet(Database) || arguments.isSet(Year)) && !arguments.isSet(Agency) &&
           arguments.positionalArguments().isEmpty();
}

std::optional<int> ReportSource::year(const CommandLine &arguments, QTextStream &err)
{
    std::optional<int> year;
    if (!arguments.year(Year, year, err))
        return std::nullopt;
    if (!year)
        err << tr("Give the year with --year.") << '\n';
    return year;
}

std::optional<SourcedReport> ReportSource::load(const CommandLine &arguments, QTextStream &err)
{
    if (isStored(arguments))
        return loadStored(arguments, err);
    const QStringList files = arguments.positionalArguments();
    if (files.size() != 1) {
        err << tr("Give one report file, or --db with --agency and --year.") << '\n';
        return std::nullopt;
    }
    ImportResult read = ReportImporter::read(files.constFirst());
    if (!writeImportMessages(read, err))
        return std::nullopt;
    QList<Finding> errors = read.findings;
    return SourcedReport{std::move(read.read.report), std::nullopt, read.read.diagnostics.size(),
                         std::nullopt, std::move(errors)};
}

bool ReportSource::writeImportMessages(const ImportResult &read, QTextStream &err)
{
    if (!read.isReport()) {
        err << tr("%1 cannot be read as an annual report.").arg(read.path) << '\n';
        for (const Diagnostic &diagnostic : read.read.diagnostics)
            err << "  " << diagnostic.message << '\n';
        return false;
    }
    for (const Diagnostic &diagnostic : read.read.diagnostics)
        err << tr("%1, %2: %3").arg(read.path, read.describeLine(diagnostic.line), diagnostic.message)
            << '\n';
    for (const Finding &finding : read.readerWarnings() + read.findings)
        err << tr("%1: [%2] %3").arg(read.path, finding.rule, finding.message) << '\n';
    return true;
}

std::optional<SourcedReport> ReportSource::loadStored(const CommandLine &arguments, QTextStream &err)
{
    std::optional<int> year;
    if (!arguments.year(Year, year, err))
        return std::nullopt;
    if (!arguments.positionalArguments().isEmpty() || !arguments.isSet(Agency) || !year) {
        err << tr("A stored report is named by --agency and --year, without a file.") << '\n';
        return std::nullopt;
    }
    const std::unique_ptr<ReportStore> store = arguments.openStore(ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return std::nullopt;
    const StoreResult<qint64> id = store->findReport(arguments.value(Agency), *year);
    if (!id) {
        err << id.error().message << '\n';
        return std::nullopt;
    }
    StoreResult<SealedReport> sealed = SealedReport::load(*store, id.value());
    if (!sealed) {
        err << sealed.error().message << '\n';
        return std::nullopt;
    }
    StoreResult<std::optional<StoredReport>> previous = store->previousReport(id.value());
    if (!previous) {
        err << previous.error().message << '\n';
        return std::nullopt;
    }
    SourcedReport sourced{
        std::move(sealed.value().report), std::nullopt, 0, std::move(sealed.value().seal), {}};
    if (previous.value())
        sourced.previous = std::move(previous.value()->report);
    return sourced;
}

} // namespace nianbao
