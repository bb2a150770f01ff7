// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatvocabulary.h"
#include "reportreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace nianbao {

/// One table cell of the text layout: the text after a tab, with the lines that continue it.
struct TextCell
{
    QString text; ///< the content, continuation lines appended without a break
    QString raw;  ///< as printed, line breaks kept (for messages about label variants)
    int line = 0; ///< 1-based line of the tab that opens the cell
    /// From text without cell structure (one cell per line, a row of words): an empty cell there
    /// leaves no trace, so a short row does not tell which columns its numbers belong to.
    bool loose = false;
};
using TextRow = QList<TextCell>;

/**
 * Places the rows of the text layout's tables into a report's cells. A row is recognised by its
 * label (official, a known variant or a near match, each mapping reported as a `label.variant`
 * notice) and its values are the cells after the label; rows without a label follow the table
 * order. Whatever cannot be placed becomes a diagnostic, so no number is lost silently.
 */
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::TableReader)

public:
    explicit TableReader(Report &report, ReadResult &result);

    /// Rows without a label belong to the first table of this part until a header names another.
    void beginPart(int part);
    void readRow(const TextRow &row);
    /// Number of non-blank values placed so far.
    int placedValues() const { return m_placedValues; }

private:
    struct Label
    {
        int cell = -1;
        QList<LabelEntry> entries;
    };

    void readHeader(const TextRow &row);
    bool locateRow(const TextRow &row, const QList<Label> &labels, int *table, int *rowIndex,
                   int *valueStart);
    void placeValues(const TextRow &row, int table, int rowIndex, int valueStart);
    /// A row the source has with all its cells empty.
    void placeEmpty(int table, int rowIndex, int line);
    int firstOpenRow(int table, int from, bool sameGroup) const;
    std::pair<int, int> nearestRow(const QString &normalizedLabel) const;
    QString rowName(int table, int row) const;

    void addNotice(int line, int cell, const QString &message);
    void addDiagnostic(int line, const QString &message);
    /// The numbers among cells [from, to) of the row, none of which a cell took.
    void addUnplaced(const TextRow &row, int from, int to, int table, const QString &reason);

    Report &m_report;
    ReadResult &m_result;
    const Format &m_format;
    std::shared_ptr<const FormatVocabulary> m_vocabulary;
    QList<QList<bool>> m_filled;              ///< per table, per row: values already read
    QList<QList<bool>> m_provisional;         ///< filled as empty by a group's single row, until read
    QList<int> m_nextRow;                     ///< per table: the row that follows the last one read
    std::pair<int, int> m_pendingRow{-1, -1}; ///< {table, row} of a label that stood alone
    int m_currentTable = -1;
    int m_placedValues = 0;
    bool m_wholeGroup = false; ///< the row being placed stands for its whole group
};

} // namespace nianbao
