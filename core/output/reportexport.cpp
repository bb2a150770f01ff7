// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "docxexporter.h"
#include "htmlexporter.h"
#include "io/outputfile.h"
#include "odtexporter.h"
#include "pdfexporter.h"
#include "reportjson.h"
#include "textlayout/reportwriter.h"

#include <QJsonDocument>

namespace nianbao {

namespace {

struct FormInfo
{
    ReportExport::Form form;
    const char16_t *id;
    const char16_t *suffix;
};

constexpr FormInfo Forms[] = {
    {ReportExport::Form::Text, u"text", u"txt"},  {ReportExport::Form::Json, u"json", u"json"},
    {ReportExport::Form::Html, u"html", u"html"}, {ReportExport::Form::Pdf, u"pdf", u"pdf"},
    {ReportExport::Form::Docx, u"docx", u"docx"}, {ReportExport::Form::Odt, u"odt", u"odt"},
};

const FormInfo &info(ReportExport::Form form)
{
    for (const FormInfo &info : Forms) {
        if (info.form == form)
            return info;
    }
    return Forms[0];
}

} // namespace

std::optional<ReportExport::Form> ReportExport::formFromId(const QString &id)
{
    for (const FormInfo &info : Forms) {
        if (id == QStringView(info.id))
            return info.form;
    }
    return std::nullopt;
}

QString ReportExport::id(Form form)
{
    return QString::fromUtf16(info(form).id);
}

QString ReportExport::suffix(Form form)
{
    return QString::fromUtf16(info(form).suffix);
}

bool ReportExport::needsFonts(Form form)
{
    return form == Form::Pdf;
}

QByteArray ReportExport::bytes(const Report &report, Form form, QString *error, const ExportSeal *seal)
{
    QByteArray data;
    switch (form) {
    case Form::Text:
        return ReportWriter::write(report).toUtf8();
    case Form::Json:
        return QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Indented);
    case Form::Html:
        return HtmlExporter::toHtml(report, seal).toUtf8();
    case Form::Pdf:
        data = PdfExporter::toPdf(report, seal);
        break;
    case Form::Docx:
        data = DocxExporter::toDocx(report, QDateTime::currentDateTimeUtc(), seal, error);
        break;
    case Form::Odt:
        data = OdtExporter::toOdt(report, QDateTime::currentDateTimeUtc(), seal, error);
        break;
    }
    if (data.isEmpty() && form == Form::Pdf)
        *error = tr("the PDF could not be made");
    return data;
}

bool ReportExport::write(const Report &report, Form form, const QString &path, QString *error,
                         const ExportSeal *seal)
{
    QString problem;
    const QByteArray data = bytes(report, form, &problem, seal);
    if (data.isEmpty()) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, problem);
        return false;
    }
    return OutputFile::write(path, data, error);
}

} // namespace nianbao
