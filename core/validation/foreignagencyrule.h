// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `narrative.foreign-agency`: the narrative names another agency of the same kind as if it were this
 * one (金山镇依申请公开… in 南定镇's report). A candidate is two Han characters before a peer suffix
 * (镇, 乡, 街道) that is not the agency's own name nor a generic word (乡镇, 城镇: genericPeerWords).
 * It counts only when used as the report's subject: in the title, or followed by words with which a
 * report describes its own agency (依申请公开, 全年, a year). A neighbour named in passing — after
 * 与, 向, 赴, 、 … or followed by anything else — does not count: a usually-wrong warning would teach
 * users to ignore warnings, so this rule prefers to miss a copy over flagging a mention.
 */
class ForeignAgencyRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
