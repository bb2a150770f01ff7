// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewdeadline.h"
#include "review/reviewworkflow.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace nianbao {

/**
 * The supervisor's year table: one row per agency's report with its status, the days left to the
 * deadline, its last change, latest submission, error and warning counts and the key figures (one column
 * each, from KeyFigures' data), read from ReviewWorkflow::overview. Numbers are given as numbers in SortRole
 * so that a ReviewOverviewFilter sorts 12 after 9 and blanks last.
 */
class ReviewOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgencyColumn,
        StatusColumn,
        DeadlineColumn,
        ModifiedColumn,
        SubmittedColumn,
        SubmittedByColumn,
        ErrorsColumn,
        WarningsColumn,
        FirstFigureColumn
    };
    Q_ENUM(Column)
    enum Roles {
        ReportIdRole = Qt::UserRole, ///< qint64: the report's id in the store
        SortRole,                    ///< the value to sort by: numbers and times as such
    };
    Q_ENUM(Roles)

    explicit ReviewOverviewModel(QObject *parent = nullptr);

    void setRows(QList<ReviewOverviewRow> rows);
    /// The deadline the rows are measured against, and the day it is (today unless set).
    void setDeadline(const ReviewDeadline &deadline);
    const ReviewDeadline &deadline() const { return m_deadline; }
    void setToday(QDate today);
    QDate today() const { return m_today; }
    /// Whether the row's report is past the deadline and still with the agency.
    bool isLate(int row) const;
    /// Whether the row's report waits for the supervisor (submitted).
    bool isWaitingForSupervisor(int row) const;
    const QList<ReviewOverviewRow> &rows() const { return m_rows; }
    /// The row of a report, or -1.
    int rowOf(qint64 reportId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ReviewOverviewRow &row, int column) const;
    QVariant sortValue(const ReviewOverviewRow &row, int column) const;

    QList<ReviewOverviewRow> m_rows;
    ReviewDeadline m_deadline{QDate::currentDate().year() - 1};
    QDate m_today = QDate::currentDate();
};

/// Sorts the year table by any column through the model's SortRole, and shows all its rows, the
/// late ones or those waiting for the supervisor.
class ReviewOverviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show : quint8 { All, Late, WaitingForMe };

    explicit ReviewOverviewFilter(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace nianbao
