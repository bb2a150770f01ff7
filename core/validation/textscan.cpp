// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textscan.h"

namespace nianbao {

PhraseMatcher::PhraseMatcher(const QStringList &phrases)
{
    for (const QString &phrase : phrases) {
        if (phrase.isEmpty())
            continue;
        m_phrases.append(phrase);
        m_first.set(phrase.front().unicode());
    }
}

bool PhraseMatcher::containsAny(QStringView text) const
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!m_first[text[i].unicode()])
            continue;
        const QStringView rest = text.sliced(i);
        for (const QString &phrase : m_phrases) {
            if (rest.startsWith(phrase))
                return true;
        }
    }
    return false;
}

bool PhraseMatcher::startsAt(QStringView text, qsizetype position) const
{
    if (position >= text.size() || !m_first[text[position].unicode()])
        return false;
    const QStringView rest = text.sliced(position);
    for (const QString &phrase : m_phrases) {
        if (rest.startsWith(phrase))
            return true;
    }
    return false;
}

bool PhraseMatcher::endsAt(QStringView text, qsizetype end) const
{
    const QStringView before = text.first(end);
    for (const QString &phrase : m_phrases) {
        if (before.endsWith(phrase))
            return true;
    }
    return false;
}

namespace textscan {

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'；':
    case u'!':
    case u'?':
    case u';':
    case u'\n':
        return true;
    default:
        return false;
    }
}

bool isClauseEnd(QChar c)
{
    switch (c.unicode()) {
    case u'，':
    case u'、':
    case u'：':
    case u',':
    case u':':
        return true;
    default:
        return isSentenceEnd(c);
    }
}

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

std::pair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype position)
{
    qsizetype start = position;
    while (start > 0 && !isSentenceEnd(text[start - 1]))
        --start;
    qsizetype end = position;
    while (end < text.size() && !isSentenceEnd(text[end]))
        ++end;
    return {start, end};
}

std::optional<Figure> figureAt(QStringView text, qsizetype position)
{
    if (position > 0 && digitValue(text[position - 1]) >= 0)
        return std::nullopt;
    Figure figure{0, position, position};
    // Eighteen digits still fit a qint64; longer runs are not counts.
    while (figure.end < text.size() && figure.end - position < 18) {
        const int digit = digitValue(text[figure.end]);
        if (digit < 0)
            break;
        figure.value = figure.value * 10 + digit;
        ++figure.end;
    }
    if (figure.end == position || (figure.end < text.size() && digitValue(text[figure.end]) >= 0))
        return std::nullopt;
    return figure;
}

bool isSubHeading(QStringView line)
{
    static const QStringView numerals = u"一二三四五六七八九十";
    // Longer lines that start with a number are measures written as a list: "（二）下一步将加强培训".
    constexpr qsizetype HeadingLength = 12;
    line = line.trimmed();
    if (line.isEmpty() || line.size() > HeadingLength)
        return false;
    for (QChar c : line) {
        if (isSentenceEnd(c) || c == u'，')
            return false;
    }
    const qsizetype close = line.indexOf(u'）');
    if ((line.front() == u'（' || line.front() == u'(') && (close > 0 || line.indexOf(u')') > 0))
        return true;
    const qsizetype comma = line.indexOf(u'、');
    return comma > 0 && numerals.contains(line.front());
}

std::optional<Figure> yearAt(QStringView text, qsizetype position)
{
    const std::optional<Figure> figure = figureAt(text, position);
    if (!figure || figure->end - figure->start != 4 || figure->end >= text.size() ||
        text[figure->end] != u'年' || figure->value < 1990 || figure->value > 2100)
        return std::nullopt;
    return figure;
}

} // namespace textscan

} // namespace nianbao
