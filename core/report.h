// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellvalue.h"

#include <QDate>
#include <QString>

#include <array>
#include <vector>

namespace nianbao {

class Format;

/// Everything about a report that is not its narrative or its tables.
struct ReportMeta
{
    QString agencyName;     ///< 南定镇人民政府
    QString agencyKind;     ///< id of an AgencyKind (township, subdistrict, …)
    int year = 0;           ///< the report year (the year reported on)
    QString formatId;       ///< "2019" or "2021": the tables the report uses
    QString title;          ///< title as printed; empty for the standard title
    QString documentNumber; ///< 文号, e.g. 坎政〔2021〕1号
    QString issuer;         ///< issuing agency of the signature block
    QDate issueDate;        ///< date of the signature block
    QString copyTo;         ///< 抄送 line without its label

    friend bool operator==(const ReportMeta &, const ReportMeta &) = default;
};

/**
 * A whole annual report: metadata, the preamble, the narrative of the six parts and every table
 * cell of its format. Cells are a flat vector indexed as the Format numbers them.
 */
class Report
{
public:
    static constexpr int PartCount = 6;

    Report() = default;
    /// An empty report in the given format: blank cells, empty narrative.
    explicit Report(const Format &format);

    const Format *format() const { return m_format; }
    /// Switches the tables to another format, keeping the cells whose ids exist in both.
    void setFormat(const Format &format);

    ReportMeta meta;
    QString preamble;
    /// Narrative of parts 一 … 六 (index 0 … 5), without the part heading.
    std::array<QString, PartCount> parts;

    /// The narratives as the database, comments and revision differences number them: the
    /// preamble first (PreambleIndex), then the parts 1 … 6. Findings and edits number the
    /// preamble after the title instead (Location::PreamblePart); Location converts.
    static constexpr int PreambleIndex = 0;
    const QString &narrative(int index) const
    {
        return index == PreambleIndex ? preamble : parts[size_t(index - 1)];
    }
    QString &narrative(int index) { return index == PreambleIndex ? preamble : parts[size_t(index - 1)]; }

    const std::vector<CellValue> &cells() const { return m_cells; }
    const CellValue &cell(int index) const { return m_cells[size_t(index)]; }
    void setCell(int index, const CellValue &value) { m_cells[size_t(index)] = value; }
    /// Cell by "table/row/column" id; a blank value for unknown ids.
    CellValue cell(const QString &cellId) const;
    bool setCell(const QString &cellId, const CellValue &value);

    /// The title as printed: meta.title, or the standard title built from agency and year.
    QString displayTitle() const;

    friend bool operator==(const Report &, const Report &);

private:
    const Format *m_format = nullptr;
    std::vector<CellValue> m_cells;
};

} // namespace nianbao
