// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace nianbao {

/**
 * Dates as a signature block prints them: `2021年1月15日`, `2020年01月13日`, with spaces, or in
 * Chinese numerals (`二〇二一年一月十五日`).
 */
class ChineseDate
{
public:
    /// The date the whole text states; an invalid date when the text is anything else.
    static QDate parse(QStringView text);
    /// `2021年1月15日`.
    static QString format(QDate date);
};

} // namespace nianbao
