// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `narrative.outcome`: an outcome the narrative claims for the disclosure cases of part 四
 * (Format::narrativeOutcomes) — every case upheld, none corrected — against the cells that would
 * have to be 0. Only sentences about disclosure cases count: one about all of the agency's cases
 * (各类, and sentences without 信息公开) has another scope and is not read.
 */
class NarrativeOutcomeRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
