// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `fee.statement`: where the format requires it (Format::feeStatementPart), the part must state the
 * 信息处理费 collected, or that none was: it mentions 信息处理费, or a fee (收费, 收取, 费用) together with
 * an amount or a negation (未, 没有, 无, 不). A bare 无。 does not say which matter it answers.
 */
class FeeStatementRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
