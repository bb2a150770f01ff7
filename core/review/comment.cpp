// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comment.h"

#include <cstdlib>

namespace nianbao {

namespace {

struct KindName
{
    CommentAnchor::Kind kind;
    QStringView id;
};

constexpr KindName kindNames[] = {
    {CommentAnchor::Kind::Report, u"report"},   {CommentAnchor::Kind::Cell, u"cell"},
    {CommentAnchor::Kind::Table, u"table"},     {CommentAnchor::Kind::Part, u"part"},
    {CommentAnchor::Kind::Passage, u"passage"},
};

} // namespace

QString CommentAnchor::kindId(Kind kind)
{
    for (const KindName &name : kindNames) {
        if (name.kind == kind)
            return name.id.toString();
    }
    return {};
}

std::optional<CommentAnchor::Kind> CommentAnchor::kindFromId(const QString &id)
{
    for (const KindName &name : kindNames) {
        if (name.id == id)
            return name.kind;
    }
    return std::nullopt;
}

std::optional<int> CommentAnchor::locate(const QString &partText) const
{
    if (quote.isEmpty())
        return std::nullopt;
    if (QStringView(partText).mid(offset, quote.size()) == quote)
        return offset;
    std::optional<int> nearest;
    for (qsizetype at = partText.indexOf(quote); at >= 0; at = partText.indexOf(quote, at + 1)) {
        if (!nearest || std::abs(int(at) - offset) < std::abs(*nearest - offset))
            nearest = int(at);
    }
    return nearest;
}

} // namespace nianbao
