// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablemodel.h"

#include "cellinput.h"
#include "format.h"
#include "pasteplan.h"
#include "reportdocument.h"
#include "undocommands.h"

#include <QColor>
#include <QMap>

#include <algorithm>

namespace nianbao {

namespace {

const QList<int> &markRoles()
{
    static const QList<int> roles{Qt::BackgroundRole, Qt::ToolTipRole, ReportTableModel::FindingSeverityRole,
                                  ReportTableModel::FindingMessagesRole, ReportTableModel::FixRole};
    return roles;
}

} // namespace

QColor ReportTableModel::errorColor()
{
    return QColor(0xf6, 0xc6, 0xc6);
}

QColor ReportTableModel::warningColor()
{
    return QColor(0xfc, 0xe3, 0xa4);
}

QColor ReportTableModel::computedColor()
{
    return QColor(0xe6, 0xea, 0xf0);
}

ReportTableModel::ReportTableModel(ReportDocument *document, int table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
{
    m_marks = marksOfTable();
    connect(document, &ReportDocument::changed, this, &ReportTableModel::documentChanged);
    connect(document, &ReportDocument::findingsChanged, this, &ReportTableModel::findingsChanged);
}

const TableDef &ReportTableModel::table() const
{
    return m_document->format().table(m_table);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(table().rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(table().columns.size());
}

int ReportTableModel::cellAt(const QModelIndex &index) const
{
    return table().cellIndex(index.row(), index.column());
}

bool ReportTableModel::isComputed(const QModelIndex &index) const
{
    return index.isValid() && m_document->format().isComputed(cellAt(index));
}

QModelIndex ReportTableModel::indexOfCell(int cell) const
{
    const CellAddress address = m_document->format().address(cell);
    return address.table == m_table ? index(address.row, address.column) : QModelIndex();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int cell = cellAt(index);
    const CellValue &value = m_document->report().cell(cell);
    const ColumnDef &column = table().columns[index.column()];
    const auto marks = m_marks.constFind(cell);
    const bool marked = marks != m_marks.constEnd();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value.toText(column.kind, column.unitInCell);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (marked && marks->severity == Severity::Error)
            return errorColor();
        if (marked && marks->severity == Severity::Warning)
            return warningColor();
        return isComputed(index) ? QVariant(computedColor()) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines = marked ? marks->messages : QStringList();
        if (isComputed(index))
            lines.append(tr("A total: computed from its terms, not typed."));
        else if (value.isBlank())
            lines.append(tr("Blank: write 0 if there were none."));
        if (const std::optional<CellValue> previous = previousValue(cell)) {
            const QString text = previous->toText(column.kind, column.unitInCell);
            lines.append(text.isEmpty() ? tr("Last year: blank") : tr("Last year: %1").arg(text));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case PreviousValueRole: {
        const std::optional<CellValue> previous = previousValue(cell);
        return previous ? QVariant(previous->toText(column.kind, column.unitInCell)) : QVariant();
    }
    case FindingSeverityRole:
        return marked ? QVariant(int(marks->severity)) : QVariant();
    case FindingMessagesRole:
        return marked ? marks->messages : QStringList();
    case FixRole:
        if (marked && marks->fix)
            return marks->fix->value.toText(column.kind, column.unitInCell);
        return {};
    case ComputedRole:
        return isComputed(index);
    case BlankRole:
        return value.isBlank();
    case CellIndexRole:
        return cell;
    default:
        break;
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < table().columns.size() ? table().columns[section].label : QVariant();
    return section >= 0 && section < table().rows.size() ? table().rows[section].label : QVariant();
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document->isReadOnly() && !isComputed(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

std::optional<CellValue> ReportTableModel::parseFor(int cell, const QString &text, QString *problem) const
{
    return CellInput::read(text, m_document->format().column(cell), problem);
}

std::optional<CellValue> ReportTableModel::previousValue(int cell) const
{
    const Report *previous = m_document->previousReport();
    if (!previous || !previous->format())
        return std::nullopt;
    const int previousCell = previous->format()->cellIndex(m_document->format().cellId(cell));
    if (previousCell < 0)
        return std::nullopt;
    return previous->cell(previousCell);
}

QString ReportTableModel::inputProblem(const QModelIndex &index, const QString &text) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isComputed(index))
        return tr("%1 is a total: it is computed from its terms.")
            .arg(m_document->format().cellName(cellAt(index)));
    QString problem;
    parseFor(cellAt(index), text, &problem);
    return problem;
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    m_lastProblem = inputProblem(index, value.toString());
    if (!m_lastProblem.isEmpty())
        return false;
    const int cell = cellAt(index);
    const std::optional<CellValue> parsed = parseFor(cell, value.toString(), &m_lastProblem);
    if (*parsed == m_document->report().cell(cell))
        return true;
    return pushEdits({{cell, *parsed}});
}

bool ReportTableModel::paste(const QModelIndex &topLeft, const QString &text,
                             const QModelIndexList &selection)
{
    m_lastNote.clear();
    if (!topLeft.isValid() || !checkIndex(topLeft, CheckIndexOption::IndexIsValid))
        return false;
    const PastePlan::Block block = PastePlan::parse(text);
    if (block.size() == 1 && block.first().size() == 1 && selection.size() > 1) {
        // One value over a selection goes into each selected cell to fill, as in a spreadsheet.
        QList<CellEdit> edits;
        for (const QModelIndex &index : selection) {
            if (index.model() != this || isComputed(index))
                continue;
            const int cell = cellAt(index);
            const std::optional<CellValue> value = parseFor(cell, block.first().first(), &m_lastProblem);
            if (!value) {
                m_lastProblem =
                    tr("Nothing was pasted. %1: %2").arg(m_document->format().cellName(cell), m_lastProblem);
                return false;
            }
            edits.append({cell, *value});
        }
        m_lastNote = tr("Pasted into %n cell(s).", nullptr, int(edits.size()));
        m_lastProblem.clear();
        return edits.isEmpty() || pushEdits(edits);
    }
    const PastePlan plan =
        PastePlan::make(m_document->report(), m_table, topLeft.row(), topLeft.column(), block);
    if (!plan.isAccepted()) {
        m_lastProblem = plan.problem();
        return false;
    }
    m_lastNote = plan.skippedTotals()
                     ? tr("Pasted %n value(s) into the cells to fill; the totals between them are computed.",
                          nullptr, int(plan.edits().size()))
                     : tr("Pasted %n value(s).", nullptr, int(plan.edits().size()));
    m_lastProblem.clear();
    return plan.edits().isEmpty() || pushEdits(plan.edits());
}

bool ReportTableModel::fill(const QModelIndexList &selection, Qt::Orientation direction)
{
    m_lastNote.clear();
    const bool down = direction == Qt::Vertical;
    // Lines along the fill: the columns when filling down, the rows when filling right.
    QMap<int, QList<QModelIndex>> lines;
    for (const QModelIndex &index : selection) {
        if (index.model() == this)
            lines[down ? index.column() : index.row()].append(index);
    }
    QList<CellEdit> edits;
    const Format &format = m_document->format();
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        QList<QModelIndex> &cells = it.value();
        std::sort(cells.begin(), cells.end(), [down](const QModelIndex &a, const QModelIndex &b) {
            return down ? a.row() < b.row() : a.column() < b.column();
        });
        QModelIndex source = cells.first();
        if (cells.size() == 1)
            source =
                down ? index(source.row() - 1, source.column()) : index(source.row(), source.column() - 1);
        else
            cells.removeFirst();
        if (!source.isValid())
            continue;
        const ColumnDef &sourceColumn = table().columns[source.column()];
        const QString text =
            m_document->report().cell(cellAt(source)).toText(sourceColumn.kind, sourceColumn.unitInCell);
        for (const QModelIndex &target : std::as_const(cells)) {
            if (isComputed(target))
                continue;
            const int cell = cellAt(target);
            QString problem;
            const std::optional<CellValue> value = parseFor(cell, text, &problem);
            if (!value) {
                m_lastProblem = tr("Nothing was filled. %1: %2").arg(format.cellName(cell), problem);
                return false;
            }
            edits.append({cell, *value});
        }
    }
    if (edits.isEmpty()) {
        m_lastProblem =
            down ? tr("Nothing to fill down: select the cells below the value to copy (or one cell "
                      "to copy the value above it).")
                 : tr("Nothing to fill right: select the cells to the right of the value to copy "
                      "(or one cell to copy the value on its left).");
        return false;
    }
    m_lastProblem.clear();
    m_lastNote = tr("Filled %n cell(s).", nullptr, int(edits.size()));
    return pushEdits(edits);
}

bool ReportTableModel::clear(const QModelIndexList &indexes)
{
    QList<CellEdit> edits;
    for (const QModelIndex &index : indexes) {
        if (index.model() == this && !isComputed(index) &&
            !m_document->report().cell(cellAt(index)).isBlank())
            edits.append({cellAt(index), CellValue()});
    }
    m_lastProblem.clear();
    return edits.isEmpty() || pushEdits(edits);
}

bool ReportTableModel::applyFix(const QModelIndex &index)
{
    const auto marks = m_marks.constFind(cellAt(index));
    if (marks == m_marks.constEnd() || !marks->fix)
        return false;
    return pushEdits({{marks->fix->cell, marks->fix->value}});
}

bool ReportTableModel::pushEdits(const QList<CellEdit> &edits)
{
    const EditResult result = m_document->push(std::make_unique<SetCellValues>(m_document, edits));
    m_lastProblem = result.reason();
    return result.isDone();
}

void ReportTableModel::documentChanged(const ChangeEvent &event)
{
    if (event.kind != ChangeEvent::Kind::Cells)
        return;
    for (const int cell : event.cells) {
        const QModelIndex index = indexOfCell(cell);
        if (index.isValid())
            Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, BlankRole});
    }
}

QHash<int, ReportTableModel::Marks> ReportTableModel::marksOfTable() const
{
    QHash<int, Marks> marks;
    const Format &format = m_document->format();
    for (const Finding &finding : m_document->findings()) {
        for (const Location &where : finding.where) {
            if (where.kind != Location::Kind::Cell || format.address(where.cell).table != m_table)
                continue;
            auto it = marks.find(where.cell);
            if (it == marks.end())
                it = marks.insert(where.cell, Marks{finding.severity, {}, std::nullopt});
            it->severity = std::min(it->severity, finding.severity);
            it->messages.append(finding.message);
            if (finding.fix && finding.fix->cell == where.cell)
                it->fix = finding.fix;
        }
    }
    return marks;
}

void ReportTableModel::findingsChanged()
{
    QHash<int, Marks> marks = marksOfTable();
    QList<int> changedCells;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (m_marks.value(it.key()) != it.value() || !m_marks.contains(it.key()))
            changedCells.append(it.key());
    }
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        if (!marks.contains(it.key()))
            changedCells.append(it.key());
    }
    m_marks = std::move(marks);
    std::sort(changedCells.begin(), changedCells.end());
    for (const int cell : std::as_const(changedCells)) {
        const QModelIndex index = indexOfCell(cell);
        Q_EMIT dataChanged(index, index, markRoles());
    }
}

} // namespace nianbao
