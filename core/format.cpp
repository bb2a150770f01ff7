// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "formatreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace nianbao {

namespace {

/// Every format description compiled into the program (`resources/formats/<id>.json`, listed in
/// core/CMakeLists.txt), oldest first: a new format is a new file, not new code.
class FormatRegistry
{
public:
    static const FormatRegistry &instance()
    {
        static const FormatRegistry registry;
        return registry;
    }
    QList<const Format *> formats;

private:
    FormatRegistry()
    {
        const QDir folder(QStringLiteral(":/nianbao/report-formats"));
        const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
        if (names.isEmpty())
            qFatal("no format resources under %s", qPrintable(folder.path()));
        for (const QString &name : names) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("format resource %s cannot be read", qPrintable(file.fileName()));
            QString error;
            std::unique_ptr<Format> format =
                Format::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
            if (!format)
                qFatal("format resource %s is malformed: %s", qPrintable(file.fileName()), qPrintable(error));
            m_owned.push_back(std::move(format));
        }
        std::ranges::sort(m_owned, {}, &Format::firstYear);
        for (const std::unique_ptr<Format> &format : m_owned)
            formats.append(format.get());
    }
    std::vector<std::unique_ptr<Format>> m_owned;
};

} // namespace

int TableDef::columnIndex(const QString &id) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].id == id)
            return i;
    }
    return -1;
}

int TableDef::rowIndex(const QString &id) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].id == id)
            return i;
    }
    return -1;
}

QString partNumeral(int part)
{
    static const QString numerals[] = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                       QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六")};
    return part >= 1 && part <= 6 ? numerals[part - 1] : QString();
}

const Format *Format::forYear(int year)
{
    for (const Format *format : FormatRegistry::instance().formats) {
        if (format->coversYear(year))
            return format;
    }
    return nullptr;
}

const Format *Format::byId(const QString &id)
{
    for (const Format *format : FormatRegistry::instance().formats) {
        if (format->id() == id)
            return format;
    }
    return nullptr;
}

QList<const Format *> Format::all()
{
    return FormatRegistry::instance().formats;
}

std::unique_ptr<Format> Format::fromJson(const QJsonObject &json, QString *error)
{
    return FormatReader::read(json, error);
}

int Format::tableIndex(const QString &id) const
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].id == id)
            return i;
    }
    return -1;
}

QList<int> Format::tablesOfPart(int part) const
{
    QList<int> result;
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].part == part)
            result.append(i);
    }
    return result;
}

CellAddress Format::address(int cell) const
{
    return cell >= 0 && cell < m_addresses.size() ? m_addresses[cell] : CellAddress{};
}

int Format::cellIndex(const CellAddress &address) const
{
    if (address.table < 0 || address.table >= m_tables.size())
        return -1;
    const TableDef &table = m_tables[address.table];
    if (address.row < 0 || address.row >= table.rows.size() || address.column < 0 ||
        address.column >= table.columns.size())
        return -1;
    return table.cellIndex(address.row, address.column);
}

int Format::cellIndex(const QString &cellId) const
{
    return m_cellIds.value(cellId, -1);
}

const ColumnDef &Format::column(int cell) const
{
    const CellAddress a = address(cell);
    return m_tables[a.table].columns[a.column];
}

QString Format::cellId(int cell) const
{
    const CellAddress a = address(cell);
    if (a.table < 0)
        return {};
    const TableDef &table = m_tables[a.table];
    return table.id + u'/' + table.rows[a.row].id + u'/' + table.columns[a.column].id;
}

QString Format::rowName(int table, int row) const
{
    const TableDef &t = m_tables[table];
    const RowDef &r = t.rows[row];
    QStringList pieces;
    if (!t.title.isEmpty())
        pieces.append(t.title);
    QString rowLabel = r.shortLabel.isEmpty() ? r.label : r.shortLabel;
    if (!r.group.isEmpty())
        rowLabel = r.group + rowLabel;
    if (!rowLabel.isEmpty())
        pieces.append(rowLabel);
    // A table's only row may have no label (part 四): the part's heading names it.
    if (pieces.isEmpty())
        return m_parts.value(t.part - 1).heading;
    return partNumeral(t.part) + u'、' + pieces.join(u'·');
}

QString Format::columnName(int table, int column) const
{
    const TableDef &t = m_tables[table];
    const ColumnDef &c = t.columns[column];
    if (t.part != 4)
        return c.label;
    const QString group = c.supergroup.isEmpty() ? c.group : c.supergroup + u'（' + c.group + u'）';
    return group + u'·' + c.label;
}

QString Format::cellName(int cell) const
{
    const CellAddress a = address(cell);
    if (a.table < 0)
        return {};
    const TableDef &table = m_tables[a.table];
    const RowDef &row = table.rows[a.row];
    const QString column = columnName(a.table, a.column);
    if (table.title.isEmpty() && row.label.isEmpty())
        return partNumeral(table.part) + u'、' + column;
    return rowName(a.table, a.row) + u'·' + column;
}

} // namespace nianbao
