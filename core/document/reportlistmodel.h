// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reportstore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace nianbao {

/**
 * The reports of a database as a table (agency, year, format, status, errors, warnings), so that a
 * plain view lists them and a ReportListFilter sorts and filters them. It reads the store's
 * summaries on refresh(); the counts of the report being edited change live through setCounts(),
 * without reading the database again after every keystroke. It never validates: counts the store
 * has not got for the current rules show as "…" until CountRefresher has counted them.
 */
class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgencyColumn,
        YearColumn,
        FormatColumn,
        StatusColumn,
        ErrorsColumn,
        WarningsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles {
        ReportIdRole = Qt::UserRole, ///< qint64: the report's id in the store
        StatusRole,                  ///< QString: the status id (draft, …), as reportStatusId() writes it
        SortRole,                    ///< the value to sort by: numbers as numbers
    };
    Q_ENUM(Roles)

    explicit ReportListModel(QObject *parent = nullptr);

    /// Lists the reports of store (nothing for nullptr); the store must outlive the model or be unset.
    StoreResult<void> setStore(ReportStore *store);
    /// Reads the summaries again.
    StoreResult<void> refresh();

    /// The counts shown for a report, when the editor or CountRefresher has validated it again.
    void setCounts(qint64 reportId, const FindingCounts &counts);
    /// Whether some report's counts are not those of the current rules.
    bool hasStaleCounts() const;

    const ReportSummary &summary(int row) const { return m_reports.at(row); }
    /// The row of a report, or -1.
    int rowOf(qint64 reportId) const;
    /// The years and statuses that occur, for the filters: years newest first.
    QList<int> years() const;
    QList<ReportStatus> statuses() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportStore *m_store = nullptr;
    QList<ReportSummary> m_reports;
};

/// Sorts the report list by any column (numbers as numbers) and shows one year, one status or both.
class ReportListFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReportListFilter(QObject *parent = nullptr);

    std::optional<int> year() const { return m_year; }
    void setYear(std::optional<int> year);
    std::optional<ReportStatus> status() const { return m_status; }
    void setStatus(std::optional<ReportStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<int> m_year;
    std::optional<ReportStatus> m_status;
};

} // namespace nianbao
