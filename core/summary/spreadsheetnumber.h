// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"

#include <QJsonValue>

#include <optional>

namespace nianbao {

/**
 * The number a spreadsheet or JSON cell stores for an exact decimal. Both keep IEEE doubles, so
 * this is the one place where a figure becomes one. For a decimal of at most 15 significant digits
 * the nearest double's shortest form is that decimal again, which is what a spreadsheet program
 * shows and QJsonDocument writes; libxlsxwriter writes 16 significant digits (65.4292 as
 * 65.42919999999999), which read back as the same double. nullopt for a decimal with more digits,
 * which would not come back exactly.
 */
std::optional<double> spreadsheetNumber(Decimal value);

/// A figure as a JSON number (spreadsheetNumber), as its exact text when too long for a double, or
/// null when there is none.
QJsonValue jsonNumber(const std::optional<Decimal> &value);

} // namespace nianbao
