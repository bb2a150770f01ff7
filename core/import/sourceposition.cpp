// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceposition.h"

namespace nianbao {

// The translation context of the descriptions.
class SourcePositionText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SourcePosition)
};

SourcePosition SourcePosition::ofLine(int line)
{
    SourcePosition position;
    position.kind = Kind::Line;
    position.line = line;
    return position;
}

SourcePosition SourcePosition::onPage(int page, int line, const QRectF &box)
{
    SourcePosition position;
    position.kind = Kind::Page;
    position.page = page;
    position.line = line;
    position.box = box;
    return position;
}

SourcePosition SourcePosition::ofParagraph(int paragraph, int sourceLine)
{
    SourcePosition position;
    position.kind = Kind::Paragraph;
    position.paragraph = paragraph;
    position.line = sourceLine;
    return position;
}

SourcePosition SourcePosition::ofTableCell(int table, int row, int cell, int sourceLine)
{
    SourcePosition position;
    position.kind = Kind::TableCell;
    position.table = table;
    position.row = row;
    position.cell = cell;
    position.line = sourceLine;
    return position;
}

QString SourcePosition::id() const
{
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Line:
        return QStringLiteral("line:%1").arg(line);
    case Kind::Page:
        return QStringLiteral("page:%1:line:%2").arg(page).arg(line);
    case Kind::Paragraph:
        return QStringLiteral("paragraph:%1").arg(paragraph);
    case Kind::TableCell:
        return QStringLiteral("table:%1:row:%2:cell:%3").arg(table).arg(row).arg(cell);
    }
    return {};
}

QString SourcePosition::describe() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Line:
        return SourcePositionText::tr("line %1").arg(line);
    case Kind::Page:
        return SourcePositionText::tr("page %1, line %2").arg(page).arg(line);
    case Kind::Paragraph:
        text = SourcePositionText::tr("paragraph %1").arg(paragraph);
        break;
    case Kind::TableCell:
        text = SourcePositionText::tr("table %1, row %2, cell %3").arg(table).arg(row).arg(cell);
        break;
    }
    if (line > 0)
        text += SourcePositionText::tr(" (source line %1)").arg(line);
    return text;
}

} // namespace nianbao
