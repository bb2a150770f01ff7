// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "whitespace.h"

#include <QString>
#include <QStringView>

#include <algorithm>

namespace nianbao {

/**
 * Comparing labels as real reports print them with the official text. Converted reports add
 * spaces inside labels (`三、本 年 度 办 理 结 果`), break them over lines, mix full- and half-width
 * punctuation and number items `1、` instead of `1.`; none of that changes which label is meant.
 */
class LabelText
{
public:
    /// Blank as in a table cell (Whitespace, the one definition).
    static bool isSpace(QChar c) { return Whitespace::isSpace(c); }
    static QStringView trimmed(QStringView text) { return Whitespace::trimmed(text); }
    static bool isBlank(QStringView text) { return trimmed(text).isEmpty(); }

    /// The comparable form: no white space, no quotes, full-width brackets, colons and commas,
    /// ASCII digits and `.` after an item number.
    static QString normalized(QStringView text);

    /// How alike two normalized labels are, 0 … 1 (longest common subsequence over the longer
    /// length). Labels longer than MaxCompared characters are not compared (0), so that a
    /// pathological line costs nothing.
    static double similarity(QStringView a, QStringView b);
    /// Whether similarity(a, b) can reach the threshold at all (cheap: by the lengths alone).
    static bool maySimilar(QStringView a, QStringView b, double threshold)
    {
        const qsizetype shorter = std::min(a.size(), b.size());
        const qsizetype longer = std::max(a.size(), b.size());
        return longer > 0 && double(shorter) >= threshold * double(longer);
    }
    static constexpr qsizetype MaxCompared = 80;

    /// No official label is longer; longer text is never looked up as one.
    static constexpr qsizetype MaxLabelLength = 200;

    /// Removes converter debris such as `[bookmark: _GoBack]`.
    static QString withoutDebris(const QString &line);

    /// Whether the text reads as a number of some cell kind (count, signed count, amount with unit).
    static bool looksNumeric(QStringView text);

    /// A number as printed, in the form CellValue reads: full-width digits, signs and points made
    /// ASCII, thousands separators (`1,234`, `1，234`) removed; other text unchanged.
    static QString numberText(QStringView text);
};

} // namespace nianbao
