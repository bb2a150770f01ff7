// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryoutput.h"

#include "io/csvwriter.h"
#include "io/outputfile.h"
#include "summarydocument.h"
#include "summaryjson.h"
#include "summarysheet.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace nianbao {

namespace {

SummaryOutput::WorkbookWriter &installedWorkbookWriter()
{
    static SummaryOutput::WorkbookWriter s_writer = nullptr;
    return s_writer;
}

} // namespace

void SummaryOutput::installWorkbookWriter(WorkbookWriter writer)
{
    installedWorkbookWriter() = writer;
}

std::optional<SummaryOutput::Form> SummaryOutput::formFromId(const QString &id)
{
    if (id == u"xlsx")
        return Form::Xlsx;
    if (id == u"csv")
        return Form::Csv;
    if (id == u"json")
        return Form::Json;
    if (id == u"pdf")
        return Form::Pdf;
    return std::nullopt;
}

std::optional<SummaryOutput::Form> SummaryOutput::formOfPath(const QString &path)
{
    return formFromId(QFileInfo(path).suffix().toLower());
}

bool SummaryOutput::write(const CountySummary &summary, Form form, const QString &path, QTextStream &out,
                          QString *error)
{
    const bool binary = form == Form::Xlsx || form == Form::Pdf;
    if (binary && path == u"-") {
        *error = tr("A spreadsheet or PDF is written to a file: name it with -o.");
        return false;
    }
    if (form == Form::Pdf)
        return SummaryDocument::writePdf(summary, path, error);
    QByteArray bytes;
    switch (form) {
    case Form::Xlsx: {
        const WorkbookWriter writeWorkbook = installedWorkbookWriter();
        if (!writeWorkbook) {
            *error = tr("This program cannot write spreadsheets.");
            return false;
        }
        const std::optional<QByteArray> workbook = writeWorkbook(SummarySheet::all(summary), error);
        if (!workbook)
            return false;
        bytes = *workbook;
        break;
    }
    case Form::Csv:
        bytes = csv(SummarySheet::year(summary));
        break;
    case Form::Json:
        bytes = QJsonDocument(SummaryJson::of(summary)).toJson(QJsonDocument::Indented);
        break;
    case Form::Pdf:
        break;
    }
    if (path == u"-") {
        out << QString::fromUtf8(bytes);
        return true;
    }
    return OutputFile::write(path, bytes, error);
}

QByteArray SummaryOutput::csv(const SummarySheet &sheet)
{
    QStringList header = sheet.columnHeaders();
    // One header row: the stacked headers of a column on one line.
    for (QString &text : header)
        text.replace(u'\n', u' ');
    CsvWriter writer(header);
    const QList<QStringList> rows = sheet.textRows();
    for (qsizetype row = sheet.headerRowCount(); row < rows.size(); ++row)
        writer.addRow(rows[row]);
    return writer.bytes();
}

} // namespace nianbao
