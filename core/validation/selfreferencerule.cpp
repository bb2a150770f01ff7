// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfreferencerule.h"

#include "textscan.h"
#include "validationcontext.h"

#include <vector>

namespace nianbao {

namespace {

/// A phrase that contains a foreign word at an offset without being it (本办法 for 本办).
struct Container
{
    QString phrase;
    qsizetype offset = 0;
};

/// The words a kind's report must not call itself, prepared once per kind.
struct ForeignWords
{
    PhraseMatcher matcher;
    QList<const AgencyKind *> owners;   ///< per phrase: a kind that uses it
    QList<QList<Container>> containers; ///< per phrase
};

ForeignWords prepare(const AgencyKind &kind)
{
    QStringList words;
    ForeignWords result;
    for (const AgencyKind &other : AgencyKind::all()) {
        for (const QString &word : other.selfWords) {
            if (kind.selfWords.contains(word) || kind.notForeignWords.contains(word) || words.contains(word))
                continue;
            words.append(word);
            result.owners.append(&other);
            QList<Container> containers;
            for (const QString &phrase : AgencyKind::notSelfWords()) {
                const qsizetype offset = phrase.size() > word.size() ? phrase.indexOf(word) : -1;
                if (offset >= 0)
                    containers.append({phrase, offset});
            }
            result.containers.append(containers);
        }
    }
    result.matcher = PhraseMatcher(words);
    return result;
}

const ForeignWords &foreignWordsOf(const AgencyKind &kind)
{
    static const std::vector<ForeignWords> all = [] {
        std::vector<ForeignWords> result;
        for (const AgencyKind &k : AgencyKind::all())
            result.push_back(prepare(k));
        return result;
    }();
    return all[size_t(&kind - AgencyKind::all().constData())];
}

bool insideContainer(QStringView text, qsizetype position, const QList<Container> &containers)
{
    for (const Container &container : containers) {
        const qsizetype start = position - container.offset;
        if (start >= 0 && text.sliced(start).startsWith(container.phrase))
            return true;
    }
    return false;
}

} // namespace

void SelfReferenceRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    if (!context.kind || context.kind->selfWords.isEmpty())
        return;
    const ForeignWords &foreign = foreignWordsOf(*context.kind);
    QList<std::pair<int, Location>> hits;
    for (const NarrativeText &narrative : context.narrative) {
        foreign.matcher.forEach(narrative.text, [&](qsizetype position, int phrase) {
            if (insideContainer(narrative.text, position, foreign.containers[phrase]))
                return;
            hits.append({phrase, Location::ofNarrative(narrative.part, int(position),
                                                       int(foreign.matcher.phrases()[phrase].size()))});
        });
    }
    if (hits.isEmpty())
        return;
    QStringList own;
    for (const QString &word :
         context.kind->selfWords.first(std::min<qsizetype>(2, context.kind->selfWords.size())))
        own.append(tr("“%1”").arg(word));
    QList<int> reported;
    for (const auto &[phrase, location] : std::as_const(hits)) {
        if (reported.contains(phrase))
            continue;
        reported.append(phrase);
        QList<Location> where;
        for (const auto &[other, otherLocation] : std::as_const(hits)) {
            if (other == phrase)
                where.append(otherLocation);
        }
        findings.append(
            {QStringLiteral("narrative.self-reference"), Severity::Warning, where,
             tr("The narrative calls the agency “%1” (%2 times), as a %3 does; a %4 report says %5. "
                "Was the text copied from another agency’s report?")
                 .arg(foreign.matcher.phrases()[phrase], QString::number(where.size()),
                      foreign.owners[phrase]->label, context.kind->label, own.join(tr(", "))),
             std::nullopt});
    }
}

QList<RuleDescription> SelfReferenceRule::descriptions() const
{
    return {
        {QStringLiteral("narrative.self-reference"), Severity::Warning,
         tr("The text calls the agency with a word of another kind (我局 in a township's report, which says "
            "我镇 or 本镇).")}};
}

} // namespace nianbao
