// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "improvementmissingrule.h"

#include "formatplan.h"
#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

namespace {

/// How much of the part the message quotes.
constexpr qsizetype QuoteLength = 20;

struct MeasurePlan
{
    PhraseMatcher measures;
    PhraseMatcher negations;

    explicit MeasurePlan(const Format &format)
        : measures(format.improvementPlan().measureWords)
        , negations(format.improvementPlan().negations)
    {}
};

} // namespace

void ImprovementMissingRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const ImprovementPlanDef &plan = context.format.improvementPlan();
    if (plan.part < 1 || plan.part > Report::PartCount)
        return;
    const QStringView text = context.part(plan.part);
    if (textscan::isBlank(text))
        return;
    const std::shared_ptr<const MeasurePlan> matchers = formatPlan<MeasurePlan>(context.format);
    bool statesMeasure = false;
    for (const QStringView line : text.tokenize(u'\n')) {
        if (textscan::isSubHeading(line))
            continue;
        matchers->measures.forEach(line, [&](qsizetype position, int) {
            statesMeasure = statesMeasure || !matchers->negations.endsAt(line, position);
        });
    }
    if (statesMeasure)
        return;
    const QString quoted = text.trimmed().left(QuoteLength).toString();
    findings.append(
        {QStringLiteral("improvement.missing"),
         Severity::Warning,
         {Location::ofNarrative(plan.part, 0, int(text.size()))},
         tr("Part %1 states no improvement measures (it says “%2”): write what will be done about "
            "the problems it names")
             .arg(partNumeral(plan.part), quoted.size() < text.trimmed().size() ? quoted + u'…' : quoted),
         std::nullopt});
}

QList<RuleDescription> ImprovementMissingRule::descriptions() const
{
    QList<RuleDescription> described;
    for (const Format *format : Format::all()) {
        if (const int part = format->improvementPlan().part; part > 0)
            described.append(
                {QStringLiteral("improvement.missing"),
                 Severity::Warning,
                 tr("Part %1 is written but states no improvement measure (a bare 无, or problems "
                    "with nothing done about them).")
                     .arg(partNumeral(part)),
                 {format->id()}});
    }
    return described;
}

} // namespace nianbao
