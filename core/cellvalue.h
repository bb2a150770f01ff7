// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"

#include <QString>

namespace nianbao {

/// What a cell may hold, declared per column in the format files.
enum class CellKind : quint8 {
    Count,       ///< non-negative integer
    SignedCount, ///< integer written with an optional sign, e.g. 本年增/减 "+8"
    Amount,      ///< non-negative decimal with up to four places and a unit
};

enum class AmountUnit : quint8 {
    None,    ///< the cell states no unit (only possible where the unit comes from the cell)
    Yuan,    ///< 元
    WanYuan, ///< 万元
};

QString unitText(AmountUnit unit);

/**
 * The content of one table cell. A blank cell is distinct from 0: blank means the clerk wrote
 * nothing, which the `cell.blank` rule reports. Text that is not a number of the cell's kind is
 * kept verbatim as an invalid value so that nothing typed is ever lost (`value.invalid`).
 */
class CellValue
{
public:
    enum class State : quint8 { Blank, Number, Invalid };

    CellValue() = default;
    static CellValue count(qint64 value) { return CellValue(State::Number, Decimal::fromInteger(value)); }
    static CellValue amount(Decimal value, AmountUnit unit);
    static CellValue invalid(const QString &text);

    /// Reads what a person typed or a report printed into a cell of the given kind. Surrounding
    /// blanks (Whitespace::isSpace) are ignored; an empty text is blank. Amounts may carry a
    /// unit suffix: "251000元", "20.001万元", "1983.6271（万元）".
    static CellValue parse(QStringView text, CellKind kind);

    State state() const { return m_state; }
    bool isBlank() const { return m_state == State::Blank; }
    bool isNumber() const { return m_state == State::Number; }
    bool isInvalid() const { return m_state == State::Invalid; }

    /// The number; for counts an integer, for amounts exact to four places. Zero unless isNumber().
    Decimal number() const { return m_number; }
    qint64 integer() const { return m_number.integerPart(); }
    AmountUnit unit() const { return m_unit; }
    /// The verbatim text of an invalid value.
    const QString &invalidText() const { return m_text; }

    /// Canonical text: "" for blank, "+8" for a positive signed count, "20.001万元" for an amount
    /// whose unit is stated in the cell, the verbatim text for an invalid value.
    QString toText(CellKind kind, bool unitInCell = false) const;

    friend bool operator==(const CellValue &, const CellValue &) = default;

private:
    CellValue(State state, Decimal number, AmountUnit unit = AmountUnit::None)
        : m_state(state)
        , m_unit(unit)
        , m_number(number)
    {}
    State m_state = State::Blank;
    AmountUnit m_unit = AmountUnit::None;
    Decimal m_number;
    QString m_text;
};

} // namespace nianbao
