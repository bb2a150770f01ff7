// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellvalue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/**
 * The sum, count and average of the numbers among selected cells, as a spreadsheet's status bar
 * shows them. Exact: the sum is a decimal, the average is rounded to four places. Amounts in 元 and
 * in 万元 are not added up (there is no sum that would mean anything).
 */
class SelectionSummary
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SelectionSummary)

public:
    static SelectionSummary of(const QList<CellValue> &values);

    int numbers() const { return m_numbers; }
    /// nullopt when nothing is added up (no numbers, or amounts in different units).
    std::optional<Decimal> sum() const;
    std::optional<Decimal> average() const;
    /// "求和：12　计数：3　平均值：4"; empty when fewer than two cells are selected.
    QString text() const;

private:
    int m_cells = 0;
    int m_numbers = 0;
    Decimal m_sum;
    bool m_mixedUnits = false;
};

} // namespace nianbao
