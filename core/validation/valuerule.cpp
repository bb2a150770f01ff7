// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuerule.h"

#include "validationcontext.h"

namespace nianbao {

namespace {

bool fitsKind(const CellValue &value, CellKind kind)
{
    switch (kind) {
    case CellKind::Count:
        return value.number().isInteger() && value.number() >= Decimal();
    case CellKind::SignedCount:
        return value.number().isInteger();
    case CellKind::Amount:
        return value.number() >= Decimal();
    }
    return false;
}

} // namespace

void ValueRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const auto expected = [](const ColumnDef &column) {
        switch (column.kind) {
        case CellKind::Count:
            return tr("a whole number of at least 0");
        case CellKind::SignedCount:
            return tr("a whole number with an optional sign, such as +8, 0 or -3");
        case CellKind::Amount:
            break;
        }
        return column.unitInCell
                   ? tr("an amount of at least 0 with at most four decimals and the unit 元 or 万元")
                   : tr("an amount of at least 0 with at most four decimals");
    };
    const QList<TableDef> &tables = context.format.tables();
    for (int t = 0; t < tables.size(); ++t) {
        const TableDef &table = tables[t];
        for (int r = 0; r < table.rows.size(); ++r) {
            for (int c = 0; c < table.columns.size(); ++c) {
                const int index = table.cellIndex(r, c);
                const CellValue &value = context.cell(index);
                const ColumnDef &column = table.columns[c];
                if (value.isBlank())
                    continue;
                if (value.isInvalid() || !fitsKind(value, column.kind)) {
                    findings.append({QStringLiteral("value.invalid"),
                                     Severity::Error,
                                     {Location::ofCell(index)},
                                     tr("%1: “%2” is not %3")
                                         .arg(context.format.cellName(index),
                                              value.toText(column.kind, column.unitInCell), expected(column)),
                                     std::nullopt});
                } else if (column.unit != AmountUnit::None && value.unit() != AmountUnit::None &&
                           value.unit() != column.unit) {
                    findings.append({QStringLiteral("value.invalid"),
                                     Severity::Error,
                                     {Location::ofCell(index)},
                                     tr("%1: the column is in %2, but the cell states %3")
                                         .arg(context.format.cellName(index), unitText(column.unit),
                                              unitText(value.unit())),
                                     std::nullopt});
                }
            }
        }
    }
}

QList<RuleDescription> ValueRule::descriptions() const
{
    return {
        {QStringLiteral("value.invalid"), Severity::Error,
         tr("A cell holds something that is not a number of its kind: a count is a non-negative integer, "
            "本年增/减 a signed integer, an amount a non-negative decimal with at most four decimals (and, "
            "where the unit is written in the cell, 元 or 万元).")}};
}

} // namespace nianbao
