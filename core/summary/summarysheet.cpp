// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarysheet.h"

#include "countysummary.h"
#include "keyfigures.h"
#include "storage/reportstatus.h"

#include <map>

namespace nianbao {

namespace {

SheetCell numberCell(int row, int column, const std::optional<Decimal> &value,
                     SheetCell::Mark mark = SheetCell::Mark::None)
{
    SheetCell cell;
    cell.role = SheetCell::Role::Number;
    cell.mark = mark;
    cell.row = row;
    cell.column = column;
    cell.number = value;
    cell.text = value ? value->toString() : QString();
    return cell;
}

SheetCell textCell(int row, int column, const QString &text, SheetCell::Role role = SheetCell::Role::Text,
                   SheetCell::Mark mark = SheetCell::Mark::None)
{
    SheetCell cell;
    cell.role = role;
    cell.mark = mark;
    cell.row = row;
    cell.column = column;
    cell.text = text;
    return cell;
}

SheetCell spanning(SheetCell cell, int rowSpan, int columnSpan)
{
    cell.rowSpan = rowSpan;
    cell.columnSpan = columnSpan;
    return cell;
}

// The figures whose total leaves out reports without a value, grouped by how many reports lack
// it: "1 份报告未填：部分公开、不予公开".
QStringList partialTotals(const YearTotals &totals)
{
    std::map<int, QStringList> byMissing;
    const QList<KeyFigureDef> &figures = KeyFigures::definitions();
    for (int figure = 0; figure < totals.figures.size(); ++figure) {
        const FigureTotal &total = totals.figures[figure];
        if (total.missing > 0 && total.reporting > 0)
            byMissing[total.missing].append(figures[figure].label);
    }
    QStringList notes;
    for (const auto &[missing, labels] : byMissing)
        notes.append(SummarySheet::tr("%n report(s) without %1", nullptr, missing).arg(labels.join(u'、')));
    return notes;
}

} // namespace

void SummarySheet::add(SheetCell cell)
{
    m_rowCount = std::max(m_rowCount, cell.row + cell.rowSpan);
    m_columnCount = std::max(m_columnCount, cell.column + cell.columnSpan);
    m_cells.append(std::move(cell));
}

void SummarySheet::addFigureHeader(int first, const QStringList &subLabels)
{
    const QList<KeyFigureDef> &figures = KeyFigures::definitions();
    const int width = std::max(1, int(subLabels.size()));
    for (int figure = 0; figure < figures.size();) {
        // Figures of one group stand next to each other in the data file.
        int end = figure;
        while (end < figures.size() && figures[end].group == figures[figure].group)
            ++end;
        QString groupLabel;
        for (const KeyFigureGroup &group : KeyFigures::groups()) {
            if (group.id == figures[figure].group)
                groupLabel = group.label;
        }
        add(spanning(textCell(0, first + figure * width, groupLabel, SheetCell::Role::Header), 1,
                     (end - figure) * width));
        for (int member = figure; member < end; ++member) {
            add(spanning(textCell(1, first + member * width, figures[member].label, SheetCell::Role::Header),
                         1, width));
            for (int sub = 0; sub < subLabels.size(); ++sub)
                add(textCell(2, first + member * width + sub, subLabels[sub], SheetCell::Role::Header));
        }
        figure = end;
    }
    m_headerRowCount = subLabels.isEmpty() ? 2 : 3;
}

SummarySheet SummarySheet::year(const CountySummary &summary)
{
    SummarySheet sheet;
    sheet.m_name = tr("Summary");
    sheet.m_title =
        tr("Key figures of the %1 annual reports on government information disclosure").arg(summary.year());
    const int figureCount = int(KeyFigures::definitions().size());
    constexpr int FirstFigure = 3;
    const int remarksColumn = FirstFigure + figureCount;
    sheet.add(spanning(textCell(0, 0, tr("No."), SheetCell::Role::Header), 2, 1));
    sheet.add(spanning(textCell(0, 1, tr("Agency"), SheetCell::Role::Header), 2, 1));
    sheet.add(spanning(textCell(0, 2, tr("Status"), SheetCell::Role::Header), 2, 1));
    sheet.addFigureHeader(FirstFigure);
    sheet.add(spanning(textCell(0, remarksColumn, tr("Remarks"), SheetCell::Role::Header), 2, 1));

    int row = sheet.m_headerRowCount;
    for (int index = 0; index < summary.rows().size(); ++index, ++row) {
        const SummaryRow &line = summary.rows()[index];
        sheet.add(numberCell(row, 0, Decimal::fromInteger(index + 1)));
        sheet.add(textCell(row, 1, line.entry.agency, SheetCell::Role::Label,
                           line.hasErrors() ? SheetCell::Mark::Error : SheetCell::Mark::None));
        sheet.add(textCell(row, 2, reportStatusLabel(line.entry.status)));
        for (int figure = 0; figure < figureCount; ++figure)
            sheet.add(numberCell(row, FirstFigure + figure, line.entry.values.value(figure),
                                 line.changes.value(figure).outlier ? SheetCell::Mark::Outlier
                                                                    : SheetCell::Mark::None));
        sheet.add(textCell(row, remarksColumn, line.remarks().join(QStringLiteral("；"))));
    }

    const auto totalLine = [&](const QString &label, const auto &valueOf, const QStringList &remarks) {
        sheet.add(spanning(textCell(row, 0, label, SheetCell::Role::Label, SheetCell::Mark::Total), 1,
                           FirstFigure));
        for (int figure = 0; figure < figureCount; ++figure)
            sheet.add(numberCell(row, FirstFigure + figure, valueOf(figure), SheetCell::Mark::Total));
        sheet.add(textCell(row, remarksColumn, remarks.join(QStringLiteral("；")), SheetCell::Role::Text,
                           SheetCell::Mark::Total));
        ++row;
    };
    const YearTotals &totals = summary.totals();
    totalLine(
        tr("County total"), [&](int figure) { return totals.figures[figure].sum; },
        QStringList{tr("%n report(s)", nullptr, totals.reports)} + partialTotals(totals));
    if (const std::optional<YearTotals> &previous = summary.previousTotals()) {
        totalLine(
            tr("Total of %1").arg(previous->year), [&](int figure) { return previous->figures[figure].sum; },
            QStringList{tr("%n report(s)", nullptr, previous->reports)} + partialTotals(*previous));
        totalLine(tr("Change from %1").arg(previous->year),
                  [&](int figure) { return summary.totalChange(figure); }, {});
    }
    return sheet;
}

SummarySheet SummarySheet::comparison(const CountySummary &summary)
{
    SummarySheet sheet;
    sheet.m_name = tr("Against last year");
    sheet.m_title = tr("Key figures of %1 against %2").arg(summary.year()).arg(summary.year() - 1);
    const int figureCount = int(KeyFigures::definitions().size());
    const QStringList sub = {QString::number(summary.year() - 1), QString::number(summary.year()),
                             tr("Change")};
    sheet.add(spanning(textCell(0, 0, tr("Agency"), SheetCell::Role::Header), 3, 1));
    sheet.addFigureHeader(1, sub);
    int row = sheet.m_headerRowCount;
    for (const SummaryRow &line : summary.rows()) {
        sheet.add(textCell(row, 0, line.entry.agency, SheetCell::Role::Label,
                           line.hasErrors() ? SheetCell::Mark::Error : SheetCell::Mark::None));
        for (int figure = 0; figure < figureCount; ++figure) {
            const FigureChange &change = line.changes[figure];
            const SheetCell::Mark mark = change.outlier ? SheetCell::Mark::Outlier : SheetCell::Mark::None;
            const int column = 1 + figure * int(sub.size());
            sheet.add(numberCell(row, column, change.previous, mark));
            sheet.add(numberCell(row, column + 1, line.entry.values.value(figure), mark));
            sheet.add(numberCell(row, column + 2, change.difference, mark));
        }
        ++row;
    }
    sheet.add(textCell(row, 0, tr("County total"), SheetCell::Role::Label, SheetCell::Mark::Total));
    for (int figure = 0; figure < figureCount; ++figure) {
        const int column = 1 + figure * int(sub.size());
        const std::optional<YearTotals> &previous = summary.previousTotals();
        sheet.add(numberCell(row, column, previous ? previous->figures[figure].sum : std::nullopt,
                             SheetCell::Mark::Total));
        sheet.add(numberCell(row, column + 1, summary.totals().figures[figure].sum, SheetCell::Mark::Total));
        sheet.add(numberCell(row, column + 2, summary.totalChange(figure), SheetCell::Mark::Total));
    }
    return sheet;
}

SummarySheet SummarySheet::trend(const CountySummary &summary)
{
    SummarySheet sheet;
    sheet.m_name = tr("Over the years");
    sheet.m_title = tr("County totals of the key figures over the years");
    const int figureCount = int(KeyFigures::definitions().size());
    sheet.add(spanning(textCell(0, 0, tr("Year"), SheetCell::Role::Header), 2, 1));
    sheet.add(spanning(textCell(0, 1, tr("Reports"), SheetCell::Role::Header), 2, 1));
    sheet.addFigureHeader(2);
    int row = sheet.m_headerRowCount;
    for (const YearTotals &totals : summary.trend()) {
        sheet.add(numberCell(row, 0, Decimal::fromInteger(totals.year)));
        sheet.add(numberCell(row, 1, Decimal::fromInteger(totals.reports)));
        for (int figure = 0; figure < figureCount; ++figure)
            sheet.add(numberCell(row, 2 + figure, totals.figures[figure].sum));
        ++row;
    }
    return sheet;
}

QList<SummarySheet> SummarySheet::all(const CountySummary &summary)
{
    return {year(summary), comparison(summary), trend(summary)};
}

QStringList SummarySheet::columnHeaders() const
{
    QStringList headers(m_columnCount);
    for (const SheetCell &cell : m_cells) {
        // A group heads the figures from the top header row without spanning every header row.
        const bool group = cell.row == 0 && cell.rowSpan < m_headerRowCount;
        if (cell.row >= m_headerRowCount || group)
            continue;
        for (int column = cell.column; column < cell.column + cell.columnSpan; ++column)
            headers[column] += (headers[column].isEmpty() ? QString() : QStringLiteral("\n")) + cell.text;
    }
    return headers;
}

QStringList SummarySheet::columnHeaderPaths() const
{
    QStringList paths(m_columnCount);
    for (const SheetCell &cell : m_cells) {
        if (cell.row >= m_headerRowCount)
            continue;
        for (int column = cell.column; column < cell.column + cell.columnSpan; ++column)
            paths[column] += (paths[column].isEmpty() ? QString() : QStringLiteral(" · ")) + cell.text;
    }
    return paths;
}

QList<QStringList> SummarySheet::textRows() const
{
    QList<QStringList> rows(m_rowCount, QStringList(m_columnCount));
    for (const SheetCell &cell : m_cells)
        rows[cell.row][cell.column] = cell.text;
    return rows;
}

} // namespace nianbao
