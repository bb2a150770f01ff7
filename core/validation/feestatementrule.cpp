// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feestatementrule.h"

#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

namespace {

bool statesFee(QStringView text)
{
    static const PhraseMatcher named({QStringLiteral("信息处理费")});
    static const PhraseMatcher fee({QStringLiteral("收费"), QStringLiteral("收取"), QStringLiteral("费用")});
    static const PhraseMatcher negation({QStringLiteral("未"), QStringLiteral("没有"), QStringLiteral("无"),
                                         QStringLiteral("不"), QStringLiteral("零")});
    if (named.containsAny(text))
        return true;
    if (!fee.containsAny(text))
        return false;
    for (QChar c : text) {
        if (textscan::digitValue(c) >= 0)
            return true;
    }
    return negation.containsAny(text);
}

} // namespace

void FeeStatementRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    const int part = context.format.feeStatementPart();
    if (part < 1 || part > Report::PartCount)
        return;
    const QStringView text = context.part(part);
    if (statesFee(text))
        return;
    findings.append({QStringLiteral("fee.statement"),
                     Severity::Warning,
                     {Location::ofNarrative(part, 0, int(text.size()))},
                     tr("Part %1 does not state the information processing fees (信息处理费) collected: the "
                        "number of fee notices and the amount, "
                        "or that none was collected")
                         .arg(partNumeral(part)),
                     std::nullopt});
}

QList<RuleDescription> FeeStatementRule::descriptions() const
{
    QList<RuleDescription> described;
    for (const Format *format : Format::all()) {
        if (format->feeStatementPart() > 0)
            described.append({QStringLiteral("fee.statement"),
                              Severity::Warning,
                              tr("Part %1 does not state the 信息处理费 collected (or that none was).")
                                  .arg(partNumeral(format->feeStatementPart())),
                              {format->id()}});
    }
    return described;
}

} // namespace nianbao
