// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsource.h"

#include "commandline.h"
#include "reportinput.h"
#include "review/reviewworkflow.h"
#include "storage/reportstore.h"
#include "textlayout/reportreader.h"

namespace nianbao {

ReportSource::ReportSource(QCommandLineParser &parser, FileArgument fileArgument)
    : m_db(QStringLiteral("db"), tr("Take the report from this database (with --agency and --year)."),
           QStringLiteral("DB"))
    , m_agency(QStringLiteral("agency"), tr("Agency of the report in the database."), QStringLiteral("A"))
    , m_year(QStringLiteral("year"), tr("Year of the report in the database."), QStringLiteral("Y"))
{
    parser.addOptions({m_db, m_agency, m_year});
    if (fileArgument == FileArgument::One)
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("A report file (text layout or JSON)."),
                                     QStringLiteral("[FILE]"));
}

bool ReportSource::isStored(const QCommandLineParser &parser) const
{
    return parser.isSet(m_db);
}

bool ReportSource::isWholeYear(const QCommandLineParser &parser) const
{
    return parser.isSet(m_db) && !parser.isSet(m_agency) && parser.positionalArguments().isEmpty();
}

std::optional<int> ReportSource::year(const QCommandLineParser &parser, QTextStream &err) const
{
    bool ok = false;
    const int year = parser.value(m_year).toInt(&ok);
    if (!ok) {
        err << tr("Give the year with --year.") << '\n';
        return std::nullopt;
    }
    return year;
}

std::optional<SourcedReport> ReportSource::load(const QCommandLineParser &parser, QTextStream &err) const
{
    if (isStored(parser))
        return loadStored(parser, err);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("Give one report file, or --db with --agency and --year.") << '\n';
        return std::nullopt;
    }
    ReadResult read = ReportInput::load(files.constFirst());
    if (!read.isReport) {
        err << tr("%1 cannot be read as an annual report.").arg(files.constFirst()) << '\n';
        for (const Diagnostic &diagnostic : read.diagnostics)
            err << "  " << diagnostic.message << '\n';
        return std::nullopt;
    }
    for (const Diagnostic &diagnostic : read.diagnostics)
        err << tr("%1, line %2: %3").arg(files.constFirst()).arg(diagnostic.line).arg(diagnostic.message)
            << '\n';
    return SourcedReport{std::move(read.report), std::nullopt, std::nullopt};
}

std::optional<SourcedReport> ReportSource::loadStored(const QCommandLineParser &parser,
                                                      QTextStream &err) const
{
    std::optional<int> year;
    if (!CommandLine::year(parser, m_year, year, err))
        return std::nullopt;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(m_agency) || !year) {
        err << tr("With --db, give --agency and --year and no file.") << '\n';
        return std::nullopt;
    }
    auto store = ReportStore::open(parser.value(m_db), ReportStore::OpenMode::ReadOnly);
    if (!store) {
        err << store.error().message << '\n';
        return std::nullopt;
    }
    const StoreResult<qint64> id = store.value()->findReport(parser.value(m_agency), *year);
    if (!id) {
        err << id.error().message << '\n';
        return std::nullopt;
    }
    StoreResult<StoredReport> stored = store.value()->loadReport(id.value());
    if (!stored) {
        err << stored.error().message << '\n';
        return std::nullopt;
    }
    // Damaged content is never written out or checked as if it were the report.
    if (stored->content == ContentCheck::Damaged) {
        err << stored->damage() << '\n';
        return std::nullopt;
    }
    StoreResult<std::optional<StoredReport>> previous = store.value()->previousReport(id.value());
    if (!previous) {
        err << previous.error().message << '\n';
        return std::nullopt;
    }
    SourcedReport sourced{std::move(stored.value().report), std::nullopt, std::nullopt};
    if (stored->status == ReportStatus::Approved) {
        // An approved report goes out only as approved: with its supervisor's signature when it has
        // one, never when its approval no longer holds.
        const StoreResult<ApprovalCheck> approval = ReviewWorkflow(*store.value()).verifyApproval(id.value());
        if (!approval) {
            err << approval.error().message << '\n';
            return std::nullopt;
        }
        if (!approval->intact()) {
            err << approval->problem() << '\n';
            return std::nullopt;
        }
        if (approval->seal) {
            // What `nianbao verify` rebuilds the file from, so that the file checks.
            ReadResult signedReport = ReportReader::read(approval->seal->signedText);
            if (signedReport.isReport) {
                sourced.report = std::move(signedReport.report);
                sourced.seal = approval->seal;
            }
        }
    }
    if (previous.value())
        sourced.previous = std::move(previous.value()->report);
    return sourced;
}

} // namespace nianbao
