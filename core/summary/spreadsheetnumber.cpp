// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetnumber.h"

namespace nianbao {

std::optional<double> spreadsheetNumber(Decimal value)
{
    constexpr qint64 ExactLimit = 1'000'000'000'000'000; // 10^15 units: 15 significant digits
    if (value.units() >= ExactLimit || value.units() <= -ExactLimit)
        return std::nullopt;
    // Both operands are exact doubles and IEEE division rounds correctly: the nearest double.
    return double(value.units()) / double(Decimal::Scale);
}

QJsonValue jsonNumber(const std::optional<Decimal> &value)
{
    if (!value)
        return QJsonValue::Null;
    const std::optional<double> number = spreadsheetNumber(*value);
    return number ? QJsonValue(*number) : QJsonValue(value->toString());
}

} // namespace nianbao
