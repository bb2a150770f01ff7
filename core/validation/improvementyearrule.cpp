// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "improvementyearrule.h"

#include "formatplan.h"
#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

namespace {

struct PlanWords
{
    PhraseMatcher plans;
    PhraseMatcher dispositions;

    explicit PlanWords(const Format &format)
        : plans(format.improvementPlan().planWords)
        , dispositions(format.improvementPlan().dispositionWords)
    {}
};

/// Where a plan word stands after the year, within reach and its sentence; -1 when none.
qsizetype planAfter(QStringView text, qsizetype yearEnd, qsizetype sentenceEnd, int reach,
                    const PlanWords &words)
{
    const qsizetype limit = std::min(sentenceEnd, yearEnd + reach);
    for (qsizetype i = yearEnd; i < limit; ++i) {
        if (!words.plans.startsAt(text, i))
            continue;
        if (text[i] == u'将' && words.dispositions.containsAny(text.sliced(i, sentenceEnd - i)))
            return -1;
        return i;
    }
    return -1;
}

} // namespace

void ImprovementYearRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const ImprovementPlanDef &plan = context.format.improvementPlan();
    const int year = context.report.meta.year;
    if (plan.part < 1 || plan.part > Report::PartCount || year <= 0)
        return;
    const QStringView text = context.part(plan.part);
    const std::shared_ptr<const PlanWords> words = formatPlan<PlanWords>(context.format);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const std::optional<textscan::Figure> stated = textscan::yearAt(text, i);
        if (!stated)
            continue;
        const auto [start, end] = textscan::sentenceAround(text, i);
        if (stated->value == year && planAfter(text, stated->end + 1, end, plan.planReach, *words) >= 0) {
            findings.append(
                {QStringLiteral("improvement.report-year"),
                 Severity::Warning,
                 {Location::ofNarrative(plan.part, int(start), int(end - start))},
                 tr("Part %1 plans for %2, the year of the report itself (“%3”): plans are for %4; "
                    "this is probably last year's text")
                     .arg(partNumeral(plan.part), QString::number(year),
                          text.sliced(start, end - start).trimmed().toString(), QString::number(year + 1)),
                 std::nullopt});
        }
        i = stated->end;
    }
}

QList<RuleDescription> ImprovementYearRule::descriptions() const
{
    QList<RuleDescription> described;
    for (const Format *format : Format::all()) {
        if (const int part = format->improvementPlan().part; part > 0)
            described.append({QStringLiteral("improvement.report-year"),
                              Severity::Warning,
                              tr("Part %1 plans for the report's own year (“2023年将…” in the 2023 report): "
                                 "usually last year's text carried over.")
                                  .arg(partNumeral(part)),
                              {format->id()}});
    }
    return described;
}

} // namespace nianbao
