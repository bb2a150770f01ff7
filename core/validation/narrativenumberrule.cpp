// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativenumberrule.h"

#include "formatplan.h"
#include "textscan.h"
#include "validationcontext.h"

#include <QSet>

namespace nianbao {

namespace {

/// Words that count what a figure counts: 5件, 3条.
constexpr QStringView CountUnits = u"件条个宗起";
/// A share follows its figure closely: "15件，占75%", "3件，占总数的37.5%".
constexpr qsizetype ShareReach = 4;
constexpr qsizetype PercentReach = 8;

/// A percentage stated as a share of something: its digits, scaled by 10^decimals.
struct StatedShare
{
    qint64 scaled = 0;
    int decimals = 0;
    qsizetype end = 0; ///< one past the percent sign
};

/// "占…X%" within reach after position, in the same sentence.
std::optional<StatedShare> shareAfter(QStringView text, qsizetype position)
{
    qsizetype share = position;
    while (share < text.size() && share - position < ShareReach && text[share] != u'占' &&
           !textscan::isSentenceEnd(text[share]))
        ++share;
    if (share >= text.size() || text[share] != u'占')
        return std::nullopt;
    qsizetype digit = share + 1;
    while (digit < text.size() && digit - share <= PercentReach && textscan::digitValue(text[digit]) < 0 &&
           !textscan::isClauseEnd(text[digit]))
        ++digit;
    const std::optional<textscan::Figure> whole = textscan::figureAt(text, digit);
    if (!whole)
        return std::nullopt;
    StatedShare stated{whole->value, 0, whole->end};
    if (stated.end + 1 < text.size() && (text[stated.end] == u'.' || text[stated.end] == u'．') &&
        textscan::digitValue(text[stated.end + 1]) >= 0) {
        ++stated.end;
        for (; stated.end < text.size() && textscan::digitValue(text[stated.end]) >= 0; ++stated.end) {
            if (stated.decimals == Decimal::Places)
                return std::nullopt;
            stated.scaled = stated.scaled * 10 + textscan::digitValue(text[stated.end]);
            ++stated.decimals;
        }
    }
    if (stated.end >= text.size() || (text[stated.end] != u'%' && text[stated.end] != u'％'))
        return std::nullopt;
    ++stated.end;
    return stated;
}

qint64 powerOfTen(int exponent)
{
    qint64 power = 1;
    while (exponent-- > 0)
        power *= 10;
    return power;
}

/// Whether the stated share is count/total written with its decimals, rounded either way (people
/// round half up, round down, or cut off).
bool shareFits(const StatedShare &stated, qint64 count, qint64 total)
{
    const qint64 numerator = count * 100 * powerOfTen(stated.decimals);
    const qint64 floor = numerator / total;
    const qint64 ceiling = (numerator + total - 1) / total;
    return floor <= stated.scaled && stated.scaled <= ceiling;
}

/// count/total in percent with decimals places, rounded half up, for messages.
QString shareText(qint64 count, qint64 total, int decimals)
{
    const qint64 power = powerOfTen(decimals);
    const qint64 rounded = (count * 100 * power * 2 + total) / (2 * total);
    QString text = QString::number(rounded / power);
    if (decimals > 0)
        text += u'.' + QStringLiteral("%1").arg(rounded % power, decimals, 10, QLatin1Char('0'));
    return text + u'%';
}

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

/// The whole number a reading's cells add up to, when they do.
std::optional<qint64> wholeSumOf(const ValidationContext &context, const QList<int> &cells)
{
    const std::optional<Decimal> sum = sumOf(context, cells);
    if (!sum || !sum->isInteger())
        return std::nullopt;
    return sum->integerPart();
}

/// A share stated after a figure that is none of count's shares of the format's totals.
std::optional<Finding> wrongShare(const ValidationContext &context, const NarrativeText &narrative,
                                  qsizetype figureStart, qint64 count, const StatedShare &stated)
{
    QStringList shares;
    QList<Location> where;
    for (const QList<int> &cells : context.format.narrativeFigures().shareOf) {
        const std::optional<qint64> total = wholeSumOf(context, cells);
        if (!total || *total <= 0 || count > *total)
            continue;
        if (shareFits(stated, count, *total))
            return std::nullopt;
        QStringList names;
        for (int cell : cells) {
            names.append(context.format.cellName(cell));
            where.append(Location::ofCell(cell));
        }
        shares.append(NarrativeNumberRule::tr("%1 of %2 (%3)")
                          .arg(shareText(count, *total, stated.decimals), QString::number(*total),
                               names.join(NarrativeNumberRule::tr(" + "))));
    }
    if (shares.isEmpty())
        return std::nullopt;
    const QStringView quote = QStringView(narrative.text).sliced(figureStart, stated.end - figureStart);
    where.prepend(Location::ofNarrative(narrative.part, int(figureStart), int(quote.size())));
    return Finding{
        QStringLiteral("narrative.share"), Severity::Warning, where,
        NarrativeNumberRule::tr("The narrative says “%1”, but %2 is %3")
            .arg(quote.toString(), QString::number(count), shares.join(NarrativeNumberRule::tr(" or "))),
        std::nullopt};
}

} // namespace

void NarrativeNumberRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const std::shared_ptr<const FigurePlan> plan = formatPlan<FigurePlan>(context.format);
    for (const NarrativeText &narrative : context.narrative) {
        if (narrative.part == Location::TitlePart)
            continue;
        const QStringView text = narrative.text;
        QSet<qsizetype> sharesJudged;
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

            // Two keywords may introduce one figure (部分公开 inside 全部或部分公开): its share is
            // judged once.
            if (const std::optional<StatedShare> share = shareAfter(text, unit + 1);
                share && !sharesJudged.contains(stated->start)) {
                sharesJudged.insert(stated->start);
                if (std::optional<Finding> finding =
                        wrongShare(context, narrative, position, stated->value, *share))
                    findings.append(std::move(*finding));
            }

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
                "tables.")},
            {QStringLiteral("narrative.share"), Severity::Warning,
             tr("A share stated right after such a figure (予以公开 3 件，占 75%) is not its share of new "
                "applications, of those with the ones carried over, or of all results.")}};
}

} // namespace nianbao
