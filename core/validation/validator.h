// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QList>

namespace nianbao {

class Report;

/**
 * Checks a report against every rule of its format (the rules table of the spec, except
 * `label.variant`, which only the text reader can see). Runs after every keystroke, so the rules
 * scan by hand and keep their per-format data prepared.
 */
class Validator
{
public:
    /// Every finding of the report; previous = the same agency's report of the year before, when known.
    static QList<Finding> validate(const Report &report, const Report *previous = nullptr);
};

} // namespace nianbao
