// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativeyearrule.h"

#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

namespace {

/// How far after "X年" the words 年度报告 may stand and still name the report's year.
constexpr qsizetype ReportPhraseReach = 30;

const PhraseMatcher &periodWords()
{
    static const PhraseMatcher matcher({QStringLiteral("统计期限"), QStringLiteral("统计时间"),
                                        QStringLiteral("统计期间"), QStringLiteral("统计周期"),
                                        QStringLiteral("统计区间")});
    return matcher;
}

const PhraseMatcher &reportWords()
{
    static const PhraseMatcher matcher({QStringLiteral("年度报告"), QStringLiteral("年报")});
    return matcher;
}

/// Whether 年度报告 follows the year within its clause: "2019年度青塘镇政府信息公开年度报告".
bool namesReport(QStringView text, qsizetype yearEnd)
{
    for (qsizetype i = yearEnd; i < text.size() && i - yearEnd < ReportPhraseReach; ++i) {
        if (reportWords().startsAt(text, i))
            return true;
        if (textscan::isClauseEnd(text[i]))
            return false;
    }
    return false;
}

} // namespace

void NarrativeYearRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const int year = context.report.meta.year;
    if (year <= 0)
        return;
    for (const NarrativeText &narrative : context.narrative) {
        const QStringView text = narrative.text;
        QList<qsizetype> wrong;
        const auto checkYear = [&](qsizetype position) {
            const std::optional<textscan::Figure> stated = textscan::yearAt(text, position);
            if (stated && stated->value != year && !wrong.contains(position))
                wrong.append(position);
        };
        const bool title = narrative.part == Location::TitlePart;
        // Any year of the title, and in the preamble a year that names the report.
        for (qsizetype i = 0; (title || narrative.part == Location::PreamblePart) && i < text.size(); ++i) {
            if (textscan::digitValue(text[i]) < 0)
                continue;
            const std::optional<textscan::Figure> stated = textscan::yearAt(text, i);
            if (stated && (title || namesReport(text, stated->end)))
                checkYear(i);
            i = stated ? stated->end : i;
        }
        if (!title) {
            periodWords().forEach(text, [&](qsizetype position, int) {
                const qsizetype end = textscan::sentenceAround(text, position).second;
                for (qsizetype i = position; i < end; ++i) {
                    if (textscan::digitValue(text[i]) >= 0)
                        checkYear(i);
                }
            });
        }
        for (qsizetype position : std::as_const(wrong)) {
            const QString place = narrative.part == Location::TitlePart ? tr("The title")
                                  : narrative.part == Location::PreamblePart
                                      ? tr("The preamble")
                                      : tr("Part %1").arg(partNumeral(narrative.part));
            findings.append({QStringLiteral("narrative.year"),
                             Severity::Warning,
                             {Location::ofNarrative(narrative.part, int(position), 5)},
                             tr("%1 names the year %2, but the report is on %3")
                                 .arg(place, text.sliced(position, 4).toString(), QString::number(year)),
                             std::nullopt});
        }
    }
}

QList<RuleDescription> NarrativeYearRule::descriptions() const
{
    return {{QStringLiteral("narrative.year"), Severity::Warning,
             tr("The title, the preamble or the statistical period names a year other than the report's.")}};
}

} // namespace nianbao
