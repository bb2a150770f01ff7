// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarysheetmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace nianbao {

SummarySheetModel::SummarySheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SummarySheetModel::setSheet(SummarySheet sheet)
{
    beginResetModel();
    m_sheet = std::move(sheet);
    const int header = m_sheet.headerRowCount();
    m_grid = QList<QList<int>>(m_sheet.rowCount() - header, QList<int>(m_sheet.columnCount(), -1));
    m_headers = m_sheet.columnHeaders();
    m_headerTips = m_sheet.columnHeaderPaths();
    for (int index = 0; index < m_sheet.cells().size(); ++index) {
        const SheetCell &cell = m_sheet.cells()[index];
        if (cell.row >= header)
            m_grid[cell.row - header][cell.column] = index;
    }
    endResetModel();
}

const SheetCell *SummarySheetModel::cellAt(int bodyRow, int column) const
{
    const int index = m_grid.value(bodyRow).value(column, -1);
    return index < 0 ? nullptr : &m_sheet.cells()[index];
}

int SummarySheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.size());
}

int SummarySheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_sheet.columnCount();
}

QVariant SummarySheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SheetCell *cell = cellAt(index.row(), index.column());
    if (!cell)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cell->text;
    case NumberRole:
        return cell->number ? cell->number->toString() : QString();
    case MarkRole:
        return int(cell->mark);
    case Qt::TextAlignmentRole:
        return cell->role == SheetCell::Role::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                     : QVariant();
    case Qt::BackgroundRole:
        if (cell->mark == SheetCell::Mark::Outlier)
            return QBrush(QColor(0xf8, 0xcb, 0xad));
        if (cell->mark == SheetCell::Mark::Total)
            return QBrush(QColor(0xff, 0xf2, 0xcc));
        return {};
    case Qt::ForegroundRole:
        // Explicit black on the light backgrounds, so that a dark theme keeps them readable.
        if (cell->mark == SheetCell::Mark::Error)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (cell->mark == SheetCell::Mark::Outlier || cell->mark == SheetCell::Mark::Total)
            return QBrush(Qt::black);
        return {};
    case Qt::FontRole:
        if (cell->mark == SheetCell::Mark::Total || cell->mark == SheetCell::Mark::Error) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant SummarySheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_headers[section];
    if (role == Qt::ToolTipRole)
        return m_headerTips[section];
    return {};
}

} // namespace nianbao
