// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativeparagraph.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

constexpr qsizetype MaxHeadingLength = 40;

NarrativeParagraph::Kind kindOf(const QString &line)
{
    static const QRegularExpression subPart(QStringLiteral(R"(^（[一二三四五六七八九十]+）)"));
    static const QRegularExpression item(QStringLiteral(R"(^\d{1,2}[.．、](?!\d))"));
    if (line.size() > MaxHeadingLength || line.contains(u'。'))
        return NarrativeParagraph::Kind::Body;
    if (subPart.match(line).hasMatch())
        return NarrativeParagraph::Kind::SubPartHeading;
    if (item.match(line).hasMatch())
        return NarrativeParagraph::Kind::ItemHeading;
    return NarrativeParagraph::Kind::Body;
}

} // namespace

QList<NarrativeParagraph> NarrativeParagraph::split(const QString &narrative)
{
    QList<NarrativeParagraph> paragraphs;
    const QStringList lines = narrative.split(u'\n');
    for (const QString &line : lines) {
        // trimmed() also drops the ideographic spaces and NBSPs that converted documents carry.
        const QString text = line.trimmed();
        if (!text.isEmpty())
            paragraphs.append(NarrativeParagraph{kindOf(text), text});
    }
    return paragraphs;
}

} // namespace nianbao
