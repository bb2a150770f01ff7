// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `narrative.repeated`: more than half of the narrative repeats the same agency's report of the year
 * before (assessors deduct for it). Sentences are compared without digits, spaces and punctuation,
 * so a copy with updated figures and years still counts; the finding names the parts most copied. The
 * preamble as carried over into a new report does not count until the clerk has changed it.
 */
class RepeatedTextRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
