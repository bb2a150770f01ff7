// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textlayout/tablereader.h"

#include <memory>
#include <optional>

namespace nianbao {

/**
 * Gathers the cells of a table part into rows for TableReader. The text layout gives each cell a
 * tab-led line and ends rows with blank lines; text copied from web pages and converters does not:
 * it has one cell per line without tabs, whole rows on one line separated by tabs or spaces
 * (`规章 0 0 0`), and no blank line between rows. Such loose cells are recognised by what the format
 * says a table holds (its labels, or numbers), and a new row begins where a label follows a number
 * or a row label follows the table's header. Lines that are none of these are narrative.
 */
class RowAssembler
{
public:
    RowAssembler(const Format &format, TableReader &tables);

    /// The cells of a tab-led line of the layout, as it prints them.
    void addLayoutCells(const TextRow &cells);
    /// A line without a leading tab: true when it was taken as table cells, false for narrative.
    bool addLooseLine(QStringView text, int line);
    /// A label broken over lines continues the last cell; true when the line was taken so.
    bool continueLabel(QStringView text);
    /// Whether the line completes the last cell, the start of a label broken over lines.
    bool completesLabel(QStringView text) const;
    void endRow();

private:
    enum class Role : quint8 { Number, Header, Item, Label, Other };
    Role roleOf(QStringView text) const;
    std::optional<TextRow> looseCells(QStringView text, int line) const;
    void addLooseCell(const TextCell &cell);

    std::shared_ptr<const FormatVocabulary> m_vocabulary;
    TableReader &m_tables;
    TextRow m_row;
};

} // namespace nianbao
