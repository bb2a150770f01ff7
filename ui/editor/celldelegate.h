// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace nianbao {

/**
 * Edits the value cells of a table form with a plain line edit and paints a faint 空 in blank
 * cells (a zero must be written as 0). When the model refuses what was typed, the delegate says
 * why (inputRefused) and keeps the text, so that the editor can be reopened with it.
 */
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// The next editor opened on index starts with text instead of the cell's value.
    void keepText(const QModelIndex &index, const QString &text);

Q_SIGNALS:
    void inputRefused(const QModelIndex &index, const QString &text, const QString &reason) const;

private:
    mutable QPersistentModelIndex m_keptIndex;
    mutable QString m_keptText;
};

} // namespace nianbao
