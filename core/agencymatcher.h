// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/// An agency as the database keeps it: its full name, the other names it is known by, its kind
/// (an AgencyKind id) and the agency above it.
struct Agency
{
    qint64 id = 0;
    QString name;        ///< the full name: 坎市镇人民政府
    QStringList aliases; ///< short names and other names: 坎市镇
    QString kind;        ///< AgencyKind::id, or empty when not known
    qint64 parentId = 0; ///< 0: none
    QString parent;      ///< the parent's full name, or empty
    int reports = 0;     ///< how many reports the database holds for it

    /// The full name and every alias.
    QStringList names() const;
};

/// How sure a match is.
enum class AgencyMatchKind {
    None,      ///< no agency has that name or anything like it
    Exact,     ///< the full name
    Alias,     ///< one of the agency's other names
    ShortName, ///< the same name without its formal ending (坎市镇 ↔ 坎市镇人民政府): one agency only
    Unsure,    ///< several agencies share the short name, or only a part of a name agrees: ask
};

/// What a name matched: the agency when the match is sure, the candidates when it is not.
struct AgencyMatch
{
    AgencyMatchKind kind = AgencyMatchKind::None;
    Agency agency;            ///< when isSure()
    QList<Agency> candidates; ///< when Unsure: those the name may mean, best first

    bool isSure() const
    {
        return kind == AgencyMatchKind::Exact || kind == AgencyMatchKind::Alias ||
               kind == AgencyMatchKind::ShortName;
    }
    /// One sentence for the user: which agency, or why the name is not clear.
    QString explanation(const QString &name) const;
};

/**
 * Finds the agency a name means among the agencies of a database: the name a report was imported
 * under, typed in the new-report dialog or given on the command line. A full name or an alias is a
 * sure match; so is the same name with or without a formal ending (人民政府, 政府, 办事处 in
 * resources/formats/agency-kinds.json) when only one agency has it. A name that several agencies
 * share that way, or that only contains or ends with another's name (龙岩市永定区坎市镇 and 坎市镇), is
 * unsure: the caller asks. Spaces and full-width characters do not count.
 */
class AgencyMatcher
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::AgencyMatcher)
public:
    explicit AgencyMatcher(QList<Agency> agencies);

    AgencyMatch match(const QString &name) const;
    /// The name as compared: trimmed, without spaces, full-width letters and digits made half-width.
    static QString normalized(const QString &name);
    /// The normalized name without its formal ending: 坎市镇人民政府 → 坎市镇.
    static QString shortName(const QString &name);

private:
    QList<Agency> m_agencies;
};

} // namespace nianbao
