// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

bool startsAFormula(const QString &value)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (value.isEmpty() || !triggers.contains(value.front()))
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return !number.match(value).hasMatch();
}

} // namespace

CsvWriter::CsvWriter(const QStringList &header)
{
    if (!header.isEmpty())
        m_rows.append(header);
}

void CsvWriter::addRow(const QStringList &fields)
{
    m_rows.append(fields);
}

QByteArray CsvWriter::bytes() const
{
    QString text;
    for (const QStringList &row : m_rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &value : row)
            fields.append(field(value));
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString CsvWriter::field(const QString &value)
{
    const QString text = startsAFormula(value) ? u'\'' + value : value;
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote =
        text != value || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace nianbao
