// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "computedtotals.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

class Report;

/**
 * Where the values of a block pasted into a table go, decided before anything is written, so that
 * a paste is taken whole or refused whole: never partly, and no pasted number is dropped.
 *
 * Along each axis (the block's values across the table's columns, its rows down the table's rows)
 * the block is laid over the table as it stands when it covers no total. When it covers a total it
 * is still taken as it stands if it reaches exactly to the table's edge — the totals are in it, and
 * each must agree with the sum of its terms —, and it is mapped onto the cells to fill when its
 * size is the number of those cells up to the edge (twelve values onto the twelve input cells of
 * part 四's fifteen columns; a column of part 三 pasted down without its （七）总计 row). Any other
 * size is refused with a message that gives the counts. Each value is read as typed input
 * (CellInput); the first that cannot be read is named with its cell.
 */
class PastePlan
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PastePlan)

public:
    using Block = QList<QStringList>;

    /// Clipboard text as rows of values, as Excel and WPS copy them: lines ("\n" or "\r\n") of
    /// tab-separated values; the line break after the last row ends the block.
    static Block parse(const QString &text);
    /// Plans pasting block with its first value at (row, column) of the format's table.
    static PastePlan make(const Report &report, int table, int row, int column, const Block &block);

    bool isAccepted() const { return m_problem.isEmpty(); }
    /// Why the paste is refused, in the user's language; empty when accepted.
    const QString &problem() const { return m_problem; }
    /// The input cells to write; the totals follow from them.
    const QList<CellEdit> &edits() const { return m_edits; }
    /// The values went onto the cells to fill, past totals in the block's way.
    bool skippedTotals() const { return m_skippedTotals; }

private:
    QList<CellEdit> m_edits;
    QString m_problem;
    bool m_skippedTotals = false;
};

} // namespace nianbao
