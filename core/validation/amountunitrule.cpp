// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountunitrule.h"

#include "validationcontext.h"

namespace nianbao {

namespace {

constexpr qint64 YuanPerWan = 10000;

/// An amount in 万元 and what it is spread over.
struct Magnitude
{
    Decimal total;    ///< 万元
    qint64 items = 0; ///< 0 when the table counts no items
    Decimal perItem() const { return Decimal::fromUnits(items > 0 ? total.units() / items : total.units()); }
};

bool tooLarge(const Magnitude &m, const AgencyKind::AmountLimits &limits)
{
    return m.total > limits.total || (m.items > 0 && m.perItem() > limits.perItem);
}

bool tooSmall(const Magnitude &m, const AgencyKind::AmountLimits &limits)
{
    return m.items > 0 && m.total > Decimal() && m.perItem() < limits.perItemMin;
}

Magnitude inYuan(Magnitude m)
{
    m.total = Decimal::fromUnits(m.total.units() / YuanPerWan);
    return m;
}

/// A figure for messages: whole 万元 when large, up to four decimals when small.
QString roughly(Decimal amount)
{
    return amount >= Decimal::fromInteger(100) ? QString::number(amount.integerPart()) : amount.toString();
}

} // namespace

void AmountUnitRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const AgencyKind *kind = context.kind;
    const bool limited = kind && kind->hasAmountLimits();
    const auto describe = [](const Magnitude &m) {
        return m.items > 0
                   ? tr("%1 万元 per item for %2 items").arg(roughly(m.perItem()), QString::number(m.items))
                   : tr("%1 万元 in all").arg(roughly(m.total));
    };
    const QList<TableDef> &tables = context.format.tables();
    for (int t = 0; t < tables.size(); ++t) {
        const TableDef &table = tables[t];
        for (int c = 0; c < table.columns.size(); ++c) {
            const ColumnDef &column = table.columns[c];
            if (column.kind != CellKind::Amount)
                continue;
            const int countColumn = column.countColumn.isEmpty() ? -1 : table.columnIndex(column.countColumn);
            for (int r = 0; r < table.rows.size(); ++r) {
                const int index = table.cellIndex(r, c);
                const CellValue &value = context.cell(index);
                // A zero needs no unit and has no magnitude.
                if (!value.isNumber() || value.number() == Decimal())
                    continue;
                QList<Location> where{Location::ofCell(index)};
                Magnitude magnitude{value.number(), 0};
                if (countColumn >= 0) {
                    const CellValue &count = context.cell(table.cellIndex(r, countColumn));
                    if (count.isNumber() && count.integer() > 0) {
                        magnitude.items = count.integer();
                        where.append(Location::ofCell(table.cellIndex(r, countColumn)));
                    }
                }
                const QString name = context.format.cellName(index);
                const QString amount = value.number().toString();
                const AmountUnit unit = column.unitInCell ? value.unit() : column.unit;
                QString message;
                if (unit == AmountUnit::None) {
                    // 万元 is the common convention for a bare amount; when that reading is absurd
                    // and the 元 reading is not, say so.
                    message =
                        limited && tooLarge(magnitude, kind->amountLimits) &&
                                !tooLarge(inYuan(magnitude), kind->amountLimits)
                            ? tr("%1: the amount %2 states no unit; read as 万元 it is %3, implausible for a "
                                 "%4, so it is probably 元")
                                  .arg(name, amount, describe(magnitude), kind->label)
                            : tr("%1: the amount %2 states no unit; write 元 or 万元").arg(name, amount);
                } else if (limited) {
                    if (unit == AmountUnit::Yuan)
                        magnitude = inYuan(magnitude);
                    if (unit == AmountUnit::WanYuan && tooLarge(magnitude, kind->amountLimits) &&
                        !tooLarge(inYuan(magnitude), kind->amountLimits))
                        message = tr("%1: %2 万元 is %3, implausible for a %4; is the amount in 元?")
                                      .arg(name, amount, describe(magnitude), kind->label);
                    else if (unit == AmountUnit::Yuan && tooSmall(magnitude, kind->amountLimits))
                        message = tr("%1: %2 元 is %3, implausibly little; is the amount in 万元?")
                                      .arg(name, amount, describe(magnitude));
                }
                if (!message.isEmpty())
                    findings.append(
                        {QStringLiteral("amount.unit"), Severity::Warning, where, message, std::nullopt});
            }
        }
    }
}

QList<RuleDescription> AmountUnitRule::descriptions() const
{
    return {
        {QStringLiteral("amount.unit"), Severity::Warning,
         tr("An amount is implausible in the unit it has or is taken to have (for the agency's kind and the "
            "number of items it is for), or an amount whose unit belongs in the cell states none.")}};
}

} // namespace nianbao
