// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace nianbao {

/**
 * Reads a date as people type it in a Chinese office: 2022-01-20, 2022年1月20日, 2022.1.20,
 * 2022/1/20, 20220120, in full-width digits too, or in Chinese numerals as a signature prints it
 * (二〇二二年一月二十日). What is not a date is refused with a message listing what would do.
 */
class DateInput
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DateInput)

public:
    /// The date the text states; an invalid QDate for empty text (no date); nullopt and *problem
    /// when the text is not a date.
    static std::optional<QDate> read(QStringView text, QString *problem);
};

} // namespace nianbao
