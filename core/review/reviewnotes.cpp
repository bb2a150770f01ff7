// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewnotes.h"

#include <algorithm>

namespace nianbao {

ReviewNotes ReviewNotes::of(const QList<ReviewTransition> &history,
                            const QList<WarningAcknowledgement> &latestAcknowledgements)
{
    ReviewNotes notes;
    notes.submissions = int(std::count_if(history.cbegin(), history.cend(), [](const ReviewTransition &step) {
        return step.action == ReviewAction::Submit;
    }));
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

QString ReviewNotes::reasonTextFor(const Format &format, const Finding &finding) const
{
    const WarningAcknowledgement *acknowledgement = reasonFor(format, finding);
    return acknowledgement ? acknowledgement->reason : QString();
}

QString ReviewNotes::text() const
{
    const auto when = [](const ReviewTransition &step) {
        return step.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    if (returned) {
        // A return without a note points at the open comments (ReviewWorkflow requires one or the other).
        return returned->note.isEmpty()
                   ? tr("Returned by %1 on %2; see the open comments.").arg(returned->actor, when(*returned))
                   : tr("Returned by %1 on %2: %3").arg(returned->actor, when(*returned), returned->note);
    }
    if (!submission)
        return {};
    QString text = submission->note.isEmpty()
                       ? tr("Submitted by %1 on %2.").arg(submission->actor, when(*submission))
                       : tr("Submitted by %1 on %2 with the note: %3")
                             .arg(submission->actor, when(*submission), submission->note);
    if (!acknowledgements.isEmpty())
        text += u' ' + tr("%n warning(s) kept with a reason, shown beside each in Findings.", nullptr,
                          int(acknowledgements.size()));
    return text;
}

} // namespace nianbao
