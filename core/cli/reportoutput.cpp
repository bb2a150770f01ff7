// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutput.h"

#include "io/outputfile.h"
#include "output/htmlexporter.h"
#include "output/pdfexporter.h"
#include "reportjson.h"
#include "textlayout/reportwriter.h"

#include <QJsonDocument>

namespace nianbao {

std::optional<ReportOutput::Form> ReportOutput::formFromId(const QString &id)
{
    if (id == u"text")
        return Form::Text;
    if (id == u"json")
        return Form::Json;
    if (id == u"html")
        return Form::Html;
    if (id == u"pdf")
        return Form::Pdf;
    return std::nullopt;
}

bool ReportOutput::write(const Report &report, Form form, const QString &path, QTextStream &out,
                         QString *error)
{
    if (form == Form::Pdf || form == Form::Html) {
        if (path == u"-") {
            *error = tr("HTML and PDF are written to a file: name it with -o.");
            return false;
        }
        return form == Form::Pdf ? PdfExporter::write(report, path, error)
                                 : HtmlExporter::write(report, path, error);
    }
    const QByteArray bytes = form == Form::Json
                                 ? QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Indented)
                                 : ReportWriter::write(report).toUtf8();
    if (path == u"-") {
        out << QString::fromUtf8(bytes);
        return true;
    }
    return OutputFile::write(path, bytes, error);
}

} // namespace nianbao
