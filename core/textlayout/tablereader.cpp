// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablereader.h"

#include "format.h"
#include "labeltext.h"

namespace nianbao {

namespace {

using Kind = LabelEntry::Kind;

// A label cell is one of the first cells of a row: a section, a group and an item label, after
// at most one empty cell each.
constexpr int MaxLabelCells = 4;
constexpr double NearMatch = 0.5;
// Ties are broken by bonuses smaller than this.
constexpr double TieMargin = 0.01;

// Long cell texts (a damaged file) are shortened in messages.
QString quoted(const QString &text)
{
    constexpr qsizetype limit = 40;
    QString shown = text;
    shown.replace(u'\n', u' ');
    return shown.size() > limit ? shown.first(limit) + u'…' : shown;
}

QString valueList(const TextRow &row, int from)
{
    QStringList values;
    for (int i = from; i < row.size(); ++i) {
        const QStringView text = LabelText::trimmed(row[i].text);
        if (!text.isEmpty())
            values.append(quoted(text.toString()));
    }
    return values.join(u'、');
}

bool hasValues(const TextRow &row, int from)
{
    for (int i = from; i < row.size(); ++i) {
        if (!LabelText::isBlank(row[i].text))
            return true;
    }
    return false;
}

// A column whose unit the header states takes the number alone; the same unit written in the
// cell is redundant, another unit is not a value of the column.
CellValue cellValue(QStringView printed, const ColumnDef &column)
{
    const QString text = LabelText::numberText(printed);
    const CellValue value = CellValue::parse(text, column.kind);
    if (value.isInvalid())
        return CellValue::invalid(LabelText::trimmed(printed).toString());
    if (column.kind != CellKind::Amount || column.unitInCell || !value.isNumber() ||
        value.unit() == AmountUnit::None)
        return value;
    if (value.unit() == column.unit)
        return CellValue::amount(value.number(), AmountUnit::None);
    return CellValue::invalid(LabelText::trimmed(printed).toString());
}

const LabelEntry *entryOfKind(const QList<LabelEntry> &entries, std::initializer_list<Kind> kinds)
{
    for (Kind kind : kinds) {
        for (const LabelEntry &entry : entries) {
            if (entry.kind == kind)
                return &entry;
        }
    }
    return nullptr;
}

} // namespace

TableReader::TableReader(Report &report, ReadResult &result)
    : m_report(report)
    , m_result(result)
    , m_format(*report.format())
    , m_vocabulary(FormatVocabulary::of(*report.format()))
{
    for (const TableDef &table : m_format.tables()) {
        m_filled.append(QList<bool>(table.rows.size(), false));
        m_provisional.append(QList<bool>(table.rows.size(), false));
        m_nextRow.append(0);
    }
    m_result.cellLines = QList<int>(m_format.cellCount(), 0);
}

void TableReader::beginPart(int part)
{
    const QList<int> tables = m_format.tablesOfPart(part);
    m_pendingRow = {-1, -1};
    m_currentTable = tables.isEmpty() ? -1 : tables.first();
}

void TableReader::readRow(const TextRow &row)
{
    if (!hasValues(row, 0)) {
        // Empty cells without a label are the row of a table whose row has none (part 四), left
        // empty; anywhere else they are the frame of the table.
        const int next =
            m_currentTable < 0 ? -1 : firstOpenRow(m_currentTable, m_nextRow[m_currentTable], false);
        if (next >= 0 && m_format.table(m_currentTable).rows[next].label.isEmpty() &&
            row.size() == m_format.table(m_currentTable).columns.size())
            placeValues(row, m_currentTable, next, 0);
        return;
    }
    QList<Label> labels;
    QList<int> unknown; ///< text before the labels, such as a piece of a label the source broke
    for (int i = 0; i < row.size() && i < MaxLabelCells; ++i) {
        const QStringView text = LabelText::trimmed(row[i].text);
        if (text.isEmpty())
            continue;
        if (LabelText::looksNumeric(text))
            break;
        QList<LabelEntry> entries = m_vocabulary->find(text);
        entries.removeIf([](const LabelEntry &entry) { return entry.kind == Kind::Header; });
        if (entries.isEmpty()) {
            if (!labels.isEmpty())
                break;
            unknown.append(i);
            continue;
        }
        labels.append({i, entries});
    }
    if (!labels.isEmpty()) {
        for (int i : std::as_const(unknown))
            addDiagnostic(row[i].line, tr("Table text not recognised: “%1”.")
                                           .arg(quoted(LabelText::trimmed(row[i].text).toString())));
    }
    if (labels.isEmpty()) {
        bool header = false;
        bool numeric = false;
        for (const TextCell &cell : row) {
            numeric = LabelText::looksNumeric(cell.text);
            if (numeric)
                break;
            header = header || entryOfKind(m_vocabulary->find(cell.text), {Kind::Header});
        }
        header = header && !numeric;
        if (header) {
            readHeader(row);
            return;
        }
    }
    int table = -1;
    int rowIndex = -1;
    int valueStart = 0;
    m_wholeGroup = false;
    if (locateRow(row, labels, &table, &rowIndex, &valueStart))
        placeValues(row, table, rowIndex, valueStart);
}

void TableReader::readHeader(const TextRow &row)
{
    for (const TextCell &cell : row) {
        const QStringView text = LabelText::trimmed(cell.text);
        if (text.isEmpty())
            continue;
        QList<LabelEntry> entries = m_vocabulary->find(text);
        entries.removeIf([](const LabelEntry &entry) { return entry.kind != Kind::Header; });
        if (entries.isEmpty()) {
            addDiagnostic(cell.line, tr("Table text not recognised: “%1”.").arg(quoted(text.toString())));
            continue;
        }
        const LabelEntry *entry = &entries.first();
        bool oneTable = true;
        for (const LabelEntry &candidate : std::as_const(entries)) {
            oneTable = oneTable && candidate.table == entry->table;
            if (candidate.table == m_currentTable)
                entry = &candidate;
        }
        if (oneTable)
            m_currentTable = entry->table;
        if (LabelText::trimmed(cell.raw) != entry->official)
            addNotice(cell.line, -1,
                      tr("“%1” was read as the official label “%2”.")
                          .arg(quoted(LabelText::trimmed(cell.raw).toString()), entry->official));
    }
}

bool TableReader::locateRow(const TextRow &row, const QList<Label> &labels, int *table, int *rowIndex,
                            int *valueStart)
{
    // Section and group labels in front of the item label: only their spelling is of interest.
    for (int i = 0; i + 1 < labels.size(); ++i) {
        const Label &label = labels[i];
        const LabelEntry *entry = entryOfKind(label.entries, {Kind::Section, Kind::Group, Kind::Row});
        const QStringView raw = LabelText::trimmed(row[label.cell].raw);
        if (raw != entry->official)
            addNotice(
                row[label.cell].line, -1,
                tr("“%1” was read as the official label “%2”.").arg(quoted(raw.toString()), entry->official));
    }

    if (!labels.isEmpty()) {
        const Label &label = labels.last();
        const TextCell &cell = row[label.cell];
        *valueStart = label.cell + 1;
        if (const LabelEntry *entry = entryOfKind(label.entries, {Kind::Row})) {
            const QStringView raw = LabelText::trimmed(cell.raw);
            if (raw != entry->official)
                addNotice(cell.line, m_format.table(entry->table).cellIndex(entry->index, 0),
                          tr("“%1” was read as the official label “%2”.")
                              .arg(quoted(raw.toString()), entry->official));
            if (*valueStart >= row.size()) {
                if (cell.loose && !entry->wholeGroup) {
                    // In text without cell structure a row label with no number before the next
                    // label is a row the source left empty: its empty cells left no trace.
                    placeEmpty(entry->table, entry->index, cell.line);
                    return false;
                }
                // The label stands alone; its values follow as the next row.
                m_pendingRow = {entry->table, entry->index};
                return false;
            }
            *table = entry->table;
            *rowIndex = entry->index;
            m_wholeGroup = entry->wholeGroup;
            return true;
        }
        // A group or section label followed by values: its item label is missing (2020_kanshi).
        const LabelEntry *entry = entryOfKind(label.entries, {Kind::Group, Kind::Section});
        if (!hasValues(row, *valueStart))
            return false;
        *table = entry->table;
        *rowIndex = firstOpenRow(entry->table, entry->index, entry->kind == Kind::Group);
        if (*rowIndex < 0) {
            addDiagnostic(cell.line, tr("Row “%1” is not part of the format; its values (%2) were not read.")
                                         .arg(quoted(cell.text), valueList(row, *valueStart)));
            addUnplaced(row, *valueStart, int(row.size()), entry->table,
                        tr("its row “%1” is not part of the format").arg(quoted(cell.text)));
            return false;
        }
        addNotice(cell.line, m_format.table(*table).cellIndex(*rowIndex, 0),
                  tr("The row of “%1” has no item label; its values were read as “%2”.")
                      .arg(entry->official, rowName(*table, *rowIndex)));
        return true;
    }

    int first = 0;
    while (first < row.size() && LabelText::isBlank(row[first].text))
        ++first;
    const TextCell &cell = row[first];
    const QStringView text = LabelText::trimmed(cell.text);
    const int columns = m_currentTable < 0 ? 1 : int(m_format.table(m_currentTable).columns.size());
    if (first < MaxLabelCells && !LabelText::looksNumeric(text)) {
        const auto [nearTable, nearRow] = text.size() > LabelText::MaxCompared
                                              ? std::pair{-1, -1}
                                              : nearestRow(LabelText::normalized(text));
        if (nearTable >= 0) {
            *table = nearTable;
            *rowIndex = nearRow;
            *valueStart = first + 1;
            addNotice(cell.line, m_format.table(nearTable).cellIndex(nearRow, 0),
                      tr("“%1” was read as the official label “%2”.")
                          .arg(quoted(text.toString()), m_format.table(nearTable).rows[nearRow].label));
            return true;
        }
        if (row.size() - first - 1 >= columns) {
            addDiagnostic(cell.line, tr("Row “%1” is not part of the format; its values (%2) were not read.")
                                         .arg(quoted(text.toString()), valueList(row, first + 1)));
            addUnplaced(row, first + 1, int(row.size()), m_currentTable,
                        tr("its row “%1” is not part of the format").arg(quoted(text.toString())));
            return false;
        }
    }

    if (std::none_of(row.cbegin(), row.cend(),
                     [](const TextCell &c) { return LabelText::looksNumeric(c.text); })) {
        // Text that is neither a label nor a number is not a row of values.
        for (const TextCell &unknown : row) {
            if (!LabelText::isBlank(unknown.text))
                addDiagnostic(unknown.line, tr("Table text not recognised: “%1”.")
                                                .arg(quoted(LabelText::trimmed(unknown.text).toString())));
        }
        return false;
    }
    if (m_pendingRow.first >= 0) {
        std::tie(*table, *rowIndex) = m_pendingRow;
        *valueStart = 0;
        return true;
    }
    // No label at all: the next row of the current table (part 四's single row has none).
    *rowIndex = m_currentTable < 0 ? -1 : firstOpenRow(m_currentTable, m_nextRow[m_currentTable], false);
    if (*rowIndex < 0) {
        addDiagnostic(cell.line,
                      tr("Values (%1) without a row label could not be placed.").arg(valueList(row, 0)));
        addUnplaced(row, 0, int(row.size()), m_currentTable,
                    tr("no row label, and the table has no open row"));
        return false;
    }
    *table = m_currentTable;
    *valueStart = 0;
    if (!m_format.table(*table).rows[*rowIndex].label.isEmpty())
        addNotice(cell.line, m_format.table(*table).cellIndex(*rowIndex, 0),
                  tr("A row without a label was read as “%1”, the next row of the table.")
                      .arg(rowName(*table, *rowIndex)));
    return true;
}

void TableReader::placeValues(const TextRow &row, int table, int rowIndex, int valueStart)
{
    m_pendingRow = {-1, -1};
    const TableDef &def = m_format.table(table);
    const int columns = int(def.columns.size());
    const int available = int(row.size()) - valueStart;
    const int line = row[std::min(valueStart, int(row.size()) - 1)].line;

    // Extra empty cells (2019_qingtang) may stand on either side of the values; pick the window
    // that leaves only blanks outside, the leftmost one when several do.
    int first = valueStart;
    for (int offset = 0; offset <= available - columns; ++offset) {
        bool blankOutside = true;
        for (int i = valueStart; i < int(row.size()) && blankOutside; ++i) {
            if (i < valueStart + offset || i >= valueStart + offset + columns)
                blankOutside = LabelText::isBlank(row[i].text);
        }
        if (blankOutside) {
            first = valueStart + offset;
            break;
        }
    }

    if (m_filled[table][rowIndex] && !m_provisional[table][rowIndex]) {
        if (hasValues(row, valueStart)) {
            addDiagnostic(line,
                          tr("“%1” appears a second time; the values (%2) of this occurrence were not read.")
                              .arg(rowName(table, rowIndex), valueList(row, valueStart)));
            addUnplaced(row, valueStart, int(row.size()), table,
                        tr("“%1” appears a second time").arg(rowName(table, rowIndex)));
        }
        return;
    }

    const bool loose =
        std::any_of(row.cbegin() + valueStart, row.cend(), [](const TextCell &c) { return c.loose; });
    if (loose && available < columns && hasValues(row, valueStart)) {
        addDiagnostic(line, tr("“%1” has %2 of its %3 numbers, and the text does not show which columns they "
                               "belong to; none of them was read.")
                                .arg(rowName(table, rowIndex))
                                .arg(available)
                                .arg(columns));
        addUnplaced(row, valueStart, int(row.size()), table,
                    tr("“%1” has %2 numbers for %3 columns")
                        .arg(rowName(table, rowIndex))
                        .arg(available)
                        .arg(columns));
        m_filled[table][rowIndex] = true;
        m_nextRow[table] = rowIndex + 1;
        m_currentTable = table;
        return;
    }

    int present = 0;
    for (int c = 0; c < columns && first + c < row.size(); ++c, ++present) {
        const CellValue value = cellValue(row[first + c].text, def.columns[c]);
        m_report.setCell(def.cellIndex(rowIndex, c), value);
        m_result.cellLines[def.cellIndex(rowIndex, c)] = row[first + c].line;
        if (!value.isBlank())
            ++m_placedValues;
    }
    m_provisional[table][rowIndex] = false;
    if (m_wholeGroup) {
        // The other rows of the group are not in a report that has the group as one row; the
        // report leaves them empty. Until they come after all: a group label repeated without
        // numbers (on the next page of a 2021 table) stands for nothing of its own.
        const bool empty = !hasValues(row, valueStart);
        m_provisional[table][rowIndex] = empty;
        for (int r = 0; r < def.rows.size(); ++r) {
            if (r == rowIndex || def.rows[r].group != def.rows[rowIndex].group || m_filled[table][r])
                continue;
            m_filled[table][r] = true;
            m_provisional[table][r] = true;
            for (int c = 0; c < columns; ++c)
                m_result.cellLines[def.cellIndex(r, c)] = line;
        }
    }
    if (present < columns)
        addDiagnostic(line, tr("“%1” has %2 of its %3 values; the rest were left blank.")
                                .arg(rowName(table, rowIndex))
                                .arg(present)
                                .arg(columns));
    QStringList extra;
    for (int i = valueStart; i < int(row.size()); ++i) {
        if ((i < first || i >= first + columns) && !LabelText::isBlank(row[i].text))
            extra.append(quoted(LabelText::trimmed(row[i].text).toString()));
    }
    if (!extra.isEmpty()) {
        addDiagnostic(line, tr("Cells (%1) beyond the %2 columns of “%3” were not read.")
                                .arg(extra.join(u'、'))
                                .arg(columns)
                                .arg(rowName(table, rowIndex)));
        const QString reason = tr("beyond the %1 columns of “%2”").arg(columns).arg(rowName(table, rowIndex));
        addUnplaced(row, valueStart, first, table, reason);
        addUnplaced(row, first + columns, int(row.size()), table, reason);
    }

    m_filled[table][rowIndex] = true;
    m_nextRow[table] = rowIndex + 1;
    m_currentTable = table;
}

void TableReader::placeEmpty(int table, int rowIndex, int line)
{
    if (m_filled[table][rowIndex])
        return;
    const TableDef &def = m_format.table(table);
    for (int c = 0; c < def.columns.size(); ++c) {
        m_report.setCell(def.cellIndex(rowIndex, c), CellValue());
        m_result.cellLines[def.cellIndex(rowIndex, c)] = line;
    }
    m_filled[table][rowIndex] = true;
    m_nextRow[table] = rowIndex + 1;
    m_currentTable = table;
}

int TableReader::firstOpenRow(int table, int from, bool sameGroup) const
{
    const TableDef &def = m_format.table(table);
    if (from < 0 || from >= def.rows.size())
        return -1;
    const QString &group = sameGroup ? def.rows[from].group : def.rows[from].section;
    for (int r = from; r < def.rows.size(); ++r) {
        if (r > from && (sameGroup ? def.rows[r].group : def.rows[r].section) != group)
            break;
        if (!m_filled[table][r])
            return r;
    }
    return -1;
}

std::pair<int, int> TableReader::nearestRow(const QString &normalizedLabel) const
{
    std::pair<int, int> best{-1, -1};
    double bestScore = NearMatch;
    for (int t = 0; t < m_format.tables().size(); ++t) {
        for (const auto &[label, row] : m_vocabulary->rowLabels(t)) {
            // Ties go to the current table, then to rows not read yet.
            if (!LabelText::maySimilar(normalizedLabel, label, bestScore - TieMargin))
                continue;
            const double score = LabelText::similarity(normalizedLabel, label) +
                                 (t == m_currentTable ? 1e-3 : 0) + (m_filled[t][row] ? 0 : 1e-4);
            if (score >= bestScore) {
                bestScore = score;
                best = {t, row};
            }
        }
    }
    return best;
}

QString TableReader::rowName(int table, int row) const
{
    const TableDef &def = m_format.table(table);
    const RowDef &rowDef = def.rows[row];
    if (rowDef.label.isEmpty())
        return m_format.parts().value(def.part - 1).heading;
    return rowDef.group.isEmpty() ? rowDef.label : rowDef.group + rowDef.label;
}

void TableReader::addNotice(int line, int cell, const QString &message)
{
    Finding finding;
    finding.rule = QStringLiteral("label.variant");
    finding.severity = Severity::Notice;
    finding.where.append(Location::ofLine(line));
    if (cell >= 0)
        finding.where.append(Location::ofCell(cell));
    finding.message = message;
    m_result.notices.append(finding);
}

void TableReader::addDiagnostic(int line, const QString &message)
{
    m_result.diagnostics.append({line, message});
}

void TableReader::addUnplaced(const TextRow &row, int from, int to, int table, const QString &reason)
{
    for (int i = std::max(from, 0); i < to && i < row.size(); ++i) {
        const QStringView text = LabelText::trimmed(row[i].text);
        if (LabelText::looksNumeric(text))
            m_result.unplaced.append({row[i].line, text.toString(), table, reason});
    }
}

} // namespace nianbao
