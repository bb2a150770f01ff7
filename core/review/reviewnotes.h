// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewworkflow.h"

#include <optional>

namespace nianbao {

/**
 * What the two sides of the review say to each other in the report's current round. The
 * supervisor's return note stands for the clerk until the next submission; the clerk's
 * submission note and the reason for each warning kept stand for the supervisor until the report
 * is returned. Read from the review history, so both sides see the same words.
 */
struct ReviewNotes
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReviewNotes)
public:
    std::optional<ReviewTransition> returned;       ///< the latest return, if no submission followed it
    std::optional<ReviewTransition> submission;     ///< the latest submission, if no return followed it
    QList<WarningAcknowledgement> acknowledgements; ///< the warnings kept by that submission
    /// How often the report was submitted, this round's included: what the clerk counts (第 2 次提交),
    /// not the store's revisions, which grow with every edit. nullopt when no history was read.
    std::optional<int> submissions;

    /// The notes of a history (oldest first) and the acknowledgements of its latest submission.
    static ReviewNotes of(const QList<ReviewTransition> &history,
                          const QList<WarningAcknowledgement> &latestAcknowledgements);
    /// The acknowledgement that explains the finding, or nullptr.
    const WarningAcknowledgement *reasonFor(const Format &format, const Finding &finding) const;
    /// The reason the finding was kept, or empty.
    QString reasonTextFor(const Format &format, const Finding &finding) const;

    /// The standing note as a sentence for either side (who, when, what they wrote); empty when
    /// nothing stands.
    QString text() const;
    bool isEmpty() const { return !returned && !submission; }
};

} // namespace nianbao
