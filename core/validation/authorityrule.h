// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `rules.authority`: only some agencies may make 规章 (AgencyKind::canMakeRules); for the others the
 * format's authority row (Format::authorityRow) must hold nothing but zeros.
 */
class AuthorityRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
