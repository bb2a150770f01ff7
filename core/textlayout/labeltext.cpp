// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeltext.h"

#include "cellvalue.h"

#include <QList>
#include <QVarLengthArray>

#include <algorithm>

namespace nianbao {

QString LabelText::normalized(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isSpace(text[i]))
            continue;
        switch (c) {
        case u'"':
        case u'\'':
        case u'“':
        case u'”':
        case u'‘':
        case u'’':
        case u'「':
        case u'」':
            continue;
        case u'(':
            result += u'（';
            continue;
        case u')':
            result += u'）';
            continue;
        case u':':
            result += u'：';
            continue;
        case u',':
            result += u'，';
            continue;
        case u'．':
            result += u'.';
            continue;
        case u'、':
            // "1、" numbers an item like "1."; elsewhere 、 is punctuation to keep.
            result +=
                !result.isEmpty() && result.back().unicode() < 128 && result.back().isDigit() ? u'.' : u'、';
            continue;
        default:
            break;
        }
        if (c >= u'０' && c <= u'９')
            result += QChar(u'0' + (c - u'０'));
        else
            result += text[i];
    }
    return result;
}

double LabelText::similarity(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty() || a.size() > MaxCompared || b.size() > MaxCompared)
        return 0.0;
    // Most lookups are of official labels as written: no table needed.
    if (a.size() == b.size() && a == b)
        return 1.0;
    // Longest common subsequence, one row of the table at a time.
    QVarLengthArray<int, MaxCompared + 1> previous(b.size() + 1, 0);
    QVarLengthArray<int, MaxCompared + 1> current(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return double(previous[b.size()]) / double(std::max(a.size(), b.size()));
}

QString LabelText::withoutDebris(const QString &line)
{
    static constexpr QStringView marker = u"[bookmark:";
    qsizetype start = line.indexOf(marker);
    if (start < 0)
        return line;
    QString result = line;
    while (start >= 0) {
        const qsizetype end = result.indexOf(u']', start);
        if (end < 0)
            break;
        result.remove(start, end - start + 1);
        start = result.indexOf(marker, start);
    }
    return result;
}

QString LabelText::numberText(QStringView text)
{
    const QStringView content = trimmed(text);
    QString result;
    result.reserve(content.size());
    for (QChar c : content) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            result += QChar(u'0' + (u - u'０'));
        else if (u == u'．')
            result += u'.';
        else if (u == u'＋')
            result += u'+';
        else if (u == u'－' || u == u'−')
            result += u'-';
        else
            result += c;
    }
    // Thousands separators only where they group the whole part in threes: "1,234", "12,345.6".
    const qsizetype comma = std::max(result.indexOf(u','), result.indexOf(u'，'));
    if (comma <= 0)
        return result;
    qsizetype start = result.front() == u'+' || result.front() == u'-' ? 1 : 0;
    qsizetype end = result.indexOf(u'.');
    if (end < 0)
        end = result.size();
    const QStringView whole = QStringView(result).sliced(start, end - start);
    const QList<QStringView> groups = whole.split(u',').size() > 1 ? whole.split(u',') : whole.split(u'，');
    bool grouped = groups.size() > 1 && !groups.front().isEmpty() && groups.front().size() <= 3;
    for (qsizetype g = 0; g < groups.size() && grouped; ++g) {
        for (QChar c : groups[g])
            grouped = grouped && c.unicode() < 128 && c.isDigit();
        grouped = grouped && (g == 0 || groups[g].size() == 3);
    }
    if (!grouped)
        return result;
    QString joined = result.first(start);
    for (QStringView group : groups)
        joined += group;
    return joined + QStringView(result).sliced(end);
}

bool LabelText::looksNumeric(QStringView text)
{
    // Every number starts with a digit or a sign; labels and prose are ruled out at once.
    constexpr qsizetype maxLength = 64;
    const QString number = numberText(text);
    const QStringView content = number;
    if (content.isEmpty() || content.size() > maxLength)
        return false;
    const char16_t first = content[0].unicode();
    if (first == u'+' || first == u'-')
        return CellValue::parse(content, CellKind::SignedCount).isNumber();
    return first >= u'0' && first <= u'9' && CellValue::parse(content, CellKind::Amount).isNumber();
}

} // namespace nianbao
