// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace nianbao {

/**
 * A paragraph of narrative as an official document sets it: GB/T 9704 prints the second level
 * of headings ((一)…) in 楷体 and the third (1.…) in bold 仿宋, so the renderers need to know
 * which lines are headings. A heading is a short line of its own without a full stop; a marker
 * that opens a running paragraph (（一）本年度…。) leaves it body text.
 */
struct NarrativeParagraph
{
    enum class Kind : quint8 { Body, SubPartHeading, ItemHeading };

    Kind kind = Kind::Body;
    QString text; ///< without surrounding blanks

    /// The non-empty lines of a narrative, classified.
    static QList<NarrativeParagraph> split(const QString &narrative);
};

} // namespace nianbao
