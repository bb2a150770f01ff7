// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>

namespace nianbao::test {

/// A cell of a worksheet as the file stores it.
struct XlsxCell
{
    enum class Type : quint8 { Number, String, Blank, Other };
    Type type = Type::Blank;
    QString value; ///< the number's text as stored in <v>, or the shared string
};

/// One worksheet read back: its cells by (row, column) from 0, its merged ranges.
struct XlsxSheet
{
    QString name;
    QHash<QPoint, XlsxCell> cells; ///< key: QPoint(column, row)
    QList<QRect> merges;           ///< in cells, (column, row) from 0

    XlsxCell at(int row, int column) const { return cells.value(QPoint(column, row)); }
};

/**
 * Reads an .xlsx back the way a spreadsheet program would, without our writer's help: unzips it
 * with KZip and parses the workbook, the shared strings and each worksheet with QXmlStreamReader.
 * Fails the current test (and returns what it could read) when the file is not a workbook.
 */
QList<XlsxSheet> readXlsx(const QByteArray &bytes);

} // namespace nianbao::test
