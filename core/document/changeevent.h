// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace nianbao {

/// The fields of a report's metadata that the clerk edits one at a time.
enum class ReportField : quint8 {
    AgencyName,
    AgencyKind,
    Title,
    DocumentNumber,
    Issuer,
    IssueDate, ///< ISO date text ("2022-01-20"); empty for no date
    CopyTo,
};

/**
 * What one applied edit changed, so that each view updates exactly that (a cell range, one
 * narrative part, one metadata field) instead of reloading the whole report.
 */
struct ChangeEvent
{
    enum class Kind : quint8 { Cells, Narrative, Meta };
    Kind kind = Kind::Cells;
    QList<int> cells; ///< Cells: indices into the report's cells, totals included
    int part = 0;     ///< Narrative: 1 … 6 = parts 一 … 六, 7 = preamble (as Location numbers them)
    ReportField field = ReportField::AgencyName; ///< Meta
};

} // namespace nianbao
