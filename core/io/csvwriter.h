// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/**
 * The one CSV writer of the program, for tables a supervisor opens in Excel or WPS: UTF-8 with a
 * byte-order mark (without it both show Chinese as mojibake), CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break.
 *
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula, so
 * an agency named `=HYPERLINK(…)` or `+1+cmd|' /C calc'!A0` would run when the file is opened. Such
 * a cell is written with a leading apostrophe, which shows it as text (OWASP's advice); a plain
 * number such as -3 or +1.5 stays a number.
 */
class CsvWriter
{
public:
    /// Starts the table with its header row.
    explicit CsvWriter(const QStringList &header = {});

    void addRow(const QStringList &fields);
    /// The whole file: BOM, then each row.
    QByteArray bytes() const;

    /// One field as written: neutralised and quoted where needed.
    static QString field(const QString &value);

private:
    QList<QStringList> m_rows;
};

} // namespace nianbao
