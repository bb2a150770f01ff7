// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "format.h"
#include "textlayout/chinesedate.h"

#include <QStringList>

namespace nianbao {

namespace {

class TableWriter
{
public:
    TableWriter(const Report &report, QStringList &lines, QList<int> &cellEntries)
        : m_report(report)
        , m_lines(lines)
        , m_cellEntries(cellEntries)
    {}

    void write(const TableDef &table)
    {
        if (!table.title.isEmpty())
            endRow({table.title});
        writeHeader(table);
        for (int r = 0; r < table.rows.size(); ++r)
            writeRow(table, r);
    }

private:
    // The column's header from the top: supergroup, group, label (2019 p4: 行政诉讼 › 未经复议直接起诉 ›
    // 结果维持).
    static QStringList headerPath(const ColumnDef &column)
    {
        QStringList path;
        for (const QString &text : {column.supergroup, column.group, column.label}) {
            if (!text.isEmpty())
                path.append(text);
        }
        return path;
    }

    static bool hasLabelColumn(const TableDef &table)
    {
        if (!table.corner.isEmpty())
            return true;
        for (const RowDef &row : table.rows) {
            if (!row.label.isEmpty())
                return true;
        }
        return false;
    }

    void writeHeader(const TableDef &table)
    {
        const bool labelColumn = hasLabelColumn(table);
        QString labelCell = table.corner;
        if (!table.columnsTitle.isEmpty()) {
            endRow({table.corner, table.columnsTitle});
            labelCell.clear();
        }
        qsizetype depth = 0;
        for (const ColumnDef &column : table.columns)
            depth = std::max(depth, headerPath(column).size());
        for (qsizetype level = 0; level < depth; ++level) {
            QStringList cells;
            if (labelColumn)
                cells.append(level == 0 ? labelCell : QString());
            // A group spanning several columns is printed once; a label that spans the levels
            // below it leaves an empty cell there.
            QStringList previousPath;
            for (const ColumnDef &column : table.columns) {
                const QStringList path = headerPath(column);
                const bool isGroup = level < path.size() - 1;
                if (level >= path.size()) {
                    cells.append(QString());
                } else if (!isGroup || path.first(level + 1) != previousPath.mid(0, level + 1)) {
                    cells.append(path[level]);
                }
                previousPath = path;
            }
            endRow(cells);
        }
    }

    void writeRow(const TableDef &table, int r)
    {
        const RowDef &row = table.rows[r];
        const RowDef *previous = r > 0 ? &table.rows[r - 1] : nullptr;
        QStringList cells;
        if (!row.section.isEmpty())
            cells.append(previous && previous->section == row.section ? QString() : row.section);
        if (!row.group.isEmpty())
            cells.append(previous && previous->group == row.group ? QString() : row.group);
        if (!row.label.isEmpty())
            cells.append(row.label);
        for (int c = 0; c < table.columns.size(); ++c) {
            const ColumnDef &column = table.columns[c];
            QString text = m_report.cell(table.cellIndex(r, c)).toText(column.kind, column.unitInCell);
            // A cell is one line: tabs and line breaks in invalid text would start new cells.
            text.replace(u'\t', u' ');
            text.replace(u'\n', u' ');
            text.replace(u'\r', u' ');
            // endRow() makes each cell of the row one entry, in order.
            m_cellEntries[table.cellIndex(r, c)] = int(m_lines.size() + cells.size());
            cells.append(text);
        }
        endRow(cells);
    }

    void endRow(const QStringList &cells)
    {
        for (const QString &cell : cells)
            m_lines.append(u'\t' + cell);
        m_lines.append(QString());
    }

    const Report &m_report;
    QStringList &m_lines;
    QList<int> &m_cellEntries;
};

} // namespace

QString ReportWriter::write(const Report &report)
{
    return write(report, nullptr);
}

QString ReportWriter::write(const Report &report, QList<int> *cellLines)
{
    QStringList lines;
    // The entry of lines each cell's value is in; narrative entries span several lines of the text.
    QList<int> cellEntries(report.format() ? report.format()->cellCount() : 0, -1);
    const ReportMeta &meta = report.meta;
    if (!meta.documentNumber.isEmpty())
        lines << meta.documentNumber << QString();
    lines.append(report.displayTitle());
    if (!report.preamble.isEmpty())
        lines.append(report.preamble);

    const Format *format = report.format();
    for (int part = 1; part <= Report::PartCount; ++part) {
        lines.append(format ? format->parts()[part - 1].heading : QString());
        const QString &text = report.parts[size_t(part - 1)];
        if (!text.isEmpty())
            lines.append(text);
        if (!format)
            continue;
        const QList<int> tables = format->tablesOfPart(part);
        if (!tables.isEmpty() && !text.isEmpty())
            lines.append(QString());
        TableWriter writer(report, lines, cellEntries);
        for (int table : tables)
            writer.write(format->table(table));
    }

    if (!meta.issuer.isEmpty() || meta.issueDate.isValid()) {
        lines.append(QString());
        if (!meta.issuer.isEmpty())
            lines.append(meta.issuer);
        if (meta.issueDate.isValid())
            lines.append(ChineseDate::format(meta.issueDate));
    }
    if (!meta.copyTo.isEmpty())
        lines << QString() << QStringLiteral("抄送：") + meta.copyTo;
    if (cellLines) {
        QList<int> firstLine(lines.size());
        int line = 0;
        for (qsizetype entry = 0; entry < lines.size(); ++entry) {
            firstLine[entry] = line;
            line += int(lines[entry].count(u'\n')) + 1;
        }
        cellLines->clear();
        for (int entry : std::as_const(cellEntries))
            cellLines->append(entry < 0 ? -1 : firstLine[entry]);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace nianbao
