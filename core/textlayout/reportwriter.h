// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QString>

namespace nianbao {

/**
 * Writes a report in the six-part text layout the published reports use: document number,
 * title, preamble, parts 一–六 under their official headings with the tables one cell per line
 * (each cell line starts with a tab, rows end with a blank line, merged and empty cells are a
 * lone tab), then the signature block and the 抄送 line. Labels are always the official ones, so
 * ReportReader reads the text back to the same report.
 */
class ReportWriter
{
public:
    /// The version of the layout write() produces. An approval signs the text together with this
    /// number; raise it with any change to what write() writes, so that old approvals are compared
    /// with the report as read back from their text instead of byte by byte.
    static constexpr int LayoutVersion = 1;

    static QString write(const Report &report);
    /// As write(); cellLines receives the 0-based line of each cell's value, by cell index, so
    /// that the preview can mark the lines of cells with findings.
    static QString write(const Report &report, QList<int> *cellLines);
};

} // namespace nianbao
