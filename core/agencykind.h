// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/**
 * A kind of publishing agency (乡镇, 街道, 县级部门, …), read from
 * `resources/formats/agency-kinds.json`: how such an agency refers to itself, which name
 * suffixes identify it, whether it may make 规章 and when its report is due.
 */
struct AgencyKind
{
    QString id;
    QString label;
    QStringList nameSuffixes;
    QStringList selfWords;
    QStringList peerSuffixes; ///< suffixes of other agencies of the same kind (镇, 乡, 街道)
    bool canMakeRules = false;
    int deadlineMonth = 1;
    int deadlineDay = 31;
    QStringList genericPeerWords; ///< words ending in a peer suffix that name no agency (乡镇, 城镇, 全镇)
    QStringList notForeignWords;  ///< self words of other kinds this kind uses too (我县 for its county)
    /// Plausible amounts in this kind's tables, in 万元; all zero when no limit is known.
    struct AmountLimits
    {
        Decimal total;
        Decimal perItem;
        Decimal perItemMin;
    } amountLimits;
    bool hasAmountLimits() const { return amountLimits.total > Decimal(); }

    static const QList<AgencyKind> &all();
    static const AgencyKind *byId(const QString &id);
    static const AgencyKind *byLabel(const QString &label);
    /// The kind an agency name most likely has ("南定镇人民政府" → township), nullptr if unknown.
    static const AgencyKind *guessFromName(const QString &name);
    /// Phrases that contain a self word without being one (本办法 contains 本办).
    static const QStringList &notSelfWords();
    /// Endings of an agency's full name that its short name leaves out (坎市镇人民政府 → 坎市镇).
    static const QStringList &formalSuffixes();
};

} // namespace nianbao
