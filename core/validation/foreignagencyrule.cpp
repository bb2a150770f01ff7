// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreignagencyrule.h"

#include "textscan.h"
#include "validationcontext.h"

#include <vector>

namespace nianbao {

namespace {

/// Characters before a name that make it a mention in passing (与金山镇, 赴金山镇, 、金山镇).
constexpr QStringView PassingMarks = u"与和同向到赴及、至跟对在从比邻等或";
/// Characters that do not occur in place names but do before a generic 镇: 增强镇政府, 由镇政府,
/// 大厅和镇政府.
constexpr QStringView FunctionWords = u"了的和由在对将把被是为向从各全本我该此到等及与强";
/// Most Han characters of a name before its suffix.
constexpr qsizetype MaxNameLength = 4;
constexpr qsizetype NameLength = 2;

struct PeerWords
{
    PhraseMatcher suffixes;
    PhraseMatcher generic;
};

const PeerWords &peerWordsOf(const AgencyKind &kind)
{
    static const std::vector<PeerWords> all = [] {
        std::vector<PeerWords> result;
        for (const AgencyKind &k : AgencyKind::all())
            result.push_back({PhraseMatcher(k.peerSuffixes), PhraseMatcher(k.genericPeerWords)});
        return result;
    }();
    return all[size_t(&kind - AgencyKind::all().constData())];
}

/// Words with which a report goes on about its own agency: 金山镇依申请公开…, 金山镇全年…. Not 政府 or
/// 党委: "镇政府" is also the generic "the town government" after any verb (增强镇政府的透明度).
const PhraseMatcher &selfDescribingFollowers()
{
    static const PhraseMatcher matcher(
        {QStringLiteral("依申请公开"), QStringLiteral("政务公开"), QStringLiteral("信息公开"),
         QStringLiteral("主动公开"), QStringLiteral("累计"), QStringLiteral("全年"), QStringLiteral("年度")});
    return matcher;
}

} // namespace

void ForeignAgencyRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const QString &agencyName = context.report.meta.agencyName;
    if (!context.kind || context.kind->peerSuffixes.isEmpty() || agencyName.isEmpty())
        return;
    const PeerWords &peers = peerWordsOf(*context.kind);
    QStringList names;
    QList<QList<Location>> places;
    for (const NarrativeText &narrative : context.narrative) {
        const QStringView text = narrative.text;
        peers.suffixes.forEach(text, [&](qsizetype position, int suffix) {
            const qsizetype suffixLength = peers.suffixes.phrases()[suffix].size();
            qsizetype han = 0;
            while (han < MaxNameLength && position - han > 0 && textscan::isHan(text[position - han - 1]))
                ++han;
            if (han < NameLength)
                return;
            for (qsizetype k = NameLength; k <= han; ++k) {
                if (agencyName.contains(text.sliced(position - k, k + suffixLength)))
                    return;
            }
            const qsizetype end = position + suffixLength;
            if (peers.generic.endsAt(text, end))
                return;
            const qsizetype start = position - NameLength;
            if ((start > 0 && PassingMarks.contains(text[start - 1])) ||
                FunctionWords.contains(text[start]) || FunctionWords.contains(text[start + 1]))
                return;
            const bool selfUse = narrative.part == Location::TitlePart ||
                                 selfDescribingFollowers().startsAt(text, end) ||
                                 (end < text.size() && textscan::digitValue(text[end]) >= 0);
            if (!selfUse)
                return;
            const QString name = text.sliced(start, end - start).toString();
            qsizetype index = names.indexOf(name);
            if (index < 0) {
                index = names.size();
                names.append(name);
                places.append(QList<Location>());
            }
            places[index].append(Location::ofNarrative(narrative.part, int(start), int(end - start)));
        });
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        findings.append(
            {QStringLiteral("narrative.foreign-agency"), Severity::Warning, places[i],
             tr("The narrative speaks of “%1” as if it were this agency (%2 times), but the report is "
                "%3’s. Was the text copied from %1’s report?")
                 .arg(names[i], QString::number(places[i].size()), agencyName),
             std::nullopt});
    }
}

QList<RuleDescription> ForeignAgencyRule::descriptions() const
{
    return {
        {QStringLiteral("narrative.foreign-agency"), Severity::Warning,
         tr("The text names another agency of the same kind as if it were this one (a sign of a text copied "
            "from another agency's report).")}};
}

} // namespace nianbao
