// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `improvement.missing`: part 五 (Format::improvementPlan) is written but states no measure — a bare
 * 无, or problems with nothing done about them. A measure word right after a negation (暂无整改措施)
 * states none. An empty part is `section.missing`'s.
 */
class ImprovementMissingRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
