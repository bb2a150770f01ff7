// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "signing/exportseal.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace nianbao {

/// A report a command works on, with the same agency's report of the year before when the store has it.
struct SourcedReport
{
    Report report;
    std::optional<Report> previous;
    /// A stored report approved with a signature: the approval its exports carry, and report is the
    /// report as signed.
    std::optional<ExportSeal> seal;
};

/**
 * Where a command takes its report from: a file (text layout or JSON) given as the one positional
 * argument, or a report in the database chosen with `--db DB --agency A --year Y`.
 */
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportSource)
public:
    enum class FileArgument : quint8 { One, None };

    /// Adds --db, --agency and --year to parser, and the FILE argument unless told not to.
    explicit ReportSource(QCommandLineParser &parser, FileArgument fileArgument = FileArgument::One);

    /// Whether the parsed arguments name a stored report (--db).
    bool isStored(const QCommandLineParser &parser) const;

    /// Whether the parsed arguments name a database and a year but no agency and no file: every
    /// report of the year (for the commands that take that).
    bool isWholeYear(const QCommandLineParser &parser) const;
    /// The --year given; nullopt (with the reason written to err) when it is missing or no year.
    std::optional<int> year(const QCommandLineParser &parser, QTextStream &err) const;

    /// The report the parsed arguments name; nullopt (with the reason written to err) otherwise.
    std::optional<SourcedReport> load(const QCommandLineParser &parser, QTextStream &err) const;

    /// The --db option, for commands that take a database without a report.
    const QCommandLineOption &databaseOption() const { return m_db; }

private:
    std::optional<SourcedReport> loadStored(const QCommandLineParser &parser, QTextStream &err) const;

    QCommandLineOption m_db;
    QCommandLineOption m_agency;
    QCommandLineOption m_year;
};

} // namespace nianbao
