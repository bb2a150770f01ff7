// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/sourceposition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/// One cell of a table row as a source holds it.
struct LayoutCell
{
    QString text;
    SourcePosition position;
};

/**
 * A source rewritten in the six-part text layout that ReportReader reads — paragraphs as lines,
 * each table row as one cell per tab-led line followed by a blank line — with the place in the
 * source of every line. Every kind of source (Word, PDF, web page, the many text layouts) is
 * turned into this, so that one reader maps every source to the format, and every message about a
 * line can name the place in the original.
 */
class LayoutText
{
public:
    /// A paragraph; line breaks inside it become lines of the same position.
    void addParagraph(const QString &text, const SourcePosition &position);
    /// A table row; a cell's line breaks are dropped (labels broken over lines belong together).
    /// A doubt about how the row was rebuilt is kept as a note on its lines.
    void addRow(const QList<LayoutCell> &cells, const QString &doubt = {});
    /// A line taken over as it is (a text already in the layout).
    void addLine(const QString &line, const SourcePosition &position);

    const QStringList &lines() const { return m_lines; }
    QString text() const { return m_lines.join(u'\n'); }
    /// Where the 1-based line came from; an invalid position for lines the rewriting added.
    SourcePosition position(int line) const { return m_positions.value(line - 1); }
    bool isEmpty() const { return m_lines.isEmpty(); }

    /// A row whose rebuilding is uncertain: its lines [first, last] (1-based) and why.
    struct Doubt
    {
        int first = 0;
        int last = 0;
        QString reason;
    };
    const QList<Doubt> &doubts() const { return m_doubts; }

private:
    QList<Doubt> m_doubts;
    QStringList m_lines;
    QList<SourcePosition> m_positions;
};

} // namespace nianbao
