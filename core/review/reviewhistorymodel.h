// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewworkflow.h"

#include <QAbstractTableModel>

namespace nianbao {

/**
 * The review history of a report as a table, oldest first: when, who, what (提交, 退回修改,
 * 审核通过), the status it left and reached, the revision and the note. Read from the audit log
 * through ReviewWorkflow::history, so nothing shown here can differ from what was logged.
 */
class ReviewHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        ActorColumn,
        ActionColumn,
        StatusColumn,
        RevisionColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReviewHistoryModel(QObject *parent = nullptr);

    void setHistory(QList<ReviewTransition> history);
    const QList<ReviewTransition> &history() const { return m_history; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ReviewTransition &step, int column) const;

    QList<ReviewTransition> m_history;
};

} // namespace nianbao
