// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frozenpane.h"

#include "document/tableformmodel.h"
#include "tableformview.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QWheelEvent>

namespace nianbao {

FrozenPane::FrozenPane(TableFormView *form, Kind kind, int rows, int columns)
    : QTableView(form)
    , m_form(form)
    , m_kind(kind)
    , m_rows(rows)
    , m_columns(columns)
{
    static const char *const names[] = {"frozenTop", "frozenLeft", "frozenCorner"};
    setObjectName(QString::fromLatin1(names[int(kind)]));
    setModel(form->model());
    setSelectionModel(form->selectionModel());
    setFocusPolicy(Qt::NoFocus);
    setEditTriggers(NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(form->styleSheet());
    setWordWrap(form->wordWrap());
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    if (kind == Kind::Top)
        connect(form->horizontalScrollBar(), &QScrollBar::valueChanged, horizontalScrollBar(),
                &QScrollBar::setValue);
    if (kind == Kind::Left)
        connect(form->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(),
                &QScrollBar::setValue);
    follow();
}

void FrozenPane::follow()
{
    const QAbstractItemModel *model = m_form->model();
    clearSpans();
    for (int row = 0; row < model->rowCount(); ++row) {
        setRowHidden(row, m_kind != Kind::Left && row >= m_rows);
        setRowHeight(row, m_form->rowHeight(row));
    }
    for (int column = 0; column < model->columnCount(); ++column) {
        setColumnHidden(column, m_kind != Kind::Top && column >= m_columns);
        setColumnWidth(column, m_form->columnWidth(column));
    }
    for (const FormSpan &span : m_form->formModel()->spans())
        setSpan(span.row, span.column, span.rowSpan, span.columnSpan);
    place();
}

void FrozenPane::place()
{
    int width = 0;
    for (int column = 0; column < m_columns; ++column)
        width += m_form->columnWidth(column);
    int height = 0;
    for (int row = 0; row < m_rows; ++row)
        height += m_form->rowHeight(row);
    const QRect viewport = m_form->viewport()->geometry();
    switch (m_kind) {
    case Kind::Top:
        setGeometry(QRect(viewport.topLeft(), QSize(viewport.width(), std::min(height, viewport.height()))));
        break;
    case Kind::Left:
        setGeometry(QRect(viewport.topLeft(), QSize(std::min(width, viewport.width()), viewport.height())));
        break;
    case Kind::Corner:
        setGeometry(QRect(viewport.topLeft(),
                          QSize(std::min(width, viewport.width()), std::min(height, viewport.height()))));
        break;
    }
    horizontalScrollBar()->setValue(m_kind == Kind::Top ? m_form->horizontalScrollBar()->value() : 0);
    verticalScrollBar()->setValue(m_kind == Kind::Left ? m_form->verticalScrollBar()->value() : 0);
    raise();
}

void FrozenPane::wheelEvent(QWheelEvent *event)
{
    QApplication::sendEvent(m_form->viewport(), event);
}

} // namespace nianbao
