// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

#include <QCoreApplication>

namespace nianbao {

/**
 * `narrative.number`: a figure the narrative states (收到…申请5件, 行政复议1件) must agree with the
 * tables. The readings — keywords, what must surround them, and which cells the figure may equal —
 * are format data (Format::narrativeFigures). Sentences about something else (信访, 12345) are not
 * read, and litigation figures count only in sentences about 信息公开, since agencies also report
 * all their lawsuits.
 */
class NarrativeNumberRule : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Validator)
public:
    void check(const ValidationContext &context, QList<Finding> &findings) const override;
    QList<RuleDescription> descriptions() const override;
};

} // namespace nianbao
