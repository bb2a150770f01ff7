// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace nianbao {

/**
 * An exact non-negative or negative decimal with four fractional digits, stored as an integer
 * number of ten-thousandths. Amounts in the reports (万元 with up to four decimals) must add up
 * exactly, which binary floating point cannot promise.
 */
class Decimal
{
public:
    static constexpr int Places = 4;
    static constexpr qint64 Scale = 10000;

    constexpr Decimal() = default;
    static constexpr Decimal fromUnits(qint64 units) { return Decimal(units); }
    static constexpr Decimal fromInteger(qint64 value) { return Decimal(value * Scale); }

    /// Parses "12", "-3", "+8", "20.001", "75627.00"; nullopt for anything else, for more than
    /// four decimals and for values that do not fit.
    static std::optional<Decimal> parse(QStringView text);

    constexpr qint64 units() const { return m_units; }
    constexpr bool isInteger() const { return m_units % Scale == 0; }
    constexpr qint64 integerPart() const { return m_units / Scale; }

    /// Shortest exact form: "20.001", "75627", "-3".
    QString toString() const;

    friend constexpr auto operator<=>(Decimal, Decimal) = default;
    friend constexpr Decimal operator+(Decimal a, Decimal b) { return Decimal(a.m_units + b.m_units); }
    friend constexpr Decimal operator-(Decimal a, Decimal b) { return Decimal(a.m_units - b.m_units); }

private:
    constexpr explicit Decimal(qint64 units)
        : m_units(units)
    {}
    qint64 m_units = 0;
};

} // namespace nianbao
