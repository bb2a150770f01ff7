// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableformview.h"

#include "celldelegate.h"
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editkeys.h"
#include "format.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTimer>

namespace nianbao {

TableFormView::TableFormView(TableFormModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_delegate(new CellDelegate(this))
{
    setObjectName(QStringLiteral("tableForm_") + model->source()->table().id);
    setModel(model);
    setItemDelegate(m_delegate);
    connect(m_delegate, &CellDelegate::inputRefused, this, &TableFormView::inputRefused);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setEditTriggers(AnyKeyPressed | DoubleClicked | EditKeyPressed);
    setSelectionMode(ExtendedSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(AdjustToContents);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setStyleSheet(QStringLiteral("QTableView { gridline-color: #8a8f98; }"));
    layoutForm();
}

void TableFormView::layoutForm()
{
    for (const FormSpan &span : m_model->spans())
        setSpan(span.row, span.column, span.rowSpan, span.columnSpan);
    const int labels = m_model->labelColumns();
    const QFontMetrics metrics(font());
    const int character = metrics.horizontalAdvance(QStringLiteral("汉"));
    // Section and group columns are narrow, as printed; the item labels get the room.
    for (int column = 0; column < labels; ++column) {
        const bool itemLabels = column == labels - 1;
        setColumnWidth(column, itemLabels ? character * (labels > 1 ? 14 : 12) + 12
                                          : character * (column == 0 && labels > 2 ? 2 : 5) + 8);
    }
    const int values = m_model->columnCount() - labels;
    for (int column = labels; column < m_model->columnCount(); ++column)
        setColumnWidth(column, character * (values > 8 ? 4 : 5) + 8);
    for (int row = 0; row < m_model->headerRows(); ++row)
        resizeRowToContents(row);
    // A value row is as high as its own label needs; the spanning section and group labels
    // would otherwise stretch their first row.
    for (int row = m_model->headerRows(); row < m_model->rowCount(); ++row) {
        const QString label =
            labels > 0 ? m_model->source()->table().rows[row - m_model->headerRows()].label : QString();
        // The label may span several label columns (一、本年新收 spans all three).
        int labelWidth = 0;
        for (int column = labels - 1; column >= 0; --column) {
            labelWidth += columnWidth(column);
            if (m_model->headerText(row, column) == label)
                break;
        }
        const int height =
            metrics.boundingRect(QRect(0, 0, labelWidth - 8, 1000), Qt::TextWordWrap, label).height();
        setRowHeight(row, std::max(height, metrics.height()) + 12);
    }
}

bool TableFormView::showCell(int cell)
{
    const QModelIndex index = m_model->mapFromSource(m_model->source()->indexOfCell(cell));
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    setFocus(Qt::OtherFocusReason);
    return true;
}

bool TableFormView::pasteText(const QString &text)
{
    QModelIndex start = m_model->mapToSource(currentIndex());
    if (!start.isValid())
        start = m_model->source()->index(0, 0);
    if (m_model->source()->paste(start, text))
        return true;
    Q_EMIT problem(m_model->source()->lastProblem());
    return false;
}

QModelIndex TableFormView::nextToFill(const QModelIndex &index, int step) const
{
    const ReportTableModel *source = m_model->source();
    const int columns = source->columnCount();
    const int count = source->rowCount() * columns;
    QModelIndex from = m_model->mapToSource(index);
    int position = from.isValid() ? from.row() * columns + from.column() : (step > 0 ? -1 : count);
    for (position += step; position >= 0 && position < count; position += step) {
        const QModelIndex candidate = source->index(position / columns, position % columns);
        if (!source->isComputed(candidate))
            return m_model->mapFromSource(candidate);
    }
    return index;
}

QModelIndex TableFormView::below(const QModelIndex &index) const
{
    const ReportTableModel *source = m_model->source();
    const QModelIndex from = m_model->mapToSource(index);
    if (!from.isValid())
        return nextToFill(index, 1);
    for (int row = from.row() + 1; row < source->rowCount(); ++row) {
        const QModelIndex candidate = source->index(row, from.column());
        if (!source->isComputed(candidate))
            return m_model->mapFromSource(candidate);
    }
    return index;
}

QModelIndex TableFormView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const ReportTableModel *source = m_model->source();
    const QModelIndex current = currentIndex();
    const QModelIndex from = m_model->mapToSource(current);
    if (!from.isValid())
        return nextToFill(current, 1);
    int row = from.row();
    int column = from.column();
    switch (cursorAction) {
    case MoveUp:
        row = std::max(0, row - 1);
        break;
    case MoveDown:
        row = std::min(source->rowCount() - 1, row + 1);
        break;
    case MoveLeft:
        column = std::max(0, column - 1);
        break;
    case MoveRight:
        column = std::min(source->columnCount() - 1, column + 1);
        break;
    case MoveHome:
        column = 0;
        break;
    case MoveEnd:
        column = source->columnCount() - 1;
        break;
    case MovePageUp:
        row = 0;
        break;
    case MovePageDown:
        row = source->rowCount() - 1;
        break;
    case MoveNext:
        return nextToFill(current, 1);
    case MovePrevious:
        return nextToFill(current, -1);
    }
    return m_model->mapFromSource(source->index(row, column));
}

void TableFormView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && isEditingKey(event, false) && explainReadOnly())
        return;
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            QModelIndexList indexes;
            for (const QModelIndex &index : selectionModel()->selectedIndexes())
                indexes.append(m_model->mapToSource(index));
            if (indexes.isEmpty())
                indexes.append(m_model->mapToSource(currentIndex()));
            if (!m_model->source()->clear(indexes))
                Q_EMIT problem(m_model->source()->lastProblem());
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            setCurrentIndex(below(currentIndex()));
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void TableFormView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex cell = m_model->mapToSource(indexAt(event->position().toPoint()));
    if (cell.isValid() && !m_model->source()->isComputed(cell))
        explainReadOnly();
    QTableView::mouseDoubleClickEvent(event);
}

bool TableFormView::explainReadOnly()
{
    const ReportDocument *document = m_model->source()->document();
    if (!document->isReadOnly())
        return false;
    Q_EMIT problem(document->readOnlyReason());
    return true;
}

void TableFormView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex edited = currentIndex();
    if (m_refused.isValid()) {
        // What was typed is kept: the editor comes back with it, and the message says why.
        const QPersistentModelIndex refused = m_refused;
        m_refused = QPersistentModelIndex();
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        QTimer::singleShot(0, this, [this, refused] {
            if (refused.isValid()) {
                setCurrentIndex(refused);
                edit(refused);
            }
        });
        return;
    }
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(below(edited));
        break;
    case QAbstractItemDelegate::EditNextItem:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(nextToFill(edited, 1));
        break;
    case QAbstractItemDelegate::EditPreviousItem:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(nextToFill(edited, -1));
        break;
    default:
        QTableView::closeEditor(editor, hint);
        break;
    }
}

void TableFormView::inputRefused(const QModelIndex &index, const QString &text, const QString &reason)
{
    m_refused = index;
    m_delegate->keepText(index, text);
    Q_EMIT problem(reason);
}

void TableFormView::copySelection() const
{
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    std::sort(indexes.begin(), indexes.end());
    QString text;
    int row = indexes.first().row();
    bool first = true;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (!first)
            text += index.row() == row ? u'\t' : u'\n';
        row = index.row();
        first = false;
        text += index.data(Qt::EditRole).toString();
    }
    QApplication::clipboard()->setText(text + u'\n');
}

} // namespace nianbao
