// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellinput.h"

#include "format.h"
#include "textlayout/labeltext.h"

#include <limits>

namespace nianbao {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// Full-width forms (U+FF01 … U+FF5E: digits, ＋, －, ．, ，, （, ）) as their ASCII counterparts.
QChar halfWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    if (u == 0x2212) // MINUS SIGN
        return u'-';
    return c;
}

/// The amount in the other unit when it is exact with four decimals.
std::optional<Decimal> converted(Decimal amount, AmountUnit from, AmountUnit to)
{
    constexpr qint64 factor = 10000;
    if (from == AmountUnit::Yuan && to == AmountUnit::WanYuan) {
        if (amount.units() % factor != 0)
            return std::nullopt;
        return Decimal::fromUnits(amount.units() / factor);
    }
    if (from == AmountUnit::WanYuan && to == AmountUnit::Yuan) {
        if (amount.units() > std::numeric_limits<qint64>::max() / factor)
            return std::nullopt;
        return Decimal::fromUnits(amount.units() * factor);
    }
    return std::nullopt;
}

QString whatWouldDo(const ColumnDef &column, const QString &typed)
{
    switch (column.kind) {
    case CellKind::Count:
        return CellInput::tr(
                   "Enter a whole number of 0 or more, such as 0, 12, 1,234 or 12件; “%1” is not one.")
            .arg(typed);
    case CellKind::SignedCount:
        return CellInput::tr(
                   "Enter a whole number, with + or - for a change, such as +8, -3 or 0; “%1” is not one.")
            .arg(typed);
    case CellKind::Amount:
        if (column.unitInCell)
            return CellInput::tr(
                       "Enter an amount with at most four decimals and its unit, such as 20.001万元 or "
                       "251,000元; “%1” is not one.")
                .arg(typed);
        return CellInput::
            tr("Enter an amount in %1 with at most four decimals, such as 20.001 or 1,234.5%1; “%2” is not "
               "one.")
                .arg(unitText(column.unit), typed);
    }
    return {};
}

} // namespace

std::optional<QString> CellInput::normalized(QStringView text)
{
    const QStringView content = LabelText::trimmed(text);
    QString half;
    half.reserve(content.size());
    for (qsizetype i = 0; i < content.size(); ++i) {
        QChar c = halfWidth(content[i]);
        // A Chinese input method types 。 for the full stop key: between digits it is a decimal point.
        if (c == u'。' && i > 0 && i + 1 < content.size() && isAsciiDigit(halfWidth(content[i - 1])) &&
            isAsciiDigit(halfWidth(content[i + 1])))
            c = u'.';
        half += c;
    }
    const qsizetype begin = !half.isEmpty() && (half[0] == u'+' || half[0] == u'-') ? 1 : 0;
    qsizetype end = begin;
    while (end < half.size() && (isAsciiDigit(half[end]) || half[end] == u','))
        ++end;
    const QStringView integer = QStringView(half).sliced(begin, end - begin);
    if (!integer.contains(u','))
        return half;
    const QList<QStringView> groups = integer.split(u',');
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return std::nullopt;
    QString digits;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (i > 0 && groups[i].size() != 3)
            return std::nullopt;
        digits += groups[i];
    }
    return half.first(begin) + digits + half.sliced(end);
}

std::optional<CellValue> CellInput::read(QStringView text, const ColumnDef &column, QString *problem)
{
    const QString typed = LabelText::trimmed(text).toString();
    const std::optional<QString> normal = normalized(text);
    if (!normal) {
        *problem =
            CellInput::tr(
                "Thousands separators stand between groups of three digits, as in 1,234 or 12,345, and "
                "the decimal point is “.”; “%1” is not written so.")
                .arg(typed);
        return std::nullopt;
    }
    QStringView number = *normal;
    if (column.kind != CellKind::Amount && number.endsWith(u'件')) {
        number = LabelText::trimmed(number.chopped(1));
        if (number.isEmpty()) {
            *problem = whatWouldDo(column, typed);
            return std::nullopt;
        }
    }
    CellValue value = CellValue::parse(number, column.kind);
    if (value.isInvalid()) {
        *problem = whatWouldDo(column, typed);
        return std::nullopt;
    }
    if (value.isNumber() && column.kind == CellKind::Amount && !column.unitInCell) {
        if (value.unit() != AmountUnit::None && value.unit() != column.unit) {
            const std::optional<Decimal> inColumnUnit = converted(value.number(), value.unit(), column.unit);
            *problem =
                inColumnUnit
                    ? CellInput::tr("This column is in %1 and “%2” is in %3: enter %4 (the same amount in "
                                    "%1).")
                          .arg(unitText(column.unit), typed, unitText(value.unit()), inColumnUnit->toString())
                    : CellInput::tr("This column is in %1 and “%2” is in %3: enter the amount in %1.")
                          .arg(unitText(column.unit), typed, unitText(value.unit()));
            return std::nullopt;
        }
        value = CellValue::amount(value.number(), column.unit);
    }
    return value;
}

} // namespace nianbao
