// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentanchorname.h"

#include "finding.h"
#include "format.h"
#include "report.h"

namespace nianbao {

namespace {

QString partName(int part, const Format &format)
{
    if (part >= 1 && part <= format.parts().size())
        return format.parts()[part - 1].heading;
    return CommentAnchorName::tr("Preamble");
}

} // namespace

QString CommentAnchorName::of(const CommentAnchor &anchor, const Format &format)
{
    switch (anchor.kind) {
    case CommentAnchor::Kind::Report:
        return tr("The whole report");
    case CommentAnchor::Kind::Cell: {
        const int cell = format.cellIndex(anchor.target);
        return cell < 0 ? anchor.target : format.cellName(cell);
    }
    case CommentAnchor::Kind::Table: {
        const int table = format.tableIndex(anchor.target);
        if (table < 0)
            return anchor.target;
        const TableDef &def = format.table(table);
        return def.title.isEmpty() ? tr("Table of %1").arg(partName(def.part, format))
                                   : tr("Table %1 of %2").arg(def.title, partName(def.part, format));
    }
    case CommentAnchor::Kind::Part:
        return partName(anchor.part, format);
    case CommentAnchor::Kind::Passage: {
        const QString quote = anchor.quote.size() > 24 ? anchor.quote.left(24) + u'…' : anchor.quote;
        return tr("%1: “%2”").arg(partName(anchor.part, format), quote);
    }
    }
    return {};
}

} // namespace nianbao
