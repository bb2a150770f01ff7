// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableformview.h"

#include "celldelegate.h"
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/selectionsummary.h"
#include "document/tableformmodel.h"
#include "editkeys.h"
#include "format.h"
#include "frozenpane.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace nianbao {

namespace {

bool isNavigationKey(int key)
{
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        return false;
    }
}

/// Scrolls along one axis so that [first, last] comes within [areaFirst, areaLast], its start first.
void bringIntoView(QScrollBar *bar, int first, int last, int areaFirst, int areaLast)
{
    if (first < areaFirst)
        bar->setValue(bar->value() - (areaFirst - first));
    else if (last > areaLast)
        bar->setValue(bar->value() + std::min(last - areaLast, first - areaFirst));
}

} // namespace

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
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setSizeAdjustPolicy(AdjustToContents);
    setStyleSheet(QStringLiteral("QTableView { gridline-color: #8a8f98; }"));
    layoutForm();
    setFitsPage(false);
}

void TableFormView::layoutForm()
{
    for (const FormSpan &span : m_model->spans())
        setSpan(span.row, span.column, span.rowSpan, span.columnSpan);
    const int labels = m_model->labelColumns();
    const QFontMetrics metrics(font());
    const int character = metrics.horizontalAdvance(QStringLiteral("汉"));
    constexpr int padding = 12;
    // Section and group columns are narrow, as printed; the item labels get the room.
    for (int column = 0; column < labels; ++column) {
        const bool itemLabels = column == labels - 1;
        setColumnWidth(column, itemLabels ? character * (labels > 1 ? 14 : 12) + padding
                                          : character * (column == 0 && labels > 2 ? 2 : 5) + 8);
    }
    const TableDef &table = m_model->source()->table();
    const int values = valueColumnWidth();
    for (int column = labels; column < m_model->columnCount(); ++column)
        setColumnWidth(column, values);
    for (int row = 0; row < m_model->headerRows(); ++row)
        resizeRowToContents(row);
    // A value row is as high as its own label needs; the spanning section and group labels
    // would otherwise stretch their first row.
    for (int row = m_model->headerRows(); row < m_model->rowCount(); ++row) {
        const QString label = labels > 0 ? table.rows[row - m_model->headerRows()].label : QString();
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

int TableFormView::valueColumnWidth() const
{
    // Value columns are as narrow as their figures and the lines of their headers allow, all alike
    // as on the printed form; a header breaks only where the format says it may (社会公益/组织).
    const QFontMetrics metrics(font());
    constexpr int padding = 12;
    int width = metrics.horizontalAdvance(QStringLiteral("99999")) + padding;
    for (const ColumnDef &column : m_model->source()->table().columns) {
        if (column.kind == CellKind::Amount)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("99999.9999")) + padding);
        for (const QString &line : column.headerText().split(u'\n'))
            width = std::max(width, metrics.horizontalAdvance(line) + padding);
    }
    return width;
}

void TableFormView::setPreviousYearShown(bool shown)
{
    if (shown == m_model->previousYearShown())
        return;
    m_model->setPreviousYearShown(shown);
    if (shown) {
        const int column = m_model->previousYearColumn();
        setSpan(0, column, m_model->headerRows(), 1);
        setColumnWidth(column, valueColumnWidth() + 8);
        const QModelIndex current = m_model->mapToSource(currentIndex());
        if (current.isValid())
            m_model->setFollowedColumn(current.column());
    }
    setFitsPage(m_fitsPage);
}

