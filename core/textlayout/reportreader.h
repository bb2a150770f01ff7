// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"
#include "report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace nianbao {

class Format;

/// Something in an imported text the reader could not map (Chinese message).
struct Diagnostic
{
    int line = 0; ///< 1-based; 0 when it concerns the whole text
    QString message;
};

/// A number in a table region of the text that no cell took.
struct UnplacedValue
{
    int line = 0;   ///< 1-based line of the text
    QString text;   ///< as printed
    int table = -1; ///< the table whose region it stands in; -1 when that cannot be told
    QString reason; ///< why it was not placed (Chinese)
};

struct ReadResult
{
    bool isReport = false; ///< false: the input is not recognisably an annual report
    Report report;         ///< in the format whose tables the text uses
    QList<Diagnostic> diagnostics;
    /// The reader's findings: `label.variant` notices (labels read as the official text they stand for)
    /// and a `section.order` warning (parts out of the format's order, merged, or set apart).
    QList<Finding> notices;
    /// Per cell of the report: the 1-based line the cell was read from (a number, or a cell the text
    /// left empty), 0 when the text has no such cell. Empty when the input was not text (JSON).
    QList<int> cellLines;
    QList<UnplacedValue> unplaced;
    /// Per part 一 … 六: the 1-based line of the heading it was read under (that of another part when
    /// the two stand under one heading, unless a line under it names the part: then that line), 0 when
    /// the text has none.
    std::array<int, Report::PartCount> partLines{};
};

/**
 * Reads an annual report from the six-part text layout the published reports come in (and that
 * ReportWriter produces): title, preamble, parts 一–六 with one table cell per line, signature
 * block. Real reports carry typos, converter debris and layout slips; the reader maps what it can
 * to the official labels and says so (notices), and reports what it cannot place (diagnostics).
 * It never fails on any input.
 */
class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportReader)

public:
    static ReadResult read(const QString &text);
    /// The rule ids of the findings the reader gives (`section.order`, `label.variant`), for docs/rules.md.
    static QList<RuleDescription> ruleDescriptions();
    /// Reads a text file in any encoding TextDecoder recognises; a diagnostic says why when it cannot.
    static ReadResult readFile(const QString &path);
    /// Whether a line may be the heading of a part of the format, by what the reader finds parts by: the
    /// part's official heading or a listed variant, a numbered heading (五、…) with the words of a part
    /// (its `keywords`), or an appendix heading (`appendixHeadings` and a number: 附表1…). Which part it
    /// is, if any, the reader decides in context (the parts read so far, the numbering); a PDF's table
    /// ends at such a line.
    static bool mayBePartHeading(QStringView line, const Format &format);
};

} // namespace nianbao
