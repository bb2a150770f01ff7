// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewoverviewmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace nianbao {

namespace {

QColor statusColor(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft:
        return QColor(0x5f, 0x63, 0x68);
    case ReportStatus::Submitted:
        return QColor(0x1a, 0x5f, 0xb4);
    case ReportStatus::Returned:
        return QColor(0xb3, 0x5c, 0x00);
    case ReportStatus::Approved:
        break;
    }
    return QColor(0x1e, 0x7b, 0x34);
}

// The key figure (index into KeyFigures::definitions()) a figure column shows; -1 for other columns.
int figureIndex(int column)
{
    const QList<int> &overview = KeyFigures::overview();
    const int position = column - ReviewOverviewModel::FirstFigureColumn;
    return position >= 0 && position < overview.size() ? overview[position] : -1;
}

} // namespace

ReviewOverviewModel::ReviewOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewOverviewModel::setRows(QList<ReviewOverviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ReviewOverviewModel::setDeadline(const ReviewDeadline &deadline)
{
    beginResetModel();
    m_deadline = deadline;
    endResetModel();
}

void ReviewOverviewModel::setToday(QDate today)
{
    beginResetModel();
    m_today = today;
    endResetModel();
}

bool ReviewOverviewModel::isLate(int row) const
{
    return row >= 0 && row < m_rows.size() && m_deadline.isLate(m_rows[row].status(), m_today);
}

bool ReviewOverviewModel::isWaitingForSupervisor(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].status() == ReportStatus::Submitted;
}

int ReviewOverviewModel::rowOf(qint64 reportId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].summary.id == reportId)
            return row;
    }
    return -1;
}

int ReviewOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFigureColumn + int(KeyFigures::overview().size());
}

QVariant ReviewOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewOverviewRow &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case ReportIdRole:
        return row.summary.id;
    case Qt::FontRole:
        if (!row.started() && column == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column >= ErrorsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(row.started() ? statusColor(row.summary.status) : QColor(0xb0, 0x1c, 0x1c));
        if (column == DeadlineColumn && m_deadline.isLate(row.status(), m_today))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if ((column == ErrorsColumn && row.summary.errors.value_or(0) > 0) ||
            (row.damaged && column == AgencyColumn))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::ToolTipRole:
        if (row.damaged && (column == AgencyColumn || figureIndex(column) >= 0))
            return tr("The stored report does not match its checksum (the database was damaged or changed "
                      "outside Nianbao): its figures are not shown.");
        if (column == DeadlineColumn)
            return (m_deadline.isOfficeDeadline() ? tr("The office's deadline: %1")
                                                  : tr("The statutory deadline: %1"))
                .arg(m_deadline.date().toString(QStringLiteral("yyyy-MM-dd")));
        if (column == SubmittedColumn && row.submitted)
            return tr("Submitted by %1 at %2")
                .arg(row.submittedBy,
                     row.submitted->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return {};
    default:
        return {};
    }
}

QVariant ReviewOverviewModel::display(const ReviewOverviewRow &row, int column) const
{
    switch (column) {
    case AgencyColumn:
        return row.summary.agency;
    case StatusColumn:
        return ReviewWorkflow::statusLabel(row);
    case DeadlineColumn:
        return m_deadline.describe(row.status(), m_today);
    case ModifiedColumn:
        return row.summary.modified.isValid()
                   ? row.summary.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    case SubmittedColumn:
        return row.submitted ? row.submitted->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QString();
    case SubmittedByColumn:
        return row.submittedBy;
    case ErrorsColumn:
        return row.summary.errors ? QString::number(*row.summary.errors) : QStringLiteral("—");
    case WarningsColumn:
        return row.summary.warnings ? QString::number(*row.summary.warnings) : QStringLiteral("—");
    default:
        break;
    }
    const int figure = figureIndex(column);
    return figure >= 0 && figure < row.figures.size() ? row.figures[figure].text() : QString();
}

QVariant ReviewOverviewModel::sortValue(const ReviewOverviewRow &row, int column) const
{
    switch (column) {
    case AgencyColumn:
        return row.summary.agency;
    case StatusColumn:
        // 未开始 first: the agencies that need a call.
        return row.started() ? int(row.summary.status) : -1;
    case DeadlineColumn:
        // Blank (reached the supervisor) sorts last; the latest first in ascending order.
        return isWithAgency(row.status()) ? QVariant(m_deadline.daysLeft(m_today)) : QVariant();
    case ModifiedColumn:
        return row.summary.modified.isValid() ? QVariant(row.summary.modified) : QVariant();
    case SubmittedColumn:
        return row.submitted ? QVariant(*row.submitted) : QVariant();
    case SubmittedByColumn:
        return row.submittedBy;
    case ErrorsColumn:
        return row.summary.errors ? QVariant(*row.summary.errors) : QVariant();
    case WarningsColumn:
        return row.summary.warnings ? QVariant(*row.summary.warnings) : QVariant();
    default:
        break;
    }
    const int figure = figureIndex(column);
    if (figure < 0 || figure >= row.figures.size() || !row.figures[figure].value)
        return {};
    // The exact fixed-point units: text would sort 9 after 12.
    return row.figures[figure].value->units();
}

QVariant ReviewOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgencyColumn:
        return tr("Agency");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    case ModifiedColumn:
        return tr("Last change");
    case SubmittedColumn:
        return tr("Submitted");
    case SubmittedByColumn:
        return tr("Submitted by");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    default:
        break;
    }
    const int figure = figureIndex(section);
    const QList<KeyFigureDef> &figures = KeyFigures::definitions();
    return figure >= 0 && figure < figures.size() ? figures[figure].label : QVariant();
}

ReviewOverviewFilter::ReviewOverviewFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewOverviewModel::SortRole);
}

void ReviewOverviewFilter::setShow(Show show)
{
    m_show = show;
    invalidateRowsFilter();
}

bool ReviewOverviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const ReviewOverviewModel *>(sourceModel());
    switch (m_show) {
    case Show::All:
        return true;
    case Show::Late:
        return model && model->isLate(sourceRow);
    case Show::WaitingForMe:
        break;
    }
    return model && model->isWaitingForSupervisor(sourceRow);
}

bool ReviewOverviewFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Blank values (not counted, never submitted) sort after every value.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace nianbao
