// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <KZip>

#include <QBuffer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace nianbao::test {

namespace {

QByteArray entry(const KZip &zip, const QString &path)
{
    const KArchiveFile *file = zip.directory()->file(path);
    EXPECT_NE(file, nullptr) << "no " << path.toStdString() << " in the workbook";
    return file ? file->data() : QByteArray();
}

// "AB12" → (column 27, row 11).
QPoint cellPosition(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i)
        column = column * 26 + (reference[i].unicode() - u'A' + 1);
    return QPoint(column - 1, reference.mid(i).toInt() - 1);
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si")
            current.clear();
        else if (reader.isStartElement() && reader.name() == u"t")
            current += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == u"si")
            strings.append(current);
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return strings;
}

QStringList sheetNames(const QByteArray &xml)
{
    QStringList names;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"sheet")
            names.append(reader.attributes().value(u"name").toString());
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return names;
}

void readSheet(const QByteArray &xml, const QStringList &strings, XlsxSheet &sheet)
{
    QXmlStreamReader reader(xml);
    QPoint position;
    XlsxCell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"c") {
            position = cellPosition(reader.attributes().value(u"r"));
            const QStringView type = reader.attributes().value(u"t");
            cell = XlsxCell{type.isEmpty() || type == u"n" ? XlsxCell::Type::Number
                            : type == u"s"                 ? XlsxCell::Type::String
                                                           : XlsxCell::Type::Other,
                            {}};
            // A cell without <v> is blank (formatted only).
            const bool hasValue = reader.readNextStartElement() && reader.name() == u"v";
            if (!hasValue) {
                cell.type = XlsxCell::Type::Blank;
            } else {
                cell.value = reader.readElementText();
                if (cell.type == XlsxCell::Type::String)
                    cell.value = strings.value(cell.value.toInt());
            }
            sheet.cells.insert(position, cell);
        } else if (reader.isStartElement() && reader.name() == u"mergeCell") {
            const QStringList range = reader.attributes().value(u"ref").toString().split(u':');
            sheet.merges.append(QRect(cellPosition(range.value(0)), cellPosition(range.value(1))));
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
}

} // namespace

QList<XlsxSheet> readXlsx(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "not a zip archive: " << zip.errorString().toStdString();
        return {};
    }
    const QStringList strings = sharedStrings(entry(zip, QStringLiteral("xl/sharedStrings.xml")));
    QList<XlsxSheet> sheets;
    const QStringList names = sheetNames(entry(zip, QStringLiteral("xl/workbook.xml")));
    for (int index = 0; index < names.size(); ++index) {
        XlsxSheet sheet;
        sheet.name = names[index];
        readSheet(entry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1)), strings, sheet);
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace nianbao::test
