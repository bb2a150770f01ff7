// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <vector>

namespace nianbao {

namespace {

bool endsSentence(QChar c)
{
    static const QString ends = QStringLiteral("。！？；!?;\n");
    return ends.contains(c);
}

// Closing quotes and brackets after a sentence end still belong to that sentence: 。” or ！）
bool closesSentence(QChar c)
{
    static const QString closers = QStringLiteral("”’」』）)】");
    return closers.contains(c);
}

void append(QList<DiffSegment> &segments, DiffSegment::Kind kind, const QString &text)
{
    if (!segments.isEmpty() && segments.constLast().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

} // namespace

QStringList TextDiff::sentences(const QString &text)
{
    QStringList list;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!endsSentence(text[i])) {
            ++i;
            continue;
        }
        const bool lineBreak = text[i] == u'\n';
        ++i;
        if (!lineBreak) {
            // "！？", "。”" and the line break that ends a paragraph stay with their sentence.
            while (i < text.size() && text[i] != u'\n' && (closesSentence(text[i]) || endsSentence(text[i])))
                ++i;
            if (i < text.size() && text[i] == u'\n')
                ++i;
        }
        list.append(text.mid(start, i - start));
        start = i;
    }
    if (start < text.size())
        list.append(text.mid(start));
    return list;
}

QList<DiffSegment> TextDiff::compare(const QString &oldText, const QString &newText)
{
    const QStringList before = sentences(oldText);
    const QStringList after = sentences(newText);
    const size_t n = size_t(before.size());
    const size_t m = size_t(after.size());
    // common[i][j]: length of the longest common subsequence of before[i…] and after[j…].
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            common[i][j] = before[qsizetype(i)] == after[qsizetype(j)]
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QList<DiffSegment> segments;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[qsizetype(i)] == after[qsizetype(j)]) {
            append(segments, DiffSegment::Kind::Same, before[qsizetype(i)]);
            ++i;
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            append(segments, DiffSegment::Kind::Removed, before[qsizetype(i)]);
            ++i;
        } else {
            append(segments, DiffSegment::Kind::Added, after[qsizetype(j)]);
            ++j;
        }
    }
    return segments;
}

QString TextDiff::toText(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            text += segment.text;
            break;
        case DiffSegment::Kind::Removed:
            text += QStringLiteral("[-") + segment.text + QStringLiteral("-]");
            break;
        case DiffSegment::Kind::Added:
            text += QStringLiteral("{+") + segment.text + QStringLiteral("+}");
            break;
        }
    }
    return text;
}

} // namespace nianbao
