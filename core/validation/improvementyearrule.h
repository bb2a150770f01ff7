// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `improvement.report-year`: part 五 plans for the report's own year ("2023年将…" in the 2023
 * report). Plans are for the year after; a plan dated in the report year is nearly always last
 * year's text carried over. 将 followed in its sentence by a disposition word (将…纳入考核) means 把 and
 * announces nothing.
 */
class ImprovementYearRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
