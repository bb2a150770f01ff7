// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionrule.h"

#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

void SectionRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    for (int part = 1; part <= Report::PartCount; ++part) {
        if (!textscan::isBlank(context.part(part)) || !context.format.tablesOfPart(part).isEmpty())
            continue;
        findings.append({QStringLiteral("section.missing"),
                         Severity::Error,
                         {Location::ofNarrative(part, 0, 0)},
                         tr("Part %1 “%2” is missing")
                             .arg(partNumeral(part), context.format.parts().value(part - 1).heading),
                         std::nullopt});
    }
}

QList<RuleDescription> SectionRule::descriptions() const
{
    return {{QStringLiteral("section.missing"), Severity::Error,
             tr("A part that is only text (一, 五, 六) is empty; for an imported text, a part heading is "
                "missing or "
                "out of order.")}};
}

} // namespace nianbao