void TableFormView::setFitsPage(bool fits)
{
    m_fitsPage = fits;
    for (const QPointer<FrozenPane> &pane : std::as_const(m_frozen))
        delete pane.data();
    m_frozen.clear();
    setVerticalScrollBarPolicy(fits ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // As high as its rows either way; a form that fits its page may be squeezed and then scrolls.
    setSizePolicy(QSizePolicy::Maximum, fits ? QSizePolicy::Preferred : QSizePolicy::Fixed);
    if (!fits)
        return;
    const int rows = m_model->headerRows();
    const int columns = m_model->labelColumns();
    if (rows > 0)
        m_frozen.append(new FrozenPane(this, FrozenPane::Kind::Top, rows, columns));
    if (columns > 0)
        m_frozen.append(new FrozenPane(this, FrozenPane::Kind::Left, rows, columns));
    if (rows > 0 && columns > 0)
        m_frozen.append(new FrozenPane(this, FrozenPane::Kind::Corner, rows, columns));
    for (const QPointer<FrozenPane> &pane : std::as_const(m_frozen))
        pane->show();
}

int TableFormView::formWidth() const
{
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!isColumnHidden(column))
            width += columnWidth(column);
    }
    return width;
}

QRect TableFormView::scrollingArea() const
{
    QRect area = viewport()->rect();
    if (m_frozen.isEmpty())
        return area;
    int width = 0;
    for (int column = 0; column < m_model->labelColumns(); ++column)
        width += columnWidth(column);
    int height = 0;
    for (int row = 0; row < m_model->headerRows(); ++row)
        height += rowHeight(row);
    area.setLeft(std::min(area.right(), width));
    area.setTop(std::min(area.bottom(), height));
    return area;
}

void TableFormView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenPanes();
}

void TableFormView::updateFrozenPanes()
{
    for (const QPointer<FrozenPane> &pane : std::as_const(m_frozen)) {
        if (pane)
            pane->place();
    }
}

void TableFormView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    if (m_frozen.isEmpty()) {
        QTableView::scrollTo(index, hint);
    } else {
        // Keep the cell out from under the frozen headers and labels.
        const QRect area = scrollingArea();
        const QRect cell = visualRect(index);
        if (index.column() >= m_model->labelColumns())
            bringIntoView(horizontalScrollBar(), cell.left(), cell.right(), area.left(), area.right());
        if (index.row() >= m_model->headerRows())
            bringIntoView(verticalScrollBar(), cell.top(), cell.bottom(), area.top(), area.bottom());
    }
    // A page that scrolls around the form follows too, so the clerk never types blind.
    for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        auto *area = qobject_cast<QScrollArea *>(ancestor);
        if (!area || !area->widget() || !area->widget()->isAncestorOf(this))
            continue;
        const QRect cell = visualRect(index);
        const QPoint center = viewport()->mapTo(area->widget(), cell.center());
        constexpr int margin = 16;
        area->ensureVisible(center.x(), center.y(), cell.width() / 2 + margin, cell.height() / 2 + margin);
        break;
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

QModelIndexList TableFormView::selectedSourceIndexes() const
{
    QModelIndexList indexes;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        const QModelIndex source = m_model->mapToSource(index);
        if (source.isValid())
            indexes.append(source);
    }
    return indexes;
}

bool TableFormView::pasteText(const QString &text)
{
    QModelIndex start = m_model->mapToSource(currentIndex());
    if (!start.isValid())
        start = m_model->mapToSource(nextToFill(QModelIndex(), 1));
    ReportTableModel *source = m_model->source();
    if (source->paste(start, text, selectedSourceIndexes())) {
        Q_EMIT done(source->lastNote());
        return true;
    }
    reportRefusal(source->lastProblem());
    return false;
}

