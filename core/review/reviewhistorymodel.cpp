// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewhistorymodel.h"

namespace nianbao {

ReviewHistoryModel::ReviewHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewHistoryModel::setHistory(QList<ReviewTransition> history)
{
    beginResetModel();
    m_history = std::move(history);
    endResetModel();
}

int ReviewHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int ReviewHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewTransition &step = m_history[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(step, index.column());
    case Qt::ToolTipRole:
        // A long note does not fit its cell.
        return index.column() == NoteColumn && !step.note.isEmpty() ? QVariant(step.note) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RevisionColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QString ReviewHistoryModel::text(const ReviewTransition &step, int column) const
{
    switch (column) {
    case WhenColumn:
        return step.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ActorColumn:
        return step.actor;
    case ActionColumn:
        return reviewActionLabel(step.action);
    case StatusColumn:
        return tr("%1 → %2").arg(reportStatusLabel(step.from), reportStatusLabel(step.to));
    case RevisionColumn:
        return QString::number(step.revision);
    case NoteColumn:
        return step.note;
    default:
        return {};
    }
}

QVariant ReviewHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case StatusColumn:
        return tr("Status");
    case RevisionColumn:
        return tr("Revision");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace nianbao
