// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carryover.h"

#include "auditentry.h"
#include "format.h"
#include "report.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

const QString carryPrefix = QStringLiteral("carry.");

// The value of target from the previous report's terms, or blank when a term is not a number
// (nothing is known to carry) or the sum does not fit the target's kind.
CellValue carriedValue(const Report &previous, const QStringList &termCells, const ColumnDef &target)
{
    Decimal sum;
    AmountUnit unit = AmountUnit::None;
    for (const QString &cellId : termCells) {
        const CellValue term = previous.cell(cellId);
        if (!term.isNumber())
            return {};
        sum = sum + term.number();
        if (unit == AmountUnit::None)
            unit = term.unit();
    }
    const CellValue value = CellValue::parse(sum.toString(), target.kind);
    if (!value.isNumber())
        return {};
    return target.kind == CellKind::Amount ? CellValue::amount(value.number(), unit) : value;
}

// A cell a carry rule of the format defines, and the cells of last year's report it is the sum of.
struct CarryTarget
{
    const CellRuleDef *rule = nullptr;
    int cell = -1;
    QStringList termCells;
    bool applies = true; ///< the rule holds for last year's report's format
};

QList<CarryTarget> carryTargets(const Format &format, const QString &previousFormatId)
{
    QList<CarryTarget> targets;
    for (const CellRuleDef &rule : format.cellRules()) {
        if (!rule.rule.startsWith(carryPrefix))
            continue;
        const bool applies = rule.previousFormat.isEmpty() || rule.previousFormat == previousFormatId;
        for (const QString &tableId : rule.tables) {
            const TableDef &table = format.table(format.tableIndex(tableId));
            const bool byColumn = !rule.targetColumn.isEmpty();
            const int lines = int(byColumn ? table.rows.size() : table.columns.size());
            for (int line = 0; line < lines; ++line) {
                const int row = byColumn ? line : table.rowIndex(rule.targetRow);
                const int column = byColumn ? table.columnIndex(rule.targetColumn) : line;
                if (row < 0 || column < 0)
                    continue;
                QStringList termCells;
                for (const RuleTerm &term : rule.terms) {
                    if (!term.fromPrevious)
                        continue;
                    termCells.append(tableId + u'/' + (byColumn ? table.rows[row].id : term.row) + u'/' +
                                     (byColumn ? term.column : table.columns[column].id));
                }
                if (!termCells.isEmpty())
                    targets.append({&rule, table.cellIndex(row, column), termCells, applies});
            }
        }
    }
    return targets;
}

QList<CarriedItem> carryCells(const Report &previous, Report &report)
{
    const Format &format = *report.format();
    QList<CarriedItem> carried;
    for (const CarryTarget &target : carryTargets(format, previous.meta.formatId)) {
        if (!target.applies)
            continue;
        const ColumnDef &column = format.column(target.cell);
        const CellValue value = carriedValue(previous, target.termCells, column);
        if (value.isBlank())
            continue;
        report.setCell(target.cell, value);
        carried.append({format.cellId(target.cell), format.cellName(target.cell),
                        value.toText(column.kind, column.unitInCell), target.rule->rule});
    }
    return carried;
}

} // namespace

QStringList CarryOver::listByRow(const QList<std::pair<QString, QString>> &cells)
{
    struct Group
    {
        QString row;
        QStringList columns;
        QString note;
    };
    QList<Group> groups;
    for (const auto &[label, note] : cells) {
        const qsizetype dot = label.indexOf(u'·');
        const QString row = dot < 0 ? QString() : label.left(dot);
        if (!row.isEmpty() && !groups.isEmpty() && groups.last().row == row && groups.last().note == note)
            groups.last().columns.append(label.mid(dot + 1));
        else
            groups.append({row, {label.mid(dot + 1)}, note});
    }
    QStringList items;
    for (const Group &group : groups) {
        const QString columns = group.columns.join(u'、');
        items.append((group.row.isEmpty() ? columns : group.row + u'：' + columns) +
                     (group.note.isEmpty() ? QString() : u'（' + group.note + u'）'));
    }
    return items;
}

QString CarryOver::movedOn(const QString &text, int fromYear, int toYear)
{
    const QRegularExpression year(QStringLiteral("(?<!\\d)%1(?=年)").arg(fromYear));
    return QString(text).replace(year, QString::number(toYear));
}

QList<CarryGap> CarryOver::gaps(const Report &previous, const Format &format)
{
    QList<CarryGap> gaps;
    const Format *previousFormat = previous.format();
    if (!previousFormat)
        return gaps;
    for (const CarryTarget &target : carryTargets(format, previous.meta.formatId)) {
        const QString cellId = format.cellId(target.cell);
        QString reason;
        if (!target.applies) {
            reason = tr("a report in the %1 format has no such figure").arg(previous.meta.formatId);
            // The figure of last year's format that looks like the source but is another one.
            const QString unlike = target.rule->unlikeColumns.value(previous.meta.formatId);
            const int table = previousFormat->tableIndex(cellId.section(u'/', 0, 0));
            const int column = table < 0 ? -1 : previousFormat->table(table).columnIndex(unlike);
            if (column >= 0) {
                const QString unlikeCell = cellId.section(u'/', 0, 1) + u'/' + unlike;
                const ColumnDef &def = previousFormat->table(table).columns[column];
                const CellValue value = previous.cell(unlikeCell);
                reason += value.isBlank() ? tr(", and its “%1” is another figure").arg(def.label)
                                          : tr(", and its “%1” (%2) is another figure")
                                                .arg(def.label, value.toText(def.kind, def.unitInCell));
            }
        } else if (carriedValue(previous, target.termCells, format.column(target.cell)).isBlank()) {
            QStringList names;
            for (const QString &term : target.termCells) {
                const QString name = previousFormat->cellName(previousFormat->cellIndex(term));
                names.append(name.isEmpty() ? term : name);
            }
            reason = tr("last year's “%1” gives no figure to carry").arg(names.join(u'、'));
        } else {
            continue;
        }
        gaps.append({cellId, format.cellName(target.cell), reason});
    }
    return gaps;
}

QList<CarriedItem> CarryOver::apply(const Report &previous, Report &report)
{
    QList<CarriedItem> carried;
    if (report.format() && previous.format())
        carried = carryCells(previous, report);
    const auto carryText = [&](const QString &target, const QString &from, QString *to) {
        if (from.isEmpty())
            return;
        *to = from;
        carried.append({target, AuditEntry::targetName(target, report.format()), from, {}});
    };
    carryText(AuditEntry::narrativeTarget(0),
              movedOn(previous.preamble, previous.meta.year, report.meta.year), &report.preamble);
    carryText(AuditEntry::metaTarget(QStringLiteral("issuer")), previous.meta.issuer, &report.meta.issuer);
    carryText(AuditEntry::metaTarget(QStringLiteral("copyTo")), previous.meta.copyTo, &report.meta.copyTo);
    return carried;
}

} // namespace nianbao
