// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/// A run of a text diff: kept, removed from the old text, or added in the new one.
struct DiffSegment
{
    enum class Kind : quint8 { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

/**
 * A readable diff of narrative text by sentences: the text is cut after each sentence end
 * (。！？；, and line breaks) and the sentences are matched by a longest common subsequence, so a
 * changed sentence shows as the old sentence removed and the new one added — the way a reviewer
 * reads a Chinese report, where a word-level diff would be noise.
 */
class TextDiff
{
public:
    /// The sentences of a text, each with its ending punctuation or line break; joined they give
    /// the text back.
    static QStringList sentences(const QString &text);
    /// The diff from old to new; neighbouring segments of the same kind are merged. Joining the
    /// Same and Removed segments gives the old text, Same and Added the new one.
    static QList<DiffSegment> compare(const QString &oldText, const QString &newText);
    /// The diff as plain text: unchanged sentences as they are, removed ones as [-…-], added ones
    /// as {+…+}.
    static QString toText(const QList<DiffSegment> &segments);
};

} // namespace nianbao
