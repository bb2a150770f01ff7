// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `total.row`, `total.results`, `total.review`: the totals the format prints (TableDef::totals) must be
 * the sums of their terms. Empty terms count as 0, but a total whose terms are all empty is left to
 * `cell.blank`: the difference would exist only because of reading empty as 0. An empty total whose
 * terms are all written and add up to more than 0 is an error with the value it must hold.
 */
class TotalRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
