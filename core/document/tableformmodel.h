// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace nianbao {

class ReportTableModel;

/// A merged cell of a form: anchor row and column and how far it extends.
struct FormSpan
{
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    friend bool operator==(const FormSpan &, const FormSpan &) = default;
};

/**
 * A table laid out as the official format prints it: header rows (the item title, 申请人情况,
 * 法人或其他组织 over its five columns, 行政诉讼 over 未经复议直接起诉 and 复议后起诉) above the values
 * and label columns (三、本年度办理结果, （三）不予公开 over its eight items, the item labels) on
 * their left, all in one grid with merged cells listed by spans(). The layout follows from the
 * format data: a column's header path is title → supergroup → group → label, and an empty step
 * lets the cell below grow upwards (自然人 spans two header rows); rows likewise grow leftwards.
 * The value cells are the ReportTableModel's, passed through unchanged.
 */
class TableFormModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        HeaderRole = Qt::UserRole + 100, ///< bool: a header or label cell, not a value
        PreviousYearRole,                ///< bool: a cell of the last-year column
    };
    Q_ENUM(Roles)

    static QColor headerColor();

    explicit TableFormModel(ReportTableModel *source, QObject *parent = nullptr);

    ReportTableModel *source() const { return m_source; }
    int headerRows() const { return m_headerRows; }
    int labelColumns() const { return m_labelColumns; }
    const QList<FormSpan> &spans() const { return m_spans; }
    /// The text of the header or label cell anchored at (row, column); empty elsewhere.
    QString headerText(int row, int column) const { return m_texts.value(key(row, column)); }

    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    QModelIndex mapToSource(const QModelIndex &index) const;

    /// A last-year column at the right of the form: for each row, last year's value in the followed
    /// column (the one the clerk is in), so both years can be read side by side.
    void setPreviousYearShown(bool shown);
    bool previousYearShown() const { return m_previousShown; }
    /// The column (of the source) whose last-year values the column shows.
    void setFollowedColumn(int sourceColumn);
    int previousYearColumn() const { return m_previousShown ? m_labelColumns + m_valueColumns : -1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void layoutColumnHeaders(int top);
    void layoutRowLabels();
    void addSpan(const FormSpan &span, const QString &text, Qt::Alignment alignment);
    /// Keys of the header texts: independent of the last-year column.
    int key(int row, int column) const { return row * (m_labelColumns + m_valueColumns) + column; }
    QVariant previousYearData(int row, int role) const;
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    ReportTableModel *m_source;
    int m_headerRows = 0;
    int m_labelColumns = 0;
    int m_valueColumns = 0;
    QList<FormSpan> m_spans;
    QHash<int, QString> m_texts;
    QHash<int, Qt::Alignment> m_alignments;
    bool m_previousShown = false;
    int m_followed = 0;
};

} // namespace nianbao
