// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `amount.unit`: an amount that states no unit where the unit belongs in the cell (2019 采购总金额),
 * or whose magnitude is implausible for the agency's kind in the unit it has or is taken to have
 * (a township's bare 49966945.1 for 3518 purchases would be 1.4 亿元 each as 万元: it is 元).
 * Limits come from AgencyKind::amountLimits; kinds without limits get only the missing-unit check.
 */
class AmountUnitRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
