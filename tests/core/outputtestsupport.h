// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output/officialstyle.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {
class Report;
struct TableDef;
} // namespace nianbao

namespace nianbao::test {

/// A seed read into the model (the reader must recognise it as a report).
Report seedReport(const QString &name);

/// Runs a poppler tool (pdftotext, pdftoppm); nullopt when it is not installed or fails.
std::optional<QByteArray> runTool(const QString &program, const QStringList &arguments);
bool hasTool(const QString &program);

/// The figures of the tables in reading order: the whole-number tokens of the text between the
/// heading of part 二 and that of part 五 (page numbers `— N —` left out).
QStringList tableFigures(const QString &text);

/// The title, every part heading and every table title of the report, in order, in text extracted
/// from a rendering (`pdftotext -raw`); the first one missing or out of order, or "" when all are there.
QString firstMissingHeading(const QString &text, const Report &report);

/// Writes page 1 of pdf and the page where the group rows of part 三 stand into folder as
/// `<name>-page1.png` and `<name>-part3.png` (pdftoppm, 80 dpi): the screenshots of docs/output.md.
/// False when a page or a tool is missing.
bool writePageScreenshots(const QString &pdf, const QString &folder, const QString &name);

/// Converts the documents to PDF with LibreOffice (`soffice`, a profile of its own under folder)
/// into folder, named after each document; the error, or an empty string when it converted them all.
QString convertWithLibreOffice(const QStringList &documents, const QString &folder);

/// The non-blank values of every table of the report, in the format's order, as the writer prints them.
QStringList modelFigures(const Report &report);

/// A merged cell of a table read back from a document: its top-left grid position, extent and text.
struct ReadCell
{
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;

    friend bool operator==(const ReadCell &, const ReadCell &) = default;
};

/// The merged cells a table of the report must have, as the format lays it out (TableGrid).
QList<ReadCell> expectedCells(const TableDef &table, const Report &report);

/// The paragraphs with text a document of the report has outside its tables, in order: the 文号,
/// the title (its line break left out), the narrative, the part headings and the signature, each
/// with its kind.
QList<std::pair<OfficialStyle::Paragraph, QString>> expectedParagraphs(const Report &report);

} // namespace nianbao::test
