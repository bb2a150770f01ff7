// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nianbao {

class ReportDocument;

/// Where searched text occurs: a narrative (part 1 … 6, or the preamble as Location numbers it) or
/// a text field of the metadata, with the offset and length of the occurrence in it.
struct TextMatch
{
    int order = 0; ///< the place's position in reading order
    bool inField = false;
    int part = 0;
    ReportField field = ReportField::Title;
    int offset = 0;
    int length = 0;
    friend bool operator==(const TextMatch &, const TextMatch &) = default;
    /// Before or after another occurrence in reading order.
    friend bool operator<(const TextMatch &a, const TextMatch &b)
    {
        return a.order != b.order ? a.order < b.order : a.offset < b.offset;
    }
};

/**
 * Find and replace across the whole report's text, in reading order: title, 文号, 导语, parts 一 …
 * 六, 落款机关, 抄送. A replacement is an undo step through the document like any edit; replacing every
 * occurrence is one step, taken whole or not at all.
 */
class TextSearch
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::TextSearch)

public:
    /// Every occurrence of text (letters in either case), in reading order.
    static QList<TextMatch> find(const ReportDocument &document, const QString &text);
    /// The text a match is in, as the document holds it now.
    static QString textOf(const ReportDocument &document, const TextMatch &match);
    /// Replaces one occurrence (still there as found); false when it is not, or the edit was refused.
    static bool replace(ReportDocument &document, const TextMatch &match, const QString &text,
                        const QString &replacement);
    /// Replaces every occurrence as one undo step; the number replaced (0 when none, or refused).
    static int replaceAll(ReportDocument &document, const QString &text, const QString &replacement);
};

} // namespace nianbao
