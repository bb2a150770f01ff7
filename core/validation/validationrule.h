// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QList>

namespace nianbao {

class ValidationContext;

/**
 * One family of the format's rules (totals, blanks, narrative figures, …). The Validator runs
 * each family over a report; a family appends its findings with the spec's rule id and severity.
 */
class ValidationRule
{
public:
    virtual ~ValidationRule() = default;
    virtual void check(const ValidationContext &context, QList<Finding> &findings) const = 0;
    /// Every rule id check() reports, with its severity and what it checks.
    virtual QList<RuleDescription> descriptions() const = 0;
};

} // namespace nianbao