bool TableFormView::fill(Qt::Orientation direction)
{
    ReportTableModel *source = m_model->source();
    if (source->fill(selectedSourceIndexes(), direction)) {
        Q_EMIT done(source->lastNote());
        return true;
    }
    reportRefusal(source->lastProblem());
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

int TableFormView::pageRows() const
{
    // What is in sight: the scrolling part of the form, or less where a page around it clips it.
    const QRect sight = scrollingArea() & viewport()->visibleRegion().boundingRect();
    const QModelIndex current = currentIndex();
    const int height = rowHeight(current.isValid() ? current.row() : m_model->headerRows());
    return std::max(1, sight.height() / std::max(1, height));
}

QModelIndex TableFormView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const ReportTableModel *source = m_model->source();
    const QModelIndex current = currentIndex();
    const QModelIndex from = m_model->mapToSource(current);
    if (!from.isValid())
        return nextToFill(QModelIndex(), 1);
    const bool toEdge = modifiers & Qt::ControlModifier;
    const int lastRow = source->rowCount() - 1;
    const int lastColumn = source->columnCount() - 1;
    int row = from.row();
    int column = from.column();
    switch (cursorAction) {
    case MoveUp:
        row = toEdge ? 0 : std::max(0, row - 1);
        break;
    case MoveDown:
        row = toEdge ? lastRow : std::min(lastRow, row + 1);
        break;
    case MoveLeft:
        column = toEdge ? 0 : std::max(0, column - 1);
        break;
    case MoveRight:
        column = toEdge ? lastColumn : std::min(lastColumn, column + 1);
        break;
    case MoveHome:
        if (toEdge)
            return nextToFill(QModelIndex(), 1);
        column = 0;
        break;
    case MoveEnd:
        if (toEdge)
            return nextToFill(QModelIndex(), -1);
        column = lastColumn;
        break;
    case MovePageUp:
        row = std::max(0, row - pageRows());
        break;
    case MovePageDown:
        row = std::min(lastRow, row + pageRows());
        break;
    case MoveNext:
        return nextToFill(current, 1);
    case MovePrevious:
        return nextToFill(current, -1);
    }
    return m_model->mapFromSource(source->index(row, column));
}

QItemSelectionModel::SelectionFlags TableFormView::selectionCommand(const QModelIndex &index,
                                                                    const QEvent *event) const
{
    // Qt moves the current cell without selecting it on Ctrl+arrows; a spreadsheet selects it
    // (and extends the selection with Shift as well).
    if (event && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if ((key->modifiers() & Qt::ControlModifier) && isNavigationKey(key->key()))
            return key->modifiers() & Qt::ShiftModifier ? QItemSelectionModel::SelectCurrent
                                                        : QItemSelectionModel::ClearAndSelect;
    }
    return QTableView::selectionCommand(index, event);
}

bool TableFormView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (!QTableView::edit(index, trigger, event))
        return false;
    // F2 and a double click edit in place: the caret at the end, the value kept (typing replaces).
    if (trigger == EditKeyPressed || trigger == DoubleClicked) {
        if (auto *line = qobject_cast<QLineEdit *>(indexWidget(index))) {
            line->deselect();
            line->end(false);
        }
    }
    return true;
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
        // Without the window's 编辑 menu (an editor on its own), the form still fills.
        if (event->modifiers() == Qt::ControlModifier &&
            (event->key() == Qt::Key_D || event->key() == Qt::Key_R)) {
            fill(event->key() == Qt::Key_D ? Qt::Vertical : Qt::Horizontal);
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            QModelIndexList indexes = selectedSourceIndexes();
            if (indexes.isEmpty())
                indexes.append(m_model->mapToSource(currentIndex()));
            if (!m_model->source()->clear(indexes))
                reportRefusal(m_model->source()->lastProblem());
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
    Q_EMIT problem(document->readOnlyReason(), visualRect(currentIndex()));
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

void TableFormView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QTableView::selectionChanged(selected, deselected);
    QList<CellValue> values;
    const Report &report = m_model->source()->document()->report();
    for (const QModelIndex &index : selectedSourceIndexes())
        values.append(report.cell(m_model->source()->cellAt(index)));
    Q_EMIT selectionSummaryChanged(SelectionSummary::of(values).text());
}

void TableFormView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    const QModelIndex source = m_model->mapToSource(current);
    if (source.isValid())
        m_model->setFollowedColumn(source.column());
}

void TableFormView::inputRefused(const QModelIndex &index, const QString &text, const QString &reason)
{
    m_refused = index;
    m_delegate->keepText(index, text);
    Q_EMIT problem(reason, visualRect(index));
}

void TableFormView::reportRefusal(const QString &reason)
{
    Q_EMIT problem(reason, visualRect(currentIndex()));
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
