// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/comment.h"

#include <QCoreApplication>

namespace nianbao {

class Format;

/// What a comment is attached to, in words: the cell's official name, the table, the part, the quote.
class CommentAnchorName
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommentAnchorName)
public:
    static QString of(const CommentAnchor &anchor, const Format &format);
};

} // namespace nianbao
