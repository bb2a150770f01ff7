// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativeoutcomerule.h"

#include "formatplan.h"
#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

namespace {

struct OutcomePlan
{
    PhraseMatcher about;
    PhraseMatcher otherScope;
    QList<PhraseMatcher> claims;          ///< per claim, its phrases
    QList<QList<PhraseMatcher>> subjects; ///< per claim, per subject, its words

    explicit OutcomePlan(const Format &format)
        : about(format.narrativeOutcomes().sentenceMustHave)
        , otherScope(format.narrativeFigures().ignoreSentencesWith)
    {
        for (const NarrativeOutcomeDef &claim : format.narrativeOutcomes().claims) {
            claims.append(PhraseMatcher(claim.phrases));
            QList<PhraseMatcher> words;
            for (const NarrativeOutcomeDef::Subject &subject : claim.subjects)
                words.append(PhraseMatcher(subject.words));
            subjects.append(words);
        }
    }
};

} // namespace

void NarrativeOutcomeRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const NarrativeOutcomesDef &outcomes = context.format.narrativeOutcomes();
    if (outcomes.claims.isEmpty())
        return;
    const std::shared_ptr<const OutcomePlan> plan = formatPlan<OutcomePlan>(context.format);
    for (const NarrativeText &narrative : context.narrative) {
        if (narrative.part == Location::TitlePart)
            continue;
        const QStringView text = narrative.text;
        for (qsizetype c = 0; c < outcomes.claims.size(); ++c) {
            const NarrativeOutcomeDef &claim = outcomes.claims[c];
            plan->claims[c].forEach(text, [&](qsizetype position, int) {
                const auto [start, end] = textscan::sentenceAround(text, position);
                const QStringView sentence = text.sliced(start, end - start);
                if (!plan->about.containsAny(sentence) || plan->otherScope.containsAny(sentence))
                    return;
                QList<Location> where{Location::ofNarrative(narrative.part, int(start), int(end - start))};
                QStringList contrary;
                for (qsizetype s = 0; s < claim.subjects.size(); ++s) {
                    const NarrativeOutcomeDef::Subject &subject = claim.subjects[s];
                    if (!plan->subjects[c][s].containsAny(sentence))
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

QList<RuleDescription> NarrativeOutcomeRule::descriptions() const
{
    QList<RuleDescription> described;
    for (const Format *format : Format::all()) {
        QStringList claims;
        for (const NarrativeOutcomeDef &claim : format->narrativeOutcomes().claims)
            claims.append(claim.claim);
        if (!claims.isEmpty())
            described.append({QStringLiteral("narrative.outcome"),
                              Severity::Warning,
                              tr("The narrative claims an outcome for the disclosure cases (%1) that the "
                                 "review and litigation cells of part 四 contradict.")
                                  .arg(claims.join(tr(", "))),
                              {format->id()}});
    }
    return described;
}

} // namespace nianbao
