// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summarysheet.h"

#include <QAbstractTableModel>

namespace nianbao {

/**
 * A summary sheet as a table for a view: its body rows, one column per sheet column, headers from
 * the sheet's header rows (figure label over its sub-column; the group in the tooltip). Figures
 * right-aligned with their exact value in NumberRole, county totals in bold, outliers shaded and
 * the agencies of reports with errors in red, as in the spreadsheet and the PDF.
 */
class SummarySheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        NumberRole = Qt::UserRole, ///< QString: the exact figure of a number cell, empty when blank
        MarkRole,                  ///< int: SheetCell::Mark
    };
    Q_ENUM(Roles)

    explicit SummarySheetModel(QObject *parent = nullptr);

    void setSheet(SummarySheet sheet);
    const SummarySheet &sheet() const { return m_sheet; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SheetCell *cellAt(int bodyRow, int column) const;

    SummarySheet m_sheet;
    /// Index into the sheet's cells by body row and column, -1 where no cell starts.
    QList<QList<int>> m_grid;
    QStringList m_headers;
    QStringList m_headerTips;
};

} // namespace nianbao
