// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `narrative.self-reference`: the narrative calls the agency by a word of another kind (我局 in a
 * township's report), a sign of text copied from another agency's report. Words a kind legitimately
 * shares (我县 for the county a township belongs to: AgencyKind::notForeignWords) and phrases that
 * merely contain such a word (本办法: AgencyKind::notSelfWords) do not count.
 */
class SelfReferenceRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
