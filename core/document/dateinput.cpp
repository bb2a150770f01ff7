// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateinput.h"

#include "textlayout/chinesedate.h"
#include "textlayout/labeltext.h"

#include <QRegularExpression>

namespace nianbao {

std::optional<QDate> DateInput::read(QStringView text, QString *problem)
{
    const QStringView content = LabelText::trimmed(text);
    if (content.isEmpty())
        return QDate();
    QString digits;
    for (const QChar c : content) {
        const char16_t u = c.unicode();
        digits += u >= u'０' && u <= u'９' ? QChar(char16_t(u'0' + (u - u'０'))) : c;
    }
    // 2022-1-20, 2022.1.20, 2022/1/20 (full-width separators too), and 20220120 as spreadsheets write it.
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-./．／－]\\s*(\\d{1,2})\\s*[-./．／－]\\s*(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QDate date;
    QRegularExpressionMatch match = separated.match(digits);
    if (!match.hasMatch())
        match = compact.match(digits);
    if (match.hasMatch())
        date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    else
        date = ChineseDate::parse(content);
    if (date.isValid())
        return date;
    *problem = tr("Write the date as 2022年1月20日, 2022-01-20, 2022.1.20 or 2022/1/20; “%1” is not a date.")
                   .arg(content.toString());
    return std::nullopt;
}

} // namespace nianbao
