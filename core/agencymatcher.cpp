// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencymatcher.h"

#include "agencykind.h"

#include <algorithm>

namespace nianbao {

namespace {

// A name shorter than this is not compared by its ending (镇 would match every township).
constexpr qsizetype shortestPart = 2;

bool contains(const QList<Agency> &list, qint64 id)
{
    return std::any_of(list.cbegin(), list.cend(), [id](const Agency &agency) { return agency.id == id; });
}

} // namespace

QStringList Agency::names() const
{
    return QStringList{name} + aliases;
}

QString AgencyMatch::explanation(const QString &name) const
{
    switch (kind) {
    case AgencyMatchKind::None:
        return AgencyMatcher::tr("No agency of the database is called %1.").arg(name);
    case AgencyMatchKind::Exact:
        return AgencyMatcher::tr("%1 is an agency of the database.").arg(agency.name);
    case AgencyMatchKind::Alias:
    case AgencyMatchKind::ShortName:
        return AgencyMatcher::tr("%1 is taken to be %2.").arg(name, agency.name);
    case AgencyMatchKind::Unsure:
        break;
    }
    QStringList names;
    for (const Agency &candidate : candidates)
        names.append(candidate.name);
    return AgencyMatcher::tr("%1 may be any of: %2. Choose one, or add %1 as a new agency.")
        .arg(name, names.join(u'、'));
}

AgencyMatcher::AgencyMatcher(QList<Agency> agencies)
    : m_agencies(std::move(agencies))
{}

QString AgencyMatcher::normalized(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_KC);
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

QString AgencyMatcher::shortName(const QString &name)
{
    const QString text = normalized(name);
    QString best = text;
    for (const QString &suffix : AgencyKind::formalSuffixes()) {
        if (text.endsWith(suffix) && text.size() - suffix.size() >= shortestPart &&
            text.size() - suffix.size() < best.size())
            best = text.left(text.size() - suffix.size());
    }
    return best;
}

AgencyMatch AgencyMatcher::match(const QString &name) const
{
    AgencyMatch result;
    const QString wanted = normalized(name);
    if (wanted.isEmpty())
        return result;
    for (const Agency &agency : m_agencies) {
        if (normalized(agency.name) == wanted) {
            result.kind = AgencyMatchKind::Exact;
            result.agency = agency;
            return result;
        }
    }
    for (const Agency &agency : m_agencies) {
        for (const QString &alias : agency.aliases) {
            if (normalized(alias) == wanted) {
                result.kind = AgencyMatchKind::Alias;
                result.agency = agency;
                return result;
            }
        }
    }
    const QString wantedShort = shortName(name);
    QList<Agency> same;
    QList<Agency> partly;
    for (const Agency &agency : m_agencies) {
        for (const QString &known : agency.names()) {
            const QString knownShort = shortName(known);
            if (knownShort == wantedShort) {
                if (!contains(same, agency.id))
                    same.append(agency);
            } else if (qMin(knownShort.size(), wantedShort.size()) >= shortestPart &&
                       (knownShort.endsWith(wantedShort) || wantedShort.endsWith(knownShort))) {
                if (!contains(partly, agency.id))
                    partly.append(agency);
            }
        }
    }
    if (same.size() == 1) {
        result.kind = AgencyMatchKind::ShortName;
        result.agency = same.constFirst();
        return result;
    }
    for (const Agency &agency : std::as_const(partly)) {
        if (!contains(same, agency.id))
            same.append(agency);
    }
    if (!same.isEmpty()) {
        result.kind = AgencyMatchKind::Unsure;
        result.candidates = same;
    }
    return result;
}

} // namespace nianbao
