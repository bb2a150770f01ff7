// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancerule.h"

#include "validationcontext.h"

namespace nianbao {

namespace {

struct Side
{
    Decimal sum;
    bool anyNumber = false;
    bool anyInvalid = false;
};

Side sideOf(const ValidationContext &context, const TableDef &table, const QList<int> &rows, int column)
{
    Side side;
    for (int row : rows) {
        const CellValue &value = context.cell(table.cellIndex(row, column));
        side.anyInvalid = side.anyInvalid || value.isInvalid();
        side.anyNumber = side.anyNumber || value.isNumber();
        side.sum = side.sum + value.number();
    }
    return side;
}

} // namespace

void BalanceRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const QList<TableDef> &tables = context.format.tables();
    for (int t = 0; t < tables.size(); ++t) {
        const TableDef &table = tables[t];
        for (const BalanceDef &balance : table.balances) {
            for (int c = 0; c < table.columns.size(); ++c) {
                const Side left = sideOf(context, table, balance.left, c);
                const Side right = sideOf(context, table, balance.right, c);
                if (left.anyInvalid || right.anyInvalid || !left.anyNumber || !right.anyNumber ||
                    left.sum == right.sum)
                    continue;
                QList<Location> where;
                const auto describe = [&](const QList<int> &rows) {
                    QStringList labels;
                    for (int row : rows) {
                        where.append(Location::ofCell(table.cellIndex(row, c)));
                        labels.append(context.rowLabel(t, row));
                    }
                    return labels.join(tr(" + "));
                };
                const QString leftText = describe(balance.left);
                const QString rightText = describe(balance.right);
                findings.append({balance.rule, Severity::Error, where,
                                 tr("%1, column “%2”: %3 = %4, but %5 = %6; both must be equal")
                                     .arg(partNumeral(table.part), context.format.columnName(t, c), leftText,
                                          left.sum.toString(), rightText, right.sum.toString()),
                                 std::nullopt});
            }
        }
    }
}

QList<RuleDescription> BalanceRule::descriptions() const
{
    QList<RuleDescription> described;
    for (const Format *format : Format::all()) {
        for (const TableDef &table : format->tables()) {
            const auto labels = [&table](const QList<int> &rows) {
                QStringList names;
                for (int row : rows)
                    names.append(table.rows[row].label);
                return names.join(tr(" + "));
            };
            for (const BalanceDef &balance : table.balances)
                described.append(
                    {balance.rule,
                     Severity::Error,
                     tr("%1, in every column: %2 = %3 (the 勾稽关系 printed in the table)")
                         .arg(partNumeral(table.part), labels(balance.left), labels(balance.right)),
                     {format->id()}});
        }
    }
    return described;
}

} // namespace nianbao
