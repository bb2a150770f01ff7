// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `section.missing`: a part that is only narrative (一, 五, 六) has no text, or only the sub-headings
 * of its outline (a part of headings is not filled in). The report holds the six
 * parts in fixed slots and every table of its format, so parts cannot be out of order here and the
 * table parts always exist; the text reader reports parts out of order, merged or set apart
 * (`section.order`).
 */
class SectionRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
