// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `carry.*`: a cell must equal the sum of cells of this and last year's report (CellRuleDef with a
 * target), e.g. this year's 上年结转 = last year's 结转下年度. Checked only when last year's report is
 * known (in the format the rule asks for) and every cell involved is a number.
 */
class CarryRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
