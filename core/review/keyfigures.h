// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "report.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

/// One headline figure of a report for the supervisor's table.
struct KeyFigure
{
    QString id;                   ///< "received", "disclosed", "review", "litigation"
    QString label;                ///< 收到申请, 予以公开, 行政复议, 行政诉讼 (from the data file)
    std::optional<Decimal> value; ///< the sum of its cells; nullopt when they are all blank or invalid

    QString text() const; ///< the value as text, "—" when there is none
};

/// A key figure as data: which cells it sums.
struct KeyFigureDef
{
    QString id;
    QString label;
    QStringList cells; ///< cell ids ("p3/received/total"), summed
};

/**
 * The headline figures of a report — applications received, 予以公开, 行政复议 and 行政诉讼 totals —
 * read from the cells named in `resources/formats/key-figures.json`, so the CLI's list and the
 * supervisor's table show the same numbers and no code names a cell.
 */
class KeyFigures
{
public:
    static const QList<KeyFigureDef> &definitions();
    /// The figures of a report, in the order of the definitions.
    static QList<KeyFigure> of(const Report &report);
};

} // namespace nianbao
