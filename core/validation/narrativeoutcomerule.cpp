// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativeoutcomerule.h"

#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

void NarrativeOutcomeRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const NarrativeOutcomesDef &outcomes = context.format.narrativeOutcomes();
    if (outcomes.claims.isEmpty())
        return;
    const PhraseMatcher about(outcomes.sentenceMustHave);
    const PhraseMatcher otherScope(context.format.narrativeFigures().ignoreSentencesWith);
    QList<PhraseMatcher> phrases;
    for (const NarrativeOutcomeDef &claim : outcomes.claims)
        phrases.append(PhraseMatcher(claim.phrases));
    for (const NarrativeText &narrative : context.narrative) {
        if (narrative.part == Location::TitlePart)
            continue;
        const QStringView text = narrative.text;
        for (qsizetype c = 0; c < outcomes.claims.size(); ++c) {
            const NarrativeOutcomeDef &claim = outcomes.claims[c];
            phrases[c].forEach(text, [&](qsizetype position, int) {
                const auto [start, end] = textscan::sentenceAround(text, position);
                const QStringView sentence = text.sliced(start, end - start);
                if (!about.containsAny(sentence) || otherScope.containsAny(sentence))
                    return;
                QList<Location> where{Location::ofNarrative(narrative.part, int(start), int(end - start))};
                QStringList contrary;
                for (const NarrativeOutcomeDef::Subject &subject : claim.subjects) {
                    if (!PhraseMatcher(subject.words).containsAny(sentence))
                        continue;
                    for (int cell : subject.mustBeZero) {
                        const CellValue &value = context.cell(cell);
                        if (!value.isNumber() || value.number() == Decimal())
                            continue;
                        contrary.append(
                            tr("%1 is %2").arg(context.format.cellName(cell), value.number().toString()));
                        where.append(Location::ofCell(cell));
                    }
                }
                if (contrary.isEmpty())
                    return;
                findings.append(
                    {QStringLiteral("narrative.outcome"), Severity::Warning, where,
                     tr("The narrative says “%1” (%2), but in the tables %3")
                         .arg(sentence.trimmed().toString(), claim.claim, contrary.join(tr(", "))),
                     std::nullopt});
            });
        }
    }
}

} // namespace nianbao
