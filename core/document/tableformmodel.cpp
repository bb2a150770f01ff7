// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableformmodel.h"

#include "format.h"
#include "reporttablemodel.h"

#include <QColor>

#include <algorithm>
#include <functional>

namespace nianbao {

namespace {

using ColumnText = std::function<QString(const ColumnDef &)>;
using RowText = std::function<QString(const RowDef &)>;

QList<ColumnText> columnLevels(const TableDef &table)
{
    QList<ColumnText> levels;
    const auto any = [&table](const ColumnText &text) {
        return std::any_of(table.columns.begin(), table.columns.end(),
                           [&text](const ColumnDef &c) { return !text(c).isEmpty(); });
    };
    const QString columnsTitle = table.columnsTitle;
    const ColumnText title = [columnsTitle](const ColumnDef &) { return columnsTitle; };
    const ColumnText supergroup = [](const ColumnDef &c) { return c.supergroup; };
    const ColumnText group = [](const ColumnDef &c) { return c.group; };
    for (const ColumnText &level : {title, supergroup, group}) {
        if (any(level))
            levels.append(level);
    }
    levels.append([](const ColumnDef &c) { return c.headerText(); });
    return levels;
}

QList<RowText> rowLevels(const TableDef &table)
{
    QList<RowText> levels;
    const RowText section = [](const RowDef &r) { return r.section; };
    const RowText group = [](const RowDef &r) { return r.group; };
    const RowText label = [](const RowDef &r) { return r.label; };
    for (const RowText &level : {section, group, label}) {
        if (std::any_of(table.rows.begin(), table.rows.end(),
                        [&level](const RowDef &r) { return !level(r).isEmpty(); }))
            levels.append(level);
    }
    return levels;
}

/// Lays out the headers of one axis: items (columns or rows) along it, levels across it.
template<typename Item, typename Text, typename Add>
void layoutAxis(const QList<Item> &items, const QList<Text> &levels, Add add)
{
    const auto firstLevel = [&levels](const Item &item, int level) {
        int first = level;
        while (first > 0 && levels[first - 1](item).isEmpty())
            --first;
        return first;
    };
    const auto samePath = [&levels](const Item &a, const Item &b, int level) {
        for (int k = 0; k <= level; ++k) {
            if (levels[k](a) != levels[k](b))
                return false;
        }
        return true;
    };
    for (int level = 0; level < levels.size(); ++level) {
        for (int i = 0; i < items.size();) {
            const QString text = levels[level](items[i]);
            if (text.isEmpty()) {
                ++i;
                continue;
            }
            const int first = firstLevel(items[i], level);
            int end = i + 1;
            while (end < items.size() && samePath(items[i], items[end], level) &&
                   firstLevel(items[end], level) == first)
                ++end;
            add(i, end - i, first, level - first + 1, text, level == levels.size() - 1);
            i = end;
        }
    }
}

} // namespace

QColor TableFormModel::headerColor()
{
    return QColor(0xf4, 0xf5, 0xf7);
}

TableFormModel::TableFormModel(ReportTableModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    const TableDef &table = source->table();
    const int top = table.title.isEmpty() ? 0 : 1;
    m_headerRows = top + int(columnLevels(table).size());
    m_labelColumns = int(rowLevels(table).size());
    m_valueColumns = int(table.columns.size());
    if (top)
        addSpan({0, 0, 1, columnCount()}, table.title, Qt::AlignCenter);
    if (m_labelColumns > 0)
        addSpan({top, 0, m_headerRows - top, m_labelColumns}, table.corner, Qt::AlignCenter);
    layoutColumnHeaders(top);
    layoutRowLabels();
    connect(source, &QAbstractItemModel::dataChanged, this, &TableFormModel::sourceDataChanged);
}

void TableFormModel::layoutColumnHeaders(int top)
{
    layoutAxis(m_source->table().columns, columnLevels(m_source->table()),
               [this, top](int item, int items, int level, int levels, const QString &text, bool) {
                   addSpan({top + level, m_labelColumns + item, levels, items}, text, Qt::AlignCenter);
               });
}

void TableFormModel::layoutRowLabels()
{
    layoutAxis(m_source->table().rows, rowLevels(m_source->table()),
               [this](int item, int items, int level, int levels, const QString &text, bool innermost) {
                   addSpan({m_headerRows + item, level, items, levels}, text,
                           innermost ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
               });
}

void TableFormModel::addSpan(const FormSpan &span, const QString &text, Qt::Alignment alignment)
{
    if (span.rowSpan > 1 || span.columnSpan > 1)
        m_spans.append(span);
    m_texts.insert(key(span.row, span.column), text);
    m_alignments.insert(key(span.row, span.column), alignment);
}

QModelIndex TableFormModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    return index(m_headerRows + sourceIndex.row(), m_labelColumns + sourceIndex.column());
}

QModelIndex TableFormModel::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_source->index(index.row() - m_headerRows, index.column() - m_labelColumns);
}

int TableFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_headerRows + m_source->rowCount();
}

int TableFormModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_labelColumns + m_valueColumns + (m_previousShown ? 1 : 0);
}

void TableFormModel::setPreviousYearShown(bool shown)
{
    if (shown == m_previousShown)
        return;
    const int column = m_labelColumns + m_valueColumns;
    if (shown) {
        beginInsertColumns({}, column, column);
        m_previousShown = true;
        endInsertColumns();
    } else {
        beginRemoveColumns({}, column, column);
        m_previousShown = false;
        endRemoveColumns();
    }
}

void TableFormModel::setFollowedColumn(int sourceColumn)
{
    if (sourceColumn < 0 || sourceColumn >= m_source->columnCount() || sourceColumn == m_followed)
        return;
    m_followed = sourceColumn;
    if (m_previousShown)
        Q_EMIT dataChanged(index(0, previousYearColumn()), index(rowCount() - 1, previousYearColumn()));
}

QVariant TableFormModel::previousYearData(int row, int role) const
{
    const bool header = row < m_headerRows;
    switch (role) {
    case Qt::DisplayRole:
        if (header)
            return row == 0 ? tr("Last year\n%1").arg(m_source->table().columns[m_followed].headerText())
                            : QVariant();
        return m_source->data(m_source->index(row - m_headerRows, m_followed),
                              ReportTableModel::PreviousValueRole);
    case Qt::ToolTipRole:
        return tr("Last year's figures of the column you are in (视图 → Last Year's Figures hides them)");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(header ? Qt::Alignment(Qt::AlignCenter)
                                          : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return header ? headerColor() : QColor(0xf0, 0xf3, 0xe8);
    case Qt::ForegroundRole:
        return header ? QVariant() : QVariant(QColor(0x55, 0x5b, 0x4a));
    case HeaderRole:
        return header;
    case PreviousYearRole:
        return true;
    default:
        return {};
    }
}

QVariant TableFormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.column() == previousYearColumn())
        return previousYearData(index.row(), role);
    const QModelIndex sourceIndex = mapToSource(index);
    if (sourceIndex.isValid())
        return role == HeaderRole || role == PreviousYearRole ? QVariant(false)
                                                              : m_source->data(sourceIndex, role);
    switch (role) {
    case Qt::DisplayRole:
        return m_texts.value(key(index.row(), index.column()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_alignments.value(key(index.row(), index.column()), Qt::AlignCenter));
    case Qt::BackgroundRole:
        return headerColor();
    case HeaderRole:
        return true;
    case PreviousYearRole:
        return false;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags TableFormModel::flags(const QModelIndex &index) const
{
    const QModelIndex sourceIndex = mapToSource(index);
    if (sourceIndex.isValid())
        return m_source->flags(sourceIndex);
    return index.isValid() ? Qt::ItemIsEnabled : Qt::NoItemFlags;
}

bool TableFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QModelIndex sourceIndex = mapToSource(index);
    return sourceIndex.isValid() && m_source->setData(sourceIndex, value, role);
}

void TableFormModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
}

} // namespace nianbao
