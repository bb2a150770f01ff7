// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencykind.h"
#include "finding.h"
#include "format.h"
#include "report.h"

#include <QSet>
#include <QStringView>

#include <array>
#include <optional>

namespace nianbao {

/// A passage of narrative with the part number its findings use (see Location::part).
struct NarrativeText
{
    int part = 0;
    QStringView text;
};

/**
 * What every rule needs to check one report: the report, last year's report when known, its
 * format and the kind of its agency. Built once per validation so that rules do not repeat the
 * look-ups.
 */
class ValidationContext
{
public:
    ValidationContext(const Report &report, const Report *previous, const QSet<int> &absentCells = {});

    const Report &report;
    const Format &format;
    const Report *previous; ///< same agency, year before; nullptr when not known
    const AgencyKind *kind; ///< from the metadata or guessed from the agency name; may be nullptr
    /// Cells an imported source has no cell for: not read, which is not the same as left empty.
    const QSet<int> absentCells;
    /// The printed title (when it is not the standard one), the preamble and parts 一 … 六.
    std::array<NarrativeText, Report::PartCount + 2> narrative;

    const CellValue &cell(int index) const { return report.cell(index); }
    /// The text of part 1 … 6.
    QStringView part(int number) const { return report.parts[size_t(number - 1)]; }
    /// The label of a table row without its part, e.g. "（七）总计", "（三）不予公开1.属于国家秘密".
    QString rowLabel(int table, int row) const;
    /// The correction that writes value into cell as a value of the cell's kind (an amount keeps the
    /// unit the cell has); nullopt when the cell cannot hold it (a negative count).
    std::optional<Fix> fix(int cell, Decimal value) const;

    /// The terms of a cell rule in words: "last year's 现行有效件数 + 本年制发件数 − 本年废止件数".
    static QString termsDescription(const TableDef &table, const QList<RuleTerm> &terms);
};

} // namespace nianbao
