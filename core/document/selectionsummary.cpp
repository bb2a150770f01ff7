// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionsummary.h"

namespace nianbao {

SelectionSummary SelectionSummary::of(const QList<CellValue> &values)
{
    SelectionSummary summary;
    summary.m_cells = int(values.size());
    std::optional<AmountUnit> unit;
    for (const CellValue &value : values) {
        if (!value.isNumber())
            continue;
        ++summary.m_numbers;
        summary.m_sum = summary.m_sum + value.number();
        if (unit && *unit != value.unit())
            summary.m_mixedUnits = true;
        unit = value.unit();
    }
    return summary;
}

std::optional<Decimal> SelectionSummary::sum() const
{
    if (m_numbers == 0 || m_mixedUnits)
        return std::nullopt;
    return m_sum;
}

std::optional<Decimal> SelectionSummary::average() const
{
    if (m_numbers == 0 || m_mixedUnits)
        return std::nullopt;
    // Rounded half away from zero to the last of the four places.
    const qint64 units = m_sum.units();
    const qint64 half = m_numbers / 2;
    const qint64 rounded = units >= 0 ? (units + half) / m_numbers : -((-units + half) / m_numbers);
    return Decimal::fromUnits(rounded);
}

QString SelectionSummary::text() const
{
    if (m_cells < 2)
        return {};
    if (m_numbers == 0)
        return tr("Count: 0");
    if (m_mixedUnits)
        return tr("Count: %1　(amounts in 元 and in 万元 are not added up)").arg(m_numbers);
    return tr("Sum: %1　Count: %2　Average: %3")
        .arg(sum()->toString())
        .arg(m_numbers)
        .arg(average()->toString());
}

} // namespace nianbao
