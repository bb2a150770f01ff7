// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellvalue.h"

#include "whitespace.h"

namespace nianbao {

namespace {

struct UnitSuffix
{
    QStringView text;
    AmountUnit unit;
};

// Longest first, so that "（万元）" is not read as "元)".
constexpr UnitSuffix unitSuffixes[] = {
    {u"（万元）", AmountUnit::WanYuan}, {u"(万元)", AmountUnit::WanYuan}, {u"（元）", AmountUnit::Yuan},
    {u"(元)", AmountUnit::Yuan},        {u"万元", AmountUnit::WanYuan},   {u"元", AmountUnit::Yuan},
};

} // namespace

QString unitText(AmountUnit unit)
{
    switch (unit) {
    case AmountUnit::Yuan:
        return QStringLiteral("元");
    case AmountUnit::WanYuan:
        return QStringLiteral("万元");
    case AmountUnit::None:
        break;
    }
    return {};
}

CellValue CellValue::amount(Decimal value, AmountUnit unit)
{
    return CellValue(State::Number, value, unit);
}

CellValue CellValue::invalid(const QString &text)
{
    CellValue value(State::Invalid, Decimal());
    value.m_text = text;
    return value;
}

CellValue CellValue::parse(QStringView text, CellKind kind)
{
    const QStringView content = Whitespace::trimmed(text);
    if (content.isEmpty())
        return {};
    QStringView number = content;
    AmountUnit unit = AmountUnit::None;
    if (kind == CellKind::Amount) {
        for (const UnitSuffix &suffix : unitSuffixes) {
            if (number.endsWith(suffix.text)) {
                number = Whitespace::trimmed(number.chopped(suffix.text.size()));
                unit = suffix.unit;
                break;
            }
        }
    }
    const bool signedText = !number.isEmpty() && (number[0] == u'+' || number[0] == u'-');
    const std::optional<Decimal> parsed = Decimal::parse(number);
    const bool valid = parsed && [&] {
        switch (kind) {
        case CellKind::Count:
            return parsed->isInteger() && !signedText;
        case CellKind::SignedCount:
            return parsed->isInteger();
        case CellKind::Amount:
            return !signedText;
        }
        return false;
    }();
    if (!valid)
        return invalid(content.toString());
    return CellValue(State::Number, *parsed, unit);
}

QString CellValue::toText(CellKind kind, bool unitInCell) const
{
    switch (m_state) {
    case State::Blank:
        return {};
    case State::Invalid:
        return m_text;
    case State::Number:
        break;
    }
    QString text = m_number.toString();
    if (kind == CellKind::SignedCount && m_number > Decimal())
        text.prepend(u'+');
    if (kind == CellKind::Amount && unitInCell)
        text += unitText(m_unit);
    return text;
}

} // namespace nianbao
