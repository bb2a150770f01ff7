// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablegrid.h"

#include "format.h"
#include "report.h"

#include <algorithm>

namespace nianbao {

namespace {

// The headers above a column, outermost first: 行政诉讼 › 未经复议直接起诉 › 结果维持.
QStringList headerPath(const ColumnDef &column)
{
    QStringList path;
    for (const QString &text : {column.supergroup, column.group, column.label}) {
        if (!text.isEmpty())
            path.append(text);
    }
    return path;
}

bool anyRow(const TableDef &table, QString RowDef::*field)
{
    return std::any_of(table.rows.cbegin(), table.rows.cend(),
                       [field](const RowDef &row) { return !(row.*field).isEmpty(); });
}

} // namespace

TableGrid::TableGrid(const TableDef &table, const Report &report)
{
    const bool hasLabels = !table.corner.isEmpty() || anyRow(table, &RowDef::label);
    m_labelColumnCount =
        hasLabels ? 1 + (anyRow(table, &RowDef::section) ? 1 : 0) + (anyRow(table, &RowDef::group) ? 1 : 0)
                  : 0;
    m_columnCount = m_labelColumnCount + int(table.columns.size());

    int top = 0;
    if (!table.title.isEmpty()) {
        m_cells.append(GridCell{GridCell::Role::Title, 0, 0, 1, m_columnCount, table.title, -1});
        top = 1;
    }
    addHeaders(table, top);
    addBody(table, report, m_headerRowCount);
    sortCells();
}

void TableGrid::sortCells()
{
    std::sort(m_cells.begin(), m_cells.end(), [](const GridCell &a, const GridCell &b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    });
}

void TableGrid::addHeaders(const TableDef &table, int top)
{
    QList<QStringList> paths;
    qsizetype depth = 1;
    for (const ColumnDef &column : table.columns) {
        paths.append(headerPath(column));
        depth = std::max(depth, paths.constLast().size());
    }
    const int titleRows = table.columnsTitle.isEmpty() ? 0 : 1;
    const int headerRows = titleRows + int(depth);
    if (m_labelColumnCount > 0)
        m_cells.append(
            GridCell{GridCell::Role::Corner, top, 0, headerRows, m_labelColumnCount, table.corner, -1});
    if (titleRows > 0)
        m_cells.append(GridCell{GridCell::Role::Header, top, m_labelColumnCount, 1, int(table.columns.size()),
                                table.columnsTitle, -1});

    // A header that ends a column's path reaches down to the last header row; neighbours whose
    // paths agree up to this level share one merged header.
    for (int level = 0; level < depth; ++level) {
        int column = 0;
        while (column < paths.size()) {
            const QStringList &path = paths[column];
            if (level >= path.size()) {
                ++column;
                continue;
            }
            const bool last = level == path.size() - 1;
            int end = column + 1;
            if (!last) {
                while (end < paths.size() && paths[end].size() > level + 1 &&
                       paths[end].mid(0, level + 1) == path.mid(0, level + 1))
                    ++end;
            }
            m_cells.append(GridCell{GridCell::Role::Header, top + titleRows + level,
                                    m_labelColumnCount + column, last ? int(depth) - level : 1, end - column,
                                    path[level], -1});
            column = end;
        }
    }
    m_headerRowCount = top + headerRows;
}

void TableGrid::addBody(const TableDef &table, const Report &report, int top)
{
    const bool hasSection = anyRow(table, &RowDef::section);
    const int rowCount = int(table.rows.size());
    // Labels that span consecutive rows: the section (column 0), then the group.
    auto addSpanning = [&](QString RowDef::*field, GridCell::Role role, int column) {
        int row = 0;
        while (row < rowCount) {
            const QString &text = table.rows[row].*field;
            int end = row + 1;
            while (end < rowCount && table.rows[end].*field == text)
                ++end;
            if (!text.isEmpty())
                m_cells.append(GridCell{role, top + row, column, end - row, 1, text, -1});
            row = end;
        }
    };
    if (m_labelColumnCount > 0) {
        addSpanning(&RowDef::section, GridCell::Role::Section, 0);
        addSpanning(&RowDef::group, GridCell::Role::Group, hasSection ? 1 : 0);
    }
    for (int row = 0; row < rowCount; ++row) {
        const RowDef &def = table.rows[row];
        if (m_labelColumnCount > 0) {
            const int start = (def.section.isEmpty() ? 0 : 1) + (def.group.isEmpty() ? 0 : 1);
            m_cells.append(GridCell{GridCell::Role::RowLabel, top + row, start, 1, m_labelColumnCount - start,
                                    def.label, -1});
        }
        for (int column = 0; column < table.columns.size(); ++column) {
            const ColumnDef &columnDef = table.columns[column];
            const int index = table.cellIndex(row, column);
            m_cells.append(GridCell{GridCell::Role::Value, top + row, m_labelColumnCount + column, 1, 1,
                                    report.cell(index).toText(columnDef.kind, columnDef.unitInCell), index});
        }
    }
    m_rowCount = top + rowCount;
}

QList<const GridCell *> TableGrid::coverage() const
{
    QList<const GridCell *> covered(qsizetype(m_rowCount) * m_columnCount, nullptr);
    for (const GridCell &cell : m_cells) {
        for (int row = cell.row; row < std::min(cell.row + cell.rowSpan, m_rowCount); ++row) {
            for (int column = cell.column; column < std::min(cell.column + cell.columnSpan, m_columnCount);
                 ++column)
                covered[qsizetype(row) * m_columnCount + column] = &cell;
        }
    }
    return covered;
}

QList<qreal> TableGrid::columnShares() const
{
    const int labels = m_labelColumnCount;
    const int values = m_columnCount - labels;
    const qreal valueShare = labels == 0 ? 100 : std::clamp(values * 6.0, 45.0, 70.0);
    const QList<qreal> narrow{8, 10};
    QList<qreal> shares;
    qreal used = 0;
    for (int column = 0; column + 1 < labels; ++column) {
        shares.append(narrow.value(column, 10));
        used += shares.constLast();
    }
    if (labels > 0)
        shares.append(100 - valueShare - used);
    for (int column = 0; column < values; ++column)
        shares.append(valueShare / values);
    return shares;
}

TableGrid TableGrid::bodySlice(int first, int end) const
{
    TableGrid slice;
    slice.m_columnCount = m_columnCount;
    slice.m_headerRowCount = m_headerRowCount;
    slice.m_labelColumnCount = m_labelColumnCount;
    slice.m_rowCount = m_headerRowCount + end - first;
    for (const GridCell &cell : m_cells) {
        if (cell.row < m_headerRowCount) {
            slice.m_cells.append(cell);
            continue;
        }
        const int top = std::max(cell.row - m_headerRowCount, first);
        const int bottom = std::min(cell.row - m_headerRowCount + cell.rowSpan, end);
        if (top >= bottom)
            continue;
        GridCell piece = cell;
        piece.row = m_headerRowCount + top - first;
        piece.rowSpan = bottom - top;
        slice.m_cells.append(piece);
    }
    // A label cut at the top of the slice now starts on its first row.
    slice.sortCells();
    return slice;
}

} // namespace nianbao
