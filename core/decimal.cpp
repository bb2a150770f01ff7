// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimal.h"

#include <limits>

namespace nianbao {

std::optional<Decimal> Decimal::parse(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype pos = 0;
    bool negative = false;
    if (text[0] == u'+' || text[0] == u'-') {
        negative = text[0] == u'-';
        ++pos;
    }
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 10;
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128; ++pos, ++wholeDigits) {
        if (whole > limit / Scale)
            return std::nullopt;
        whole = whole * 10 + (text[pos].unicode() - u'0');
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        for (; pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128;
             ++pos, ++fractionDigits) {
            if (fractionDigits == Places)
                return std::nullopt;
            fraction = fraction * 10 + (text[pos].unicode() - u'0');
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (pos != text.size() || wholeDigits == 0)
        return std::nullopt;
    for (int i = fractionDigits; i < Places; ++i)
        fraction *= 10;
    const qint64 units = whole * Scale + fraction;
    return Decimal(negative ? -units : units);
}

QString Decimal::toString() const
{
    const bool negative = m_units < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_units) : quint64(m_units);
    QString result = QString::number(magnitude / Scale);
    quint64 fraction = magnitude % Scale;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(Places, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        result += u'.' + digits;
    }
    return negative ? u'-' + result : result;
}

} // namespace nianbao
