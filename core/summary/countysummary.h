// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "storage/reportstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

class Report;
struct KeyFigure;
struct ReportSummary;
struct StoredFigureCells;

/// One agency's report of one year, reduced to what the county summary needs.
struct SummaryEntry
{
    QString agency;
    QString agencyKind;
    int year = 0;
    ReportStatus status = ReportStatus::Draft;
    std::optional<int> errors; ///< nullopt until the store has counted the report
    std::optional<int> warnings;
    QList<std::optional<Decimal>> values; ///< one per KeyFigures::definitions()
    bool damaged = false; ///< its stored content does not match its checksum: no values, not summed

    static SummaryEntry of(const ReportSummary &summary, const Report &report);
    static SummaryEntry of(const ReportSummary &summary, const StoredFigureCells &figures);

private:
    static SummaryEntry of(const ReportSummary &summary, const QList<KeyFigure> &figures);
};

/// One figure of an agency against the year before.
struct FigureChange
{
    std::optional<Decimal> previous;   ///< last year's value
    std::optional<Decimal> difference; ///< this year's minus last year's, when both are known
    bool outlier = false;              ///< changed by an order of magnitude (KeyFigures::isOutlier)
};

/// A line of the summary: an agency's figures of the year with their change from the year before.
struct SummaryRow
{
    SummaryEntry entry;
    bool hasPrevious = false;    ///< the agency has a report of the year before
    QList<FigureChange> changes; ///< one per figure

    /// The report has errors, or its stored content is damaged.
    bool hasErrors() const { return entry.damaged || entry.errors.value_or(0) > 0; }
    bool hasOutlier() const;
    /// What makes the row stand out, one sentence each: its errors, each outlying figure.
    QStringList remarks() const;
};

/// The county's sum of one figure in one year.
struct FigureTotal
{
    std::optional<Decimal> sum; ///< nullopt when no report states the figure
    int reporting = 0;          ///< reports whose value is in the sum
    int missing = 0;            ///< reports without a value for it (blank, or not in their format)
};

/// The county's totals of one year.
struct YearTotals
{
    int year = 0;
    int reports = 0;
    QList<FigureTotal> figures; ///< one per KeyFigures::definitions()
};

/**
 * The county at a glance for one year: the key figures of every agency's report, the county's
 * totals with their change from the year before, the totals of every earlier year (the trend),
 * and what stands out — an agency whose figure changed by an order of magnitude, a report with
 * errors. Built from plain entries, so it is the same whether they come from a store, files or a
 * test; every sum is exact (Decimal).
 */
class CountySummary
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CountySummary)
public:
    /// The summary of year from entries of any years (those after year are ignored). Rows keep the
    /// order of the year's entries.
    static CountySummary build(int year, const QList<SummaryEntry> &entries);

    int year() const { return m_year; }
    const QList<SummaryRow> &rows() const { return m_rows; }
    const YearTotals &totals() const { return m_totals; }
    /// The totals of the year before, when any report of it is known.
    const std::optional<YearTotals> &previousTotals() const { return m_previousTotals; }
    /// This year's total minus last year's, per figure, when both are known.
    std::optional<Decimal> totalChange(int figure) const;
    /// Totals of every year up to year() that has reports, oldest first.
    const QList<YearTotals> &trend() const { return m_trend; }

    int reportsWithErrors() const;
    int reportsWithOutliers() const;
    /// Whether any figure of the year has reports without a value (so its total is partial).
    bool hasPartialTotals() const;

private:
    static YearTotals totalsOf(int year, const QList<const SummaryEntry *> &entries);

    int m_year = 0;
    QList<SummaryRow> m_rows;
    YearTotals m_totals;
    std::optional<YearTotals> m_previousTotals;
    QList<YearTotals> m_trend;
};

} // namespace nianbao
