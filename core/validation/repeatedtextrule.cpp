// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatedtextrule.h"

#include "storage/carryover.h"
#include "textscan.h"
#include "validationcontext.h"

#include <QSet>

#include <algorithm>

namespace nianbao {

namespace {

/// Sentences shorter than this (无。, headings) say too little to count as copied.
constexpr qsizetype MinSentence = 8;
constexpr int CopiedPercent = 50;
constexpr qsizetype MostCopiedShown = 3;

/// Calls found(hash, length) for each sentence of text reduced to its letters. A 64-bit hash of the
/// letters stands for the sentence: no string is built, and a collision is vanishingly unlikely.
template<typename Found> void forEachSentence(QStringView text, Found &&found)
{
    constexpr quint64 Offset = 14695981039346656037ULL;
    constexpr quint64 Prime = 1099511628211ULL;
    quint64 hash = Offset;
    qsizetype length = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || textscan::isSentenceEnd(text[i])) {
            if (length >= MinSentence)
                found(hash, length);
            hash = Offset;
            length = 0;
        } else if (text[i].isLetter()) {
            hash = (hash ^ text[i].unicode()) * Prime;
            ++length;
        }
    }
}

struct PartShare
{
    int part = 0;
    qsizetype total = 0;
    qsizetype copied = 0;
};

} // namespace

void RepeatedTextRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    if (!context.previous)
        return;
    const ValidationContext previous(*context.previous, nullptr);
    QSet<quint64> before;
    for (const NarrativeText &narrative : previous.narrative) {
        if (narrative.part != Location::TitlePart)
            forEachSentence(narrative.text, [&](quint64 sentence, qsizetype) { before.insert(sentence); });
    }
    // The preamble a new report carried over (last year's, its year moved on) is the clerk's to
    // revise: it does not count as copied until they have changed it.
    const QString carriedPreamble =
        CarryOver::movedOn(context.previous->preamble, context.previous->meta.year, context.report.meta.year);
    QList<PartShare> shares;
    qsizetype total = 0;
    qsizetype copied = 0;
    for (const NarrativeText &narrative : context.narrative) {
        if (narrative.part == Location::TitlePart)
            continue;
        if (narrative.part == Location::PreamblePart && narrative.text == carriedPreamble)
            continue;
        PartShare share{narrative.part, 0, 0};
        forEachSentence(narrative.text, [&](quint64 sentence, qsizetype length) {
            share.total += length;
            if (before.contains(sentence))
                share.copied += length;
        });
        total += share.total;
        copied += share.copied;
        if (share.copied > 0)
            shares.append(share);
    }
    if (total == 0 || copied * 100 <= total * CopiedPercent)
        return;
    std::sort(shares.begin(), shares.end(),
              [](const PartShare &a, const PartShare &b) { return a.copied > b.copied; });
    QList<Location> where;
    QStringList parts;
    for (const PartShare &share : shares.first(std::min(MostCopiedShown, shares.size()))) {
        const QString name = share.part == Location::PreamblePart
                                 ? tr("the preamble")
                                 : context.format.parts().value(share.part - 1).heading;
        parts.append(tr("%1 (%2%)").arg(name, QString::number(share.copied * 100 / share.total)));
        const NarrativeText &text = share.part == Location::PreamblePart
                                        ? context.narrative[1]
                                        : context.narrative[size_t(share.part + 1)];
        where.append(Location::ofNarrative(share.part, 0, int(text.text.size())));
    }
    findings.append({QStringLiteral("narrative.repeated"), Severity::Warning, where,
                     tr("%1% of the narrative repeats last year’s report; most copied: %2")
                         .arg(QString::number(copied * 100 / total), parts.join(tr(", "))),
                     std::nullopt});
}

QList<RuleDescription> RepeatedTextRule::descriptions() const
{
    return {{QStringLiteral("narrative.repeated"), Severity::Warning,
             tr("More than half of the text repeats the same agency's report of the year before (when that "
                "report is known); the parts most copied are named.")}};
}

} // namespace nianbao
