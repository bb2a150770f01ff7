// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace nianbao {

class CountySummary;
class SummarySheet;

/// The forms the county summary is written in: a spreadsheet, CSV (the year's table), JSON, or the PDF
/// with charts.
class SummaryOutput
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SummaryOutput)
public:
    enum class Form : quint8 { Xlsx, Csv, Json, Pdf };

    static std::optional<Form> formFromId(const QString &id);
    /// The form a file name's suffix asks for (report.xlsx), if any.
    static std::optional<Form> formOfPath(const QString &path);

    /// Writes the summary to path atomically, or to out when path is "-" (CSV and JSON).
    /// False with a translated message in error when it cannot.
    static bool write(const CountySummary &summary, Form form, const QString &path, QTextStream &out,
                      QString *error);
    /// A sheet as CSV (CsvWriter: UTF-8 with BOM, formulas neutralised): one header row, then the rows.
    static QByteArray csv(const SummarySheet &sheet);

    /// Writes the workbook of the sheets (SummaryXlsx::workbook); nullopt with a message in error.
    using WorkbookWriter = std::optional<QByteArray> (*)(const QList<SummarySheet> &sheets, QString *error);
    /**
     * The spreadsheet is written with libxlsxwriter, which brings OpenSSL: the programs that write
     * it (the desktop program, which runs `nianbao summary`, and the tests) link SummaryXlsx and
     * install its writer here at start, so that the command line, which hands `summary` to the
     * desktop program, does not load them. Without one, a spreadsheet is refused with a message.
     */
    static void installWorkbookWriter(WorkbookWriter writer);
};

} // namespace nianbao
