// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativenumberrule.h"

#include "formatplan.h"
#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

namespace {

/// Words that count what a figure counts: 5件, 3条.
constexpr QStringView CountUnits = u"件条个宗起";

/// The narrative figures of one format, with matchers prepared once.
struct FigurePlan
{
    struct Figure
    {
        const NarrativeFigureDef *def = nullptr;
        PhraseMatcher clauseMustHave;
        PhraseMatcher sentenceMustHave;
        PhraseMatcher notAfter;
    };
    PhraseMatcher keywords;
    QList<int> figureOfKeyword;
    QList<Figure> figures;
    PhraseMatcher ignore;

    explicit FigurePlan(const Format &format)
        : ignore(format.narrativeFigures().ignoreSentencesWith)
    {
        const NarrativeFiguresDef &defs = format.narrativeFigures();
        QStringList words;
        for (const NarrativeFigureDef &def : defs.figures) {
            figures.append({&def, PhraseMatcher(def.clauseMustHave), PhraseMatcher(def.sentenceMustHave),
                            PhraseMatcher(def.notAfter)});
            for (const QString &keyword : def.keywords) {
                words.append(keyword);
                figureOfKeyword.append(int(figures.size() - 1));
            }
        }
        keywords = PhraseMatcher(words);
    }
};

/// The sum of a reading's cells, or nothing when one of them is not a number.
std::optional<Decimal> sumOf(const ValidationContext &context, const QList<int> &cells)
{
    Decimal sum;
    for (int cell : cells) {
        if (!context.cell(cell).isNumber())
            return std::nullopt;
        sum = sum + context.cell(cell).number();
    }
    return sum;
}

} // namespace

void NarrativeNumberRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const std::shared_ptr<const FigurePlan> plan = formatPlan<FigurePlan>(context.format);
    for (const NarrativeText &narrative : context.narrative) {
        if (narrative.part == Location::TitlePart)
            continue;
        const QStringView text = narrative.text;
        plan->keywords.forEach(text, [&](qsizetype position, int keyword) {
            const FigurePlan::Figure &figure = plan->figures[plan->figureOfKeyword[keyword]];
            const NarrativeFigureDef &def = *figure.def;
            if (figure.notAfter.endsAt(text, position))
                return;
            const qsizetype keywordEnd = position + plan->keywords.phrases()[keyword].size();
            qsizetype digit = keywordEnd;
            while (digit < text.size() && digit - keywordEnd <= def.maxGap &&
                   textscan::digitValue(text[digit]) < 0 && !textscan::isClauseEnd(text[digit]))
                ++digit;
            if (digit >= text.size() || digit - keywordEnd > def.maxGap)
                return;
            const std::optional<textscan::Figure> stated = textscan::figureAt(text, digit);
            if (!stated)
                return;
            qsizetype unit = stated->end;
            while (unit < text.size() && text[unit].isSpace())
                ++unit;
            if (unit >= text.size() || !CountUnits.contains(text[unit]))
                return;
            if (!figure.clauseMustHave.phrases().isEmpty() &&
                !figure.clauseMustHave.containsAny(text.sliced(keywordEnd, digit - keywordEnd)))
                return;
            const auto [sentenceStart, sentenceEnd] = textscan::sentenceAround(text, position);
            const QStringView sentence = text.sliced(sentenceStart, sentenceEnd - sentenceStart);
            if ((!figure.sentenceMustHave.phrases().isEmpty() &&
                 !figure.sentenceMustHave.containsAny(sentence)) ||
                plan->ignore.containsAny(sentence))
                return;

            const Decimal value = Decimal::fromInteger(stated->value);
            QList<std::pair<Decimal, const QList<int> *>> readings;
            for (const QList<int> &cells : def.readings) {
                const std::optional<Decimal> sum = sumOf(context, cells);
                if (!sum)
                    continue;
                if (*sum == value)
                    return;
                readings.append({*sum, &cells});
            }
            if (readings.isEmpty())
                return;
            const qsizetype quoteEnd = unit + 1;
            QList<Location> where{
                Location::ofNarrative(narrative.part, int(position), int(quoteEnd - position))};
            QStringList tableText;
            for (const auto &[sum, cells] : std::as_const(readings)) {
                QStringList names;
                for (int cell : *cells) {
                    names.append(context.format.cellName(cell));
                    where.append(Location::ofCell(cell));
                }
                tableText.append(tr("%1 (%2)").arg(sum.toString(), names.join(tr(" + "))));
            }
            findings.append({QStringLiteral("narrative.number"), Severity::Warning, where,
                             tr("%1: the narrative says “%2”, but the tables give %3")
                                 .arg(def.topic, text.sliced(position, quoteEnd - position).toString(),
                                      tableText.join(tr(" or "))),
                             std::nullopt});
        });
    }
}

QList<RuleDescription> NarrativeNumberRule::descriptions() const
{
    return {{QStringLiteral("narrative.number"), Severity::Warning,
             tr("A figure the text states (收到申请 N 件, 办结 N 件, 行政复议 N 件, …) contradicts the "
                "tables.")}};
}

} // namespace nianbao
