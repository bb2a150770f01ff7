// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

class CountySummary;

/// One cell of a summary sheet at its top-left position, with its merged extent.
struct SheetCell
{
    // No underlying type: lupdate then loses the class that follows.
    enum class Role {
        Header, ///< column header, or a group header spanning its columns (依申请公开)
        Label,  ///< the agency, or the label of a total line (合计)
        Text,   ///< status, remarks
        Number, ///< a figure; number is set, or the cell is blank when the figure is unknown
    };
    enum class Mark {
        None,
        Total,   ///< part of a county total line
        Outlier, ///< a figure that changed by an order of magnitude
        Error,   ///< the agency of a report with errors
    };

    Role role = Role::Text;
    Mark mark = Mark::None;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;                  ///< the text shown; for numbers their exact form
    std::optional<Decimal> number; ///< for Number cells

    bool isMerged() const { return rowSpan > 1 || columnSpan > 1; }
};

/**
 * A table of the county summary as a grid of merged cells, laid out once for every output: the
 * spreadsheet writes it as a worksheet (numbers as numbers, the header merged as in the official
 * tables), CSV as rows, the PDF and the print as a table. Three sheets make up a summary: the
 * year (汇总表), each figure against last year (与上年比较) and the county's totals over the
 * years (历年趋势).
 */
class SummarySheet
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SummarySheet)
public:
    /// The year's table: 序号, agency, status, the figures under their group headers, remarks;
    /// then the county total, last year's total and the change.
    static SummarySheet year(const CountySummary &summary);
    /// Each figure of each agency as last year, this year and the change.
    static SummarySheet comparison(const CountySummary &summary);
    /// The county's totals of every year.
    static SummarySheet trend(const CountySummary &summary);
    /// The three, in that order.
    static QList<SummarySheet> all(const CountySummary &summary);

    const QString &name() const { return m_name; }   ///< worksheet name
    const QString &title() const { return m_title; } ///< the heading above the table
    int rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    int headerRowCount() const { return m_headerRowCount; }
    /// Every cell, row by row and left to right by its top-left position.
    const QList<SheetCell> &cells() const { return m_cells; }
    /// The cells as a row-major grid of texts, merged cells repeated nowhere (empty strings).
    QList<QStringList> textRows() const;
    /// One header per column for a single header row (a view's, CSV's): the header cells over the
    /// column, top to bottom, without the group above figures ("收到申请", "收到申请\n2022").
    QStringList columnHeaders() const;
    /// Every header cell over each column, the group included ("依申请公开 · 收到申请").
    QStringList columnHeaderPaths() const;

private:
    void add(SheetCell cell);
    /// The header of figure columns from column first on: group headers over figure labels, or
    /// with subLabels each figure over its sub-columns.
    void addFigureHeader(int first, const QStringList &subLabels = {});

    QString m_name;
    QString m_title;
    int m_rowCount = 0;
    int m_columnCount = 0;
    int m_headerRowCount = 0;
    QList<SheetCell> m_cells;
};

} // namespace nianbao
