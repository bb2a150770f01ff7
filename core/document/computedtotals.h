// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellvalue.h"

#include <QList>

#include <utility>

namespace nianbao {

class Report;

using CellEdit = std::pair<int, CellValue>;

/**
 * Keeps the totals a format prints (总计 columns and rows) equal to the sum of their terms. The
 * clerk never types a sum: an edit of a term carries the new totals with it, so that one undo
 * step restores both. Only totals that depend on the edited cells change, so a wrong total read
 * from an imported report stays visible (and fixable) until the clerk touches its terms.
 */
class ComputedTotals
{
public:
    /// The edits followed by every total they change (transitively) with its new value.
    static QList<CellEdit> withTotals(const Report &report, const QList<CellEdit> &edits);
    /// The sum of a total's terms as the report stands; blank when every term is blank.
    static CellValue expected(const Report &report, int cell);
};

} // namespace nianbao
