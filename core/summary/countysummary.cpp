// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countysummary.h"

#include "keyfigures.h"
#include "storage/reportstore.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace nianbao {

SummaryEntry SummaryEntry::of(const ReportSummary &summary, const QList<KeyFigure> &figures)
{
    SummaryEntry entry{summary.agency,
                       summary.agencyKind,
                       summary.year,
                       summary.status,
                       summary.errors,
                       summary.warnings,
                       {}};
    for (const KeyFigure &figure : figures)
        entry.values.append(figure.value);
    return entry;
}

SummaryEntry SummaryEntry::of(const ReportSummary &summary, const Report &report)
{
    return of(summary, KeyFigures::of(report));
}

SummaryEntry SummaryEntry::of(const ReportSummary &summary, const StoredFigureCells &figures)
{
    // A damaged report's figures are not what was written: it is listed, marked, and not summed.
    const bool damaged = figures.content == ContentCheck::Damaged || !figures.format;
    SummaryEntry entry =
        of(summary, damaged ? KeyFigures::of(Report()) : KeyFigures::of(*figures.format, figures.cells));
    entry.damaged = damaged;
    return entry;
}

bool SummaryRow::hasOutlier() const
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const FigureChange &change) { return change.outlier; });
}

QStringList SummaryRow::remarks() const
{
    QStringList list;
    if (entry.damaged)
        list.append(CountySummary::tr("the stored report does not match its checksum (the database was "
                                      "damaged or changed outside Nianbao): its figures are left out"));
    if (!entry.errors)
        list.append(CountySummary::tr("not checked yet"));
    else if (*entry.errors > 0)
        list.append(CountySummary::tr("%n error(s) in the report", nullptr, *entry.errors));
    const QList<KeyFigureDef> &figures = KeyFigures::definitions();
    for (int figure = 0; figure < changes.size(); ++figure) {
        if (!changes[figure].outlier)
            continue;
        list.append(CountySummary::tr("%1: %2 last year, %3 this year (a change of %4 times or more)")
                        .arg(figures[figure].label, changes[figure].previous->toString(),
                             entry.values[figure]->toString())
                        .arg(KeyFigures::outlierFactor()));
    }
    return list;
}

CountySummary CountySummary::build(int year, const QList<SummaryEntry> &entries)
{
    CountySummary summary;
    summary.m_year = year;
    std::map<int, QList<const SummaryEntry *>> byYear;
    QHash<QString, const SummaryEntry *> previous;
    for (const SummaryEntry &entry : entries) {
        if (entry.year > year)
            continue;
        byYear[entry.year].append(&entry);
        if (entry.year == year - 1)
            previous.insert(entry.agency, &entry);
    }

    const QList<KeyFigureDef> &figures = KeyFigures::definitions();
    for (const SummaryEntry *entry : byYear[year]) {
        SummaryRow row{*entry, false, {}};
        const SummaryEntry *before = previous.value(entry->agency);
        row.hasPrevious = before != nullptr;
        for (int figure = 0; figure < figures.size(); ++figure) {
            FigureChange change;
            const std::optional<Decimal> now = entry->values.value(figure);
            if (before)
                change.previous = before->values.value(figure);
            if (now && change.previous) {
                change.difference = *now - *change.previous;
                change.outlier = KeyFigures::isOutlier(figures[figure], *change.previous, *now);
            }
            row.changes.append(change);
        }
        summary.m_rows.append(row);
    }

    for (const auto &[entryYear, yearEntries] : byYear) {
        if (!yearEntries.isEmpty())
            summary.m_trend.append(totalsOf(entryYear, yearEntries));
    }
    summary.m_totals = totalsOf(year, byYear[year]);
    if (!byYear[year - 1].isEmpty())
        summary.m_previousTotals = totalsOf(year - 1, byYear[year - 1]);
    return summary;
}

YearTotals CountySummary::totalsOf(int year, const QList<const SummaryEntry *> &entries)
{
    YearTotals totals{year, int(entries.size()), {}};
    const qsizetype figureCount = KeyFigures::definitions().size();
    totals.figures.resize(figureCount);
    for (const SummaryEntry *entry : entries) {
        for (qsizetype figure = 0; figure < figureCount; ++figure) {
            FigureTotal &total = totals.figures[figure];
            const std::optional<Decimal> value = entry->values.value(figure);
            if (!value) {
                ++total.missing;
                continue;
            }
            total.sum = total.sum.value_or(Decimal()) + *value;
            ++total.reporting;
        }
    }
    return totals;
}

std::optional<Decimal> CountySummary::totalChange(int figure) const
{
    if (!m_previousTotals)
        return std::nullopt;
    const std::optional<Decimal> now = m_totals.figures.value(figure).sum;
    const std::optional<Decimal> before = m_previousTotals->figures.value(figure).sum;
    if (!now || !before)
        return std::nullopt;
    return *now - *before;
}

int CountySummary::reportsWithErrors() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const SummaryRow &row) { return row.hasErrors(); }));
}

int CountySummary::reportsWithOutliers() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const SummaryRow &row) { return row.hasOutlier(); }));
}

bool CountySummary::hasPartialTotals() const
{
    return std::any_of(m_totals.figures.cbegin(), m_totals.figures.cend(),
                       [](const FigureTotal &total) { return total.missing > 0 && total.reporting > 0; });
}

} // namespace nianbao
