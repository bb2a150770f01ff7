// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewnotes.h"

#include <algorithm>

namespace nianbao {

ReviewNotes ReviewNotes::of(const QList<ReviewTransition> &history,
                            const QList<WarningAcknowledgement> &latestAcknowledgements)
{
    ReviewNotes notes;
    // Only the latest submission or return speaks for the round; an approval closes it but keeps
    // the submission it approved readable.
    const auto latest = std::find_if(history.crbegin(), history.crend(), [](const ReviewTransition &step) {
        return step.action == ReviewAction::Submit || step.action == ReviewAction::Return;
    });
    if (latest == history.crend())
        return notes;
    if (latest->action == ReviewAction::Return) {
        notes.returned = *latest;
        return notes;
    }
    notes.submission = *latest;
    notes.acknowledgements = latestAcknowledgements;
    return notes;
}

const WarningAcknowledgement *ReviewNotes::reasonFor(const Format &format, const Finding &finding) const
{
    if (finding.severity != Severity::Warning)
        return nullptr;
    const auto found = std::find_if(acknowledgements.cbegin(), acknowledgements.cend(),
                                    [&](const WarningAcknowledgement &acknowledgement) {
                                        return acknowledgement.covers(format, finding);
                                    });
    return found == acknowledgements.cend() ? nullptr : &*found;
}

} // namespace nianbao
