// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <optional>

namespace nianbao {

/**
 * Finds every occurrence of a set of short phrases in one pass over a text. The narrative rules
 * run after every keystroke; one pass that looks only at characters which can start a phrase is
 * much cheaper than one search per phrase or a regular expression.
 */
class PhraseMatcher
{
public:
    PhraseMatcher() = default;
    explicit PhraseMatcher(const QStringList &phrases);

    const QStringList &phrases() const { return m_phrases; }

    /// Calls found(position, phraseIndex) for each occurrence, in text order.
    template<typename Found> void forEach(QStringView text, Found &&found) const
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!m_first[text[i].unicode()])
                continue;
            const QStringView rest = text.sliced(i);
            for (int p = 0; p < m_phrases.size(); ++p) {
                if (rest.startsWith(m_phrases[p]))
                    found(i, p);
            }
        }
    }
    bool containsAny(QStringView text) const;
    /// Whether one of the phrases starts exactly at position of text.
    bool startsAt(QStringView text, qsizetype position) const;
    /// Whether one of the phrases ends exactly at position end of text.
    bool endsAt(QStringView text, qsizetype end) const;

private:
    QStringList m_phrases;
    std::bitset<0x10000> m_first;
};

/// Helpers for reading Chinese narrative without regular expressions.
namespace textscan {

inline bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

/// End of a sentence: 。！？；, their ASCII forms, and line breaks.
bool isSentenceEnd(QChar c);
/// End of a clause: a sentence end, or ，、：.
bool isClauseEnd(QChar c);
/// The digit value of an ASCII or full-width digit, -1 otherwise.
inline int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    return -1;
}
bool isBlank(QStringView text);
/// A line that is only a short numbered sub-heading: "（二）改进情况", "二、改进措施" — no sentence in it.
bool isSubHeading(QStringView line);

/// [start, end) of the sentence around position.
std::pair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype position);

struct Figure
{
    qint64 value = 0;
    qsizetype start = 0;
    qsizetype end = 0; ///< one past the last digit
};
/// The whole number of consecutive digits starting at position, if there is one.
std::optional<Figure> figureAt(QStringView text, qsizetype position);
/// A year written as four digits followed by 年 ("2023年"), at position.
std::optional<Figure> yearAt(QStringView text, qsizetype position);

} // namespace textscan

} // namespace nianbao
