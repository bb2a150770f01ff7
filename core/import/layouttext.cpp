// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layouttext.h"

namespace nianbao {

void LayoutText::addParagraph(const QString &text, const SourcePosition &position)
{
    for (const QString &line : text.split(u'\n')) {
        // A tab would make a paragraph look like a table cell.
        QString plain = line;
        plain.replace(u'\t', u' ');
        addLine(plain, position);
    }
}

void LayoutText::addRow(const QList<LayoutCell> &cells, const QString &doubt)
{
    if (cells.isEmpty())
        return;
    if (!doubt.isEmpty())
        m_doubts.append({int(m_lines.size()) + 1, int(m_lines.size() + cells.size()), doubt});
    for (const LayoutCell &cell : cells) {
        QString text = cell.text;
        text.remove(u'\n');
        text.remove(u'\r');
        text.replace(u'\t', u' ');
        addLine(u'\t' + text, cell.position);
    }
    addLine(QString(), cells.last().position);
}

void LayoutText::addLine(const QString &line, const SourcePosition &position)
{
    m_lines.append(line);
    m_positions.append(position);
}

} // namespace nianbao
