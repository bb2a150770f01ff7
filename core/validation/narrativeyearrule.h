// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `narrative.year`: the title, the preamble's "X年度…年度报告" or a statistical period (统计期限…)
 * names a year other than the report's. Years elsewhere in the narrative are not read: a 2020 report
 * may well plan "2021年进一步改进措施" or mention publishing last year's report.
 */
class NarrativeYearRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
