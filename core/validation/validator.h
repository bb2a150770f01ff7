// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QList>
#include <QSet>
#include <QString>

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
    /// The same for an imported report: cells the source has no cell for are not reported as empty
    /// (the import reports them as not read).
    static QList<Finding> validate(const Report &report, const Report *previous,
                                   const QSet<int> &absentCells);
    /// The counts of validate(), stamped with rulesVersion().
    static StampedCounts count(const Report &report, const Report *previous = nullptr);

    /// Identifies the rules: the format files the rules read and the revision of the rules' code
    /// (RulesRevision in validator.cpp, raised whenever a rule's code finds something else). Counts
    /// stored with another version are stale.
    static const QString &rulesVersion();

    /// How often validate() ran in this process: tests prove with it that a path never validates.
    static quint64 runs();

    /// What every rule id the validator reports checks, in the order findings are listed.
    static QList<RuleDescription> descriptions();
};

} // namespace nianbao
