// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellvalue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace nianbao {

struct ColumnDef;

/**
 * Reads a value the way a clerk types it into a table cell: with an input method's full-width
 * digits and punctuation (１２, １２．５, ＋８, 12。5 from the Chinese-mode full stop), thousands
 * separators (12,345 or 12，345) and a trailing unit that matches the column (12件; 20.5万元 in a
 * 万元 column). Nothing is guessed: misplaced separators, a unit the column is not in and anything
 * else are refused with a message that names the text and shows what would be accepted.
 */
class CellInput
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CellInput)

public:
    /// The value for a cell of column; nullopt and *problem (what was wrong, what would do) when
    /// the text cannot be read. Empty text is a blank value.
    static std::optional<CellValue> read(QStringView text, const ColumnDef &column, QString *problem);

    /// The text with surrounding spaces removed, full-width characters made ASCII and thousands
    /// separators dropped ("１，２３４件" → "1234件"); nullopt when a separator is misplaced ("1,23").
    static std::optional<QString> normalized(QStringView text);
};

} // namespace nianbao
