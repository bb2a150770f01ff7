// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "finding.h"
#include "import/importresult.h"
#include "report.h"
#include "signing/exportseal.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace nianbao {

/// A report a command works on, with the same agency's report of the year before when the store has it.
struct SourcedReport
{
    Report report;
    std::optional<Report> previous;
    qsizetype unreadLines = 0; ///< lines of the file the reader could not map (listed on standard error)
    /// A stored report approved with a signature: the approval its exports carry, and report is the
    /// report as signed.
    std::optional<ExportSeal> seal;
    /// A file: what the import could not read (import.table-unread, import.number-unplaced).
    QList<Finding> importErrors;
};

/**
 * Where a command takes its report from: a file (Word, PDF, web page, text or JSON, read by
 * ReportImporter) given as the one positional argument, or a report in the database chosen with
 * `--agency AGENCY --year YEAR` (and `--db DB` when it is not the default database).
 */
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportSource)
public:
    static constexpr Option Database{
        .name = "db",
        .valueName = QT_TRANSLATE_NOOP("Commands", "DB"),
        .description =
            QT_TRANSLATE_NOOP("Commands", "The database that holds the report named by --agency and "
                                          "--year (default: the application's own)."),
        .value = ValueKind::File,
    };
    static constexpr Option Agency{
        .name = "agency",
        .valueName = QT_TRANSLATE_NOOP("Commands", "AGENCY"),
        .description = QT_TRANSLATE_NOOP("Commands", "The agency of a stored report (instead of a file)."),
    };
    static constexpr Option Year{
        .name = "year",
        .valueName = QT_TRANSLATE_NOOP("Commands", "YEAR"),
        .description = QT_TRANSLATE_NOOP("Commands", "The year of a stored report."),
    };
    static constexpr Argument File{
        .name = QT_TRANSLATE_NOOP("Commands", "FILE"),
        .description = QT_TRANSLATE_NOOP("Commands", "A report file: Word (.docx), PDF, a web page (.html), "
                                                     "text or Nianbao JSON."),
    };
    /// The report files of the commands that take several.
    static constexpr Argument Files{
        .name = QT_TRANSLATE_NOOP("Commands", "FILE…"),
        .description = QT_TRANSLATE_NOOP("Commands", "Report files: Word (.docx), PDF, web pages (.html), "
                                                     "text or Nianbao JSON."),
    };

    /// Whether the parsed arguments name a stored report (--agency, --year or --db).
    static bool isStored(const CommandLine &arguments);

    /// Whether the parsed arguments name a database or a year but no agency and no file: every report
    /// of the year (for the commands that take that).
    static bool isWholeYear(const CommandLine &arguments);
    /// The --year given; nullopt (with the reason written to err) when it is missing or no year.
    static std::optional<int> year(const CommandLine &arguments, QTextStream &err);

    /// The report the parsed arguments name; nullopt (with the reason written to err) otherwise.
    static std::optional<SourcedReport> load(const CommandLine &arguments, QTextStream &err);

    /// Writes to err why a file could not be read, or what of it could not be mapped; false for the
    /// former.
    static bool writeImportMessages(const ImportResult &read, QTextStream &err);

private:
    static std::optional<SourcedReport> loadStored(const CommandLine &arguments, QTextStream &err);
};

} // namespace nianbao
