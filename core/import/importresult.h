// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/layouttext.h"
#include "import/sourceposition.h"
#include "textlayout/reportreader.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace nianbao {

/// What a file was published as.
enum class SourceKind : quint8 { Text, Json, Docx, Pdf, Html };

/// "text", "json", "docx", "pdf", "html".
QString sourceKindId(SourceKind kind);

/// A number in a table region of the source that no cell took.
struct UnplacedNumber
{
    QString text;
    SourcePosition position;
    int line = 0; ///< line of the source in its text layout (ImportResult::source)
    QString reason;
};

/// How much of one table of the format the source gave.
struct TableAccount
{
    int table = -1;
    int cells = 0;          ///< cells the format's table has
    int read = 0;           ///< cells found in the source: numbers, other text, or cells it left empty
    int numbers = 0;        ///< cells that hold a number from the source
    QList<int> unreadCells; ///< report cell indices the source has no cell for
    QList<UnplacedNumber> unplaced;
};

/**
 * What an import read from one file: the report, the source as text with the place of every line,
 * and the accounting of the tables — for each table of the format how many cells it has, how many
 * were found, and every number of a table region that no cell took. Tables not (fully) read and
 * numbers not placed are error findings (`import.table-unread`, `import.number-unplaced`), so an
 * import never shows a table that was not understood as if it had been left empty.
 */
struct ImportResult
{
    QString path;
    SourceKind kind = SourceKind::Text;
    QString encoding; ///< text sources: the encoding the file was decoded from
    QString layout;   ///< text sources: canonical, markdown, columns; PDF: the page count
    ReadResult read;
    LayoutText source;
    QString text; ///< text sources: the decoded text as the file holds it (the preview shows it)
    QList<TableAccount> tables;
    QList<UnplacedNumber> unplacedOutside; ///< numbers in a table part outside every table
    QList<Finding> findings;               ///< import.table-unread, import.number-unplaced

    bool isReport() const { return read.isReport; }
    /// The reader's findings a clerk must read before the report is stored: its warnings (parts out
    /// of the official order, merged or set apart), not its notices (a label worded otherwise).
    QList<Finding> readerWarnings() const;
    /// Whether what was read must be shown before it is stored: a table or number not read, or a
    /// warning of the reader. Stored unseen, a warning about the source would never reach anyone.
    bool needsReview() const { return !findings.isEmpty() || !readerWarnings().isEmpty(); }
    /// Where a line of the text layout stands in the source.
    SourcePosition position(int line) const;
    /// Cells of the report the source has no cell for: they are unread, not empty.
    QSet<int> absentCells() const;
    /// The reader's notices, the import findings and the validator's findings, errors first; cell.blank
    /// only for cells the source really left empty.
    QList<Finding> validate(const Report *previous = nullptr) const;
    /// The validator's findings of the report (as read, or as corrected in the preview) about the
    /// source: a cell the source has no cell for (absent) is not "left empty", and a part of text that
    /// stands under another part's heading (五、…和其他需要报告的事项) is there, not missing.
    QList<Finding> validatorFindings(const Report &report, const Report *previous,
                                     const QSet<int> &absent) const;
    /// A diagnostic's place for messages: the source position when known, else the line.
    QString describeLine(int line) const;
    /// The accounting as JSON: one object per table.
    QJsonObject accountingJson() const;

    /// Fills tables, unplacedOutside and findings from read and source.
    void account();

    /// The rule ids of the import's findings, for docs/rules.md.
    static QList<RuleDescription> ruleDescriptions();
};

} // namespace nianbao
