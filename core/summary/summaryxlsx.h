// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

class SummarySheet;

/**
 * Writes summary sheets as an Office Open XML workbook through libxlsxwriter: one worksheet per
 * sheet, the title above the table, header cells merged as SummarySheet lays them out, every figure
 * a number cell (so the office can sum and chart it), county totals in bold, outliers shaded and
 * the agencies of reports with errors in red, landscape A4 with the header repeated on each page.
 */
class SummaryXlsx
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SummaryXlsx)
public:
    /// The row of a worksheet where its table starts, below the title and a blank line.
    static constexpr int TableTop = 2;

    /// The workbook's bytes; nullopt with a translated message in error when it cannot be made.
    static std::optional<QByteArray> workbook(const QList<SummarySheet> &sheets, QString *error = nullptr);
};

} // namespace nianbao
