// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellvalue.h"
#include "report.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

enum class Severity : quint8 { Error, Warning, Notice };

QString severityId(Severity severity); ///< "error", "warning", "notice"

class Format;

/**
 * The place a finding concerns: a table cell, a passage of narrative, a metadata field, or a line
 * of an imported text.
 */
struct Location
{
    enum class Kind : quint8 { Cell, Narrative, Meta, Line };
    Kind kind = Kind::Cell;
    int cell = -1; ///< Cell: index into the report's cells
    int part = 0; ///< Narrative: 0 = title, 1 … 6 = parts 一 … 六, 7 = preamble; Line: the part it lies in, 0
                  ///< = unknown
    int offset = 0; ///< Narrative: start of the passage in the part's text
    int length = 0; ///< Narrative: length of the passage
    QString field;  ///< Meta: field name (issuer, issueDate, year, formatId, …)
    int line = 0;   ///< Line: 1-based line of the imported text

    static Location ofCell(int cell)
    {
        Location l;
        l.cell = cell;
        return l;
    }
    static Location ofNarrative(int part, int offset, int length)
    {
        Location l;
        l.kind = Kind::Narrative;
        l.part = part;
        l.offset = offset;
        l.length = length;
        return l;
    }
    static Location ofMeta(const QString &field)
    {
        Location l;
        l.kind = Kind::Meta;
        l.field = field;
        return l;
    }
    /// A line of an imported source; part (1 … 6) groups it with its part's findings.
    static Location ofLine(int line, int part = 0)
    {
        Location l;
        l.kind = Kind::Line;
        l.line = line;
        l.part = part;
        return l;
    }

    static constexpr int TitlePart = 0;
    static constexpr int PreamblePart = 7;
    /// The one mapping between the two numberings of the narrative: a part as Location numbers it
    /// (1 … 6, PreamblePart) and its index in Report::narrative (1 … 6, Report::PreambleIndex).
    static constexpr int narrativeIndex(int part)
    {
        return part == PreamblePart ? Report::PreambleIndex : part;
    }
    static constexpr int partOfNarrative(int index)
    {
        return index == Report::PreambleIndex ? PreamblePart : index;
    }

    friend bool operator==(const Location &, const Location &) = default;
};

/// An unambiguous correction: write value into cell.
struct Fix
{
    int cell = -1;
    CellValue value;
    friend bool operator==(const Fix &, const Fix &) = default;
};

struct Finding
{
    QString rule; ///< stable id from the spec, e.g. "balance"
    Severity severity = Severity::Error;
    QList<Location> where;
    QString message; ///< Chinese, names the cells and the numbers
    std::optional<Fix> fix;
};

/// What a rule id checks. docs/rules.md is generated from these, and a test fails when a finding's
/// rule is not described, so no rule can be undocumented.
struct RuleDescription
{
    QString id;
    Severity severity = Severity::Warning;
    QString text;             ///< translated; what must hold, with the official labels
    QStringList formats = {}; ///< the format ids it applies to; empty: every format
};

/// Machine-readable place: "p3/received/natural", "part:6@12+5", "meta:issueDate", "line:42".
QString locationId(const Format &format, const Location &location);

/// How many findings of each severity a report has: what the report list, the status bar and the
/// review show. The one place findings are counted.
struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int notices = 0;

    static FindingCounts of(const QList<Finding> &findings);
    friend bool operator==(const FindingCounts &, const FindingCounts &) = default;
};

/**
 * Counts as the validator of one rules version computed them. The store keeps them with the
 * report; counts of another rules version are stale and are computed again (CountRefresher).
 */
struct StampedCounts
{
    FindingCounts counts;
    QString rulesVersion;

    friend bool operator==(const StampedCounts &, const StampedCounts &) = default;
};

} // namespace nianbao
