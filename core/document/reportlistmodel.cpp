// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlistmodel.h"

#include "format.h"
#include "validation/validator.h"

#include <algorithm>

namespace nianbao {

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StoreResult<void> ReportListModel::setStore(ReportStore *store)
{
    m_store = store;
    return refresh();
}

StoreResult<void> ReportListModel::refresh()
{
    QList<ReportSummary> reports;
    if (m_store) {
        StoreResult<QList<ReportSummary>> listed = m_store->listReports();
        if (!listed)
            return listed.error();
        reports = std::move(listed.value());
    }
    beginResetModel();
    m_reports = std::move(reports);
    endResetModel();
    return {};
}

void ReportListModel::setCounts(qint64 reportId, const FindingCounts &counts)
{
    const int row = rowOf(reportId);
    if (row < 0)
        return;
    ReportSummary &summary = m_reports[row];
    if (summary.errors == counts.errors && summary.warnings == counts.warnings &&
        summary.countedWith == Validator::rulesVersion())
        return;
    summary.errors = counts.errors;
    summary.warnings = counts.warnings;
    summary.countedWith = Validator::rulesVersion();
    Q_EMIT dataChanged(index(row, ErrorsColumn), index(row, WarningsColumn));
}

bool ReportListModel::hasStaleCounts() const
{
    return std::any_of(m_reports.cbegin(), m_reports.cend(), [](const ReportSummary &summary) {
        return !summary.countsCurrent(Validator::rulesVersion());
    });
}

int ReportListModel::rowOf(qint64 reportId) const
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports[row].id == reportId)
            return row;
    }
    return -1;
}

QList<int> ReportListModel::years() const
{
    QList<int> years;
    for (const ReportSummary &summary : m_reports) {
        if (!years.contains(summary.year))
            years.append(summary.year);
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    return years;
}

QList<ReportStatus> ReportListModel::statuses() const
{
    QList<ReportStatus> statuses;
    for (const ReportSummary &summary : m_reports) {
        if (!statuses.contains(summary.status))
            statuses.append(summary.status);
    }
    std::sort(statuses.begin(), statuses.end());
    return statuses;
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportSummary &summary = m_reports[index.row()];
    switch (role) {
    case ReportIdRole:
        return summary.id;
    case StatusRole:
        return reportStatusId(summary.status);
    case Qt::ToolTipRole:
        if (index.column() == FormatColumn) {
            const Format *format = Format::byId(summary.formatId);
            return format ? format->name() : summary.formatId;
        }
        if ((index.column() == ErrorsColumn || index.column() == WarningsColumn) &&
            !summary.countsCurrent(Validator::rulesVersion()))
            return tr("Not counted with the current rules yet; counting in the background.");
        return index.column() == AgencyColumn ? summary.agency : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AgencyColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case YearColumn:
            return summary.year;
        case ErrorsColumn:
        case WarningsColumn:
            if (!summary.countsCurrent(Validator::rulesVersion()))
                return -1;
            return index.column() == ErrorsColumn ? *summary.errors : *summary.warnings;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case AgencyColumn:
            return summary.agency;
        case YearColumn:
            return QString::number(summary.year);
        case FormatColumn:
            return summary.formatId;
        case StatusColumn:
            return reportStatusLabel(summary.status);
        case ErrorsColumn:
        case WarningsColumn:
            if (!summary.countsCurrent(Validator::rulesVersion()))
                return QStringLiteral("…");
            return QString::number(index.column() == ErrorsColumn ? *summary.errors : *summary.warnings);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgencyColumn:
        return tr("Agency");
    case YearColumn:
        return tr("Year");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Status");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    default:
        break;
    }
    return {};
}

ReportListFilter::ReportListFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReportListModel::SortRole);
    setSortLocaleAware(true);
}

void ReportListFilter::setYear(std::optional<int> year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateRowsFilter();
}

void ReportListFilter::setStatus(std::optional<ReportStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool ReportListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *list = qobject_cast<const ReportListModel *>(sourceModel());
    if (!list || sourceParent.isValid())
        return true;
    const ReportSummary &summary = list->summary(sourceRow);
    return (!m_year || summary.year == *m_year) && (!m_status || summary.status == *m_status);
}

} // namespace nianbao
