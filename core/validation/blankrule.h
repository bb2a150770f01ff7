// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `cell.blank`: cells left empty where the format wants a number (a zero must be written as 0). One
 * finding per table row lists all its empty cells, and consecutive wholly empty rows share one, so a
 * report with whole empty rows gives a short list instead of one finding per cell.
 */
class BlankRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
