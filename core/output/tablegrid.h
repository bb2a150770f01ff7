// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace nianbao {

class Report;
struct TableDef;

/// One cell of a printed table, at its top-left grid position, with its merged extent.
struct GridCell
{
    enum class Role : quint8 {
        Title,    ///< statute item title spanning the table (第二十条第（一）项)
        Corner,   ///< top-left header cell (信息内容, or the 勾稽关系 note)
        Header,   ///< column header or a header spanning columns (法人或其他组织, 行政诉讼)
        Section,  ///< row label spanning the rows of a section (三、本年度办理结果)
        Group,    ///< row label spanning the rows of a group ((三)不予公开)
        RowLabel, ///< the label of one row
        Value,    ///< a report cell
    };

    Role role = Role::Value;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;
    int cellIndex = -1; ///< the report cell of a Value, -1 otherwise

    bool isHeader() const { return role != Role::Value && role != Role::RowLabel; }
};

/**
 * A table of the format laid out as a grid of merged cells the way the official format prints
 * it: the item title across the top, header rows with the merged column groups (法人或其他组织
 * over five columns; 行政诉讼 over 未经复议直接起诉 and 复议后起诉), row labels with their section
 * and group labels spanning the rows they head, then the values. Built from the format data
 * alone, so the PDF, print and HTML renderings share one structure and no table is hard-coded.
 */
class TableGrid
{
public:
    TableGrid(const TableDef &table, const Report &report);

    int rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    /// Rows above the first value row (title and headers), repeated on each page a table spans.
    int headerRowCount() const { return m_headerRowCount; }
    /// Columns left of the first value column.
    int labelColumnCount() const { return m_labelColumnCount; }
    /// Every cell, row by row and left to right by its top-left position.
    const QList<GridCell> &cells() const { return m_cells; }
    int bodyRowCount() const { return m_rowCount - m_headerRowCount; }

    /// For each position of the grid, row by row, the cell that covers it — the cell starting there
    /// or a merged cell reaching over it — or nullptr where none does: what a writer that writes
    /// every position (Word's vertical merges, ODF's covered cells) walks.
    QList<const GridCell *> coverage() const;

    /// The width of each column in percent of the table's: the value columns share about half of
    /// it, the row labels the rest (the narrow section and group columns, then the label itself,
    /// wide enough for most labels to stay on one line, so that part 三 fits on a page).
    QList<qreal> columnShares() const;

    /// The body rows [first, end) under the same header rows: the piece of the table that goes on
    /// one page when it does not fit on one. Labels spanning the cut are cut with it and repeat
    /// their text, so that each page reads on its own.
    TableGrid bodySlice(int first, int end) const;

private:
    TableGrid() = default;
    void sortCells();

    void addHeaders(const TableDef &table, int top);
    void addBody(const TableDef &table, const Report &report, int top);

    int m_rowCount = 0;
    int m_columnCount = 0;
    int m_headerRowCount = 0;
    int m_labelColumnCount = 0;
    QList<GridCell> m_cells;
};

} // namespace nianbao
