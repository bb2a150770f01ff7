// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "report.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

class Format;

/// One headline figure of a report.
struct KeyFigure
{
    QString id;                   ///< "received", "disclosed", "review", …
    QString label;                ///< 收到申请, 予以公开, 行政复议, … (from the data file)
    std::optional<Decimal> value; ///< the sum of its cells; nullopt when they are all blank or invalid,
                                  ///< or when the report's format does not have the figure

    QString text() const; ///< the value as text, "—" when there is none
};

/// A key figure as data: which cells it sums in each format.
struct KeyFigureDef
{
    QString id;
    QString label;
    QString group;         ///< id of its KeyFigureGroup
    bool overview = false; ///< shown in the year table and `review list` as well as in the summary
    Decimal outlierFloor;  ///< the smaller change is no outlier (see KeyFigures::isOutlier)
    QStringList cells;     ///< cell ids ("p3/received/total") summed in every format …
    QHash<QString, QStringList> cellsByFormat; ///< … unless the format has its own list here

    /// The cells the figure sums in a format; empty when the format does not have the figure.
    QStringList cellsOf(const Format &format) const;
};

/// A header above neighbouring figures in the summary (依申请公开 over 收到申请 … 结转下年).
struct KeyFigureGroup
{
    QString id;
    QString label;
};

/// Which figures the summary's charts plot (ids of KeyFigureDef).
struct KeyFigureCharts
{
    QString perAgency;    ///< one bar per agency
    QStringList trend;    ///< the county's totals over the years, one line each
    QStringList outcomes; ///< the split of the year's outcomes
};

/**
 * The headline figures of a report — applications received and how they ended, carried over,
 * 行政复议 and 行政诉讼, 主动公开 documents and decisions, fees — read from the cells named in
 * `resources/formats/key-figures.json`, so the CLI, the year table, the county summary and its
 * charts show the same numbers and no code names a cell.
 */
class KeyFigures
{
public:
    static const QList<KeyFigureDef> &definitions();
    static const QList<KeyFigureGroup> &groups();
    static const KeyFigureCharts &charts();
    /// Indexes into definitions() of the figures in the year table, in order.
    static const QList<int> &overview();
    /// Index into definitions() of a figure id, -1 when unknown.
    static int indexOf(const QString &id);

    /// The figures of a report, in the order of the definitions.
    static QList<KeyFigure> of(const Report &report);
    /// The same from the values of the figures' cells alone (by cell id; a cell not given is blank),
    /// as the store reads them for the summary and the year table without the rest of the report.
    static QList<KeyFigure> of(const Format &format, const QHash<QString, CellValue> &cells);
    /// Every cell that some figure sums in the format, each once, in the format's order.
    static QStringList cellsOf(const Format &format);
    /// Every cell that some figure sums in any format, each once.
    static const QStringList &cellsOfEveryFormat();

    /// Whether a figure changed by an order of magnitude: now is at least `factor` times before, or
    /// before at least `factor` times now, and the larger is at least the figure's floor.
    static bool isOutlier(const KeyFigureDef &figure, Decimal before, Decimal now);
    /// The factor of isOutlier (10).
    static int outlierFactor();
};

} // namespace nianbao
