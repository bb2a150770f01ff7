// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "celldelegate.h"

#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"

#include <QLineEdit>
#include <QPainter>

namespace nianbao {

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("cellEditor"));
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *lineEdit = static_cast<QLineEdit *>(editor);
    if (m_keptIndex.isValid() && m_keptIndex == index) {
        lineEdit->setText(m_keptText);
        m_keptIndex = QPersistentModelIndex();
        return;
    }
    lineEdit->setText(index.data(Qt::EditRole).toString());
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = static_cast<QLineEdit *>(editor)->text();
    if (model->setData(index, text))
        return;
    const auto *form = qobject_cast<const TableFormModel *>(model);
    const auto *table = form ? form->source() : qobject_cast<const ReportTableModel *>(model);
    Q_EMIT inputRefused(index, text, table ? table->lastProblem() : QString());
}

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(ReportTableModel::BlankRole).toBool() || !(index.flags() & Qt::ItemIsEditable))
        return;
    painter->save();
    QColor hint = option.palette.color(QPalette::PlaceholderText);
    hint.setAlpha(110);
    painter->setPen(hint);
    painter->drawText(option.rect.adjusted(4, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, tr("blank"));
    painter->restore();
}

void CellDelegate::keepText(const QModelIndex &index, const QString &text)
{
    m_keptIndex = index;
    m_keptText = text;
}

} // namespace nianbao
