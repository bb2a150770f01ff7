// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionrule.h"

#include "textlayout/labeltext.h"
#include "textscan.h"
#include "validationcontext.h"

namespace nianbao {

namespace {

/// Whether the text is the part's outline and nothing else: the sub-headings 插入提纲 put there,
/// with nothing written under them.
bool onlyOutline(QStringView text, const QStringList &outline)
{
    if (outline.isEmpty())
        return false;
    QStringList headings;
    for (const QString &heading : outline)
        headings.append(LabelText::normalized(heading));
    for (const QStringView line : text.split(u'\n')) {
        if (!LabelText::isBlank(line) && !headings.contains(LabelText::normalized(line)))
            return false;
    }
    return true;
}

} // namespace

void SectionRule::check(const ValidationContext &context, QList<Finding> &findings) const
{
    for (int part = 1; part <= Report::PartCount; ++part) {
        if (!context.format.tablesOfPart(part).isEmpty())
            continue;
        const QStringView text = context.part(part);
        const PartDef def = context.format.parts().value(part - 1);
        QString message;
        if (textscan::isBlank(text))
            message = tr("Part %1 “%2” is missing").arg(partNumeral(part), def.heading);
        else if (onlyOutline(text, def.outline))
            message = tr("Part %1 “%2” has only its sub-headings: nothing is written under them yet")
                          .arg(partNumeral(part), def.heading);
        else
            continue;
        findings.append({QStringLiteral("section.missing"),
                         Severity::Error,
                         {Location::ofNarrative(part, 0, 0)},
                         message,
                         std::nullopt});
    }
}

QList<RuleDescription> SectionRule::descriptions() const
{
    return {
        {QStringLiteral("section.missing"), Severity::Error,
         tr("A part that is only text (一, 五, 六) is empty or holds only its sub-headings; for an imported "
            "text, also when its heading is missing. A part of text that stands under another part's "
            "heading is there: the import does not call it missing (section.order says where it stands).")}};
}

} // namespace nianbao
