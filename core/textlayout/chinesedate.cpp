// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesedate.h"

#include "labeltext.h"

namespace nianbao {

namespace {

int chineseDigit(QChar c)
{
    static constexpr QStringView digits = u"〇一二三四五六七八九";
    if (c == u'零' || c == u'○' || c == u'Ｏ' || c == u'O')
        return 0;
    const qsizetype index = digits.indexOf(c);
    if (index >= 0)
        return int(index);
    if (c.unicode() >= u'0' && c.unicode() <= u'9')
        return c.unicode() - u'0';
    if (c.unicode() >= u'０' && c.unicode() <= u'９')
        return c.unicode() - u'０';
    return -1;
}

// "2021", "二〇二一", "15", "十五", "二十", "01"; -1 when not a number.
int number(QStringView text)
{
    if (text.isEmpty() || text.size() > 4)
        return -1;
    const qsizetype ten = text.indexOf(u'十');
    if (ten >= 0) {
        const int tens = ten == 0 ? 1 : (ten == 1 ? chineseDigit(text[0]) : -1);
        const int ones =
            ten + 1 == text.size() ? 0 : (ten + 2 == text.size() ? chineseDigit(text[ten + 1]) : -1);
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
    int value = 0;
    for (QChar c : text) {
        const int digit = chineseDigit(c);
        if (digit < 0)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}

} // namespace

QDate ChineseDate::parse(QStringView text)
{
    constexpr qsizetype maxLength = 40;
    const QStringView content = LabelText::trimmed(text);
    if (content.size() > maxLength)
        return {};
    QString compact;
    for (QChar c : content) {
        if (!LabelText::isSpace(c))
            compact += c;
    }
    if (compact.size() > 16)
        return {};
    const qsizetype yearEnd = compact.indexOf(u'年');
    const qsizetype monthEnd = compact.indexOf(u'月');
    const qsizetype dayEnd = compact.indexOf(u'日');
    if (yearEnd != 4 || monthEnd <= yearEnd + 1 || dayEnd <= monthEnd + 1 || dayEnd != compact.size() - 1)
        return {};
    const QStringView view(compact);
    return QDate(number(view.first(yearEnd)), number(view.sliced(yearEnd + 1, monthEnd - yearEnd - 1)),
                 number(view.sliced(monthEnd + 1, dayEnd - monthEnd - 1)));
}

QString ChineseDate::format(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace nianbao
