// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "amountunitrule.h"
#include "authorityrule.h"
#include "balancerule.h"
#include "blankrule.h"
#include "carryrule.h"
#include "daterule.h"
#include "feestatementrule.h"
#include "foreignagencyrule.h"
#include "formatyearrule.h"
#include "improvementmissingrule.h"
#include "improvementyearrule.h"
#include "itemcountrule.h"
#include "narrativenumberrule.h"
#include "narrativeoutcomerule.h"
#include "narrativeyearrule.h"
#include "repeatedtextrule.h"
#include "sectionrule.h"
#include "selfreferencerule.h"
#include "totalrule.h"
#include "validationcontext.h"
#include "valuerule.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <atomic>

namespace nianbao {

namespace {

// Raise it with every change to a rule's code that changes what it finds; the format files are
// part of the rules version through their content.
constexpr int RulesRevision = 1;

std::atomic<quint64> s_runs{0};

// Structure first, then the tables, then the narrative: the order findings are listed in.
const std::array<const ValidationRule *, 20> &rules()
{
    static const FormatYearRule formatYear;
    static const SectionRule section;
    static const ValueRule value;
    static const BlankRule blank;
    static const TotalRule total;
    static const BalanceRule balance;
    static const ItemCountRule itemCount;
    static const CarryRule carry;
    static const AuthorityRule authority;
    static const AmountUnitRule amountUnit;
    static const ForeignAgencyRule foreignAgency;
    static const SelfReferenceRule selfReference;
    static const NarrativeNumberRule narrativeNumber;
    static const NarrativeOutcomeRule narrativeOutcome;
    static const NarrativeYearRule narrativeYear;
    static const RepeatedTextRule repeatedText;
    static const ImprovementMissingRule improvementMissing;
    static const ImprovementYearRule improvementYear;
    static const FeeStatementRule feeStatement;
    static const DateRule date;
    static const std::array<const ValidationRule *, 20> all{&formatYear,
                                                            &section,
                                                            &value,
                                                            &blank,
                                                            &total,
                                                            &balance,
                                                            &itemCount,
                                                            &carry,
                                                            &authority,
                                                            &amountUnit,
                                                            &foreignAgency,
                                                            &selfReference,
                                                            &narrativeNumber,
                                                            &narrativeOutcome,
                                                            &narrativeYear,
                                                            &repeatedText,
                                                            &improvementMissing,
                                                            &improvementYear,
                                                            &feeStatement,
                                                            &date};
    return all;
}

} // namespace

QList<Finding> Validator::validate(const Report &report, const Report *previous)
{
    return validate(report, previous, {});
}

QList<Finding> Validator::validate(const Report &report, const Report *previous, const QSet<int> &absentCells)
{
    s_runs.fetch_add(1, std::memory_order_relaxed);
    QList<Finding> findings;
    if (!report.format())
        return findings;
    const ValidationContext context(report, previous, absentCells);
    for (const ValidationRule *rule : rules())
        rule->check(context, findings);
    return findings;
}

StampedCounts Validator::count(const Report &report, const Report *previous)
{
    return {FindingCounts::of(validate(report, previous)), rulesVersion()};
}

const QString &Validator::rulesVersion()
{
    static const QString version = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArray::number(RulesRevision));
        // Every file of the formats folder: what the rules read is data there.
        const QDir formats(QStringLiteral(":/nianbao/formats"));
        for (const QString &name : formats.entryList(QDir::Files, QDir::Name)) {
            QFile file(formats.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
        }
        return QString::number(RulesRevision) + u'.' + QString::fromLatin1(hash.result().toHex().left(12));
    }();
    return version;
}

quint64 Validator::runs()
{
    return s_runs.load(std::memory_order_relaxed);
}

QList<RuleDescription> Validator::descriptions()
{
    // A description every format shares is listed once, for all of them.
    QList<RuleDescription> merged;
    for (const ValidationRule *rule : rules()) {
        for (const RuleDescription &description : rule->descriptions()) {
            const auto same = std::find_if(merged.begin(), merged.end(), [&](const RuleDescription &known) {
                return known.id == description.id && known.text == description.text &&
                       known.severity == description.severity;
            });
            if (same == merged.end())
                merged.append(description);
            else
                same->formats += description.formats;
        }
    }
    const qsizetype formatCount = Format::all().size();
    for (RuleDescription &description : merged) {
        description.formats.removeDuplicates();
        if (description.formats.size() == formatCount)
            description.formats.clear();
    }
    return merged;
}

} // namespace nianbao
