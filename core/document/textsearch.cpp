// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include "finding.h"
#include "report.h"
#include "reportdocument.h"
#include "undocommands.h"

#include <memory>

namespace nianbao {

namespace {

/// The searched texts in reading order.
QList<TextMatch> places()
{
    QList<TextMatch> list;
    const auto field = [](ReportField f) {
        TextMatch m;
        m.inField = true;
        m.field = f;
        return m;
    };
    const auto narrative = [](int part) {
        TextMatch m;
        m.part = part;
        return m;
    };
    list << field(ReportField::Title) << field(ReportField::DocumentNumber)
         << narrative(Location::PreamblePart);
    for (int part = 1; part <= Report::PartCount; ++part)
        list << narrative(part);
    list << field(ReportField::Issuer) << field(ReportField::CopyTo);
    for (qsizetype i = 0; i < list.size(); ++i)
        list[i].order = int(i);
    return list;
}

/// The edit that sets the text of a place.
std::unique_ptr<QUndoCommand> changeOf(ReportDocument &document, const TextMatch &place, const QString &text)
{
    if (place.inField)
        return std::make_unique<SetReportField>(&document, place.field, text);
    return std::make_unique<SetNarrativeText>(&document, place.part, text, SetNarrativeText::Merge::Never);
}

} // namespace

QString TextSearch::textOf(const ReportDocument &document, const TextMatch &match)
{
    return match.inField ? document.field(match.field) : document.narrative(match.part);
}

QList<TextMatch> TextSearch::find(const ReportDocument &document, const QString &text)
{
    QList<TextMatch> matches;
    if (text.isEmpty())
        return matches;
    for (TextMatch place : places()) {
        const QString content = textOf(document, place);
        for (qsizetype at = content.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = content.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
            place.offset = int(at);
            place.length = int(text.size());
            matches.append(place);
        }
    }
    return matches;
}

bool TextSearch::replace(ReportDocument &document, const TextMatch &match, const QString &text,
                         const QString &replacement)
{
    QString content = textOf(document, match);
    if (text.isEmpty() || content.mid(match.offset, match.length).compare(text, Qt::CaseInsensitive) != 0)
        return false;
    content.replace(match.offset, match.length, replacement);
    return document.push(changeOf(document, match, content)).isDone();
}

int TextSearch::replaceAll(ReportDocument &document, const QString &text, const QString &replacement)
{
    if (text.isEmpty())
        return 0;
    auto step = std::make_unique<AllOrNothing>(tr("Replace “%1” with “%2”").arg(text, replacement));
    int count = 0;
    for (const TextMatch &place : places()) {
        QString content = textOf(document, place);
        const int found = int(content.count(text, Qt::CaseInsensitive));
        if (found == 0)
            continue;
        content.replace(text, replacement, Qt::CaseInsensitive);
        step->add(changeOf(document, place, content));
        count += found;
    }
    if (count == 0)
        return 0;
    return document.push(std::move(step)).isDone() ? count : 0;
}

} // namespace nianbao
