// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace nianbao {

class CountySummary;

/**
 * The county summary for other programs: the figures (id, label, group), each agency's report
 * with its status, counts, values, last year's values, changes, outliers and remarks, the county
 * totals of the year and the year before, and the trend. Values are keyed by figure id; a figure a
 * report does not state is null. Numbers are JSON numbers (exact: see spreadsheetNumber).
 */
class SummaryJson
{
public:
    static QJsonObject of(const CountySummary &summary);
};

} // namespace nianbao
