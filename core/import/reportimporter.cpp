// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportimporter.h"

#include "import/docxreader.h"
#include "import/htmlreader.h"
#include "import/pdfreader.h"
#include "import/textdecoder.h"
#include "import/textsource.h"
#include "inputrules.h"
#include "reportjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace nianbao {

namespace {

// A PDF's header may follow some bytes of junk, within the first kilobyte.
constexpr qsizetype PdfHeaderReach = 1024;

ImportResult failed(ImportResult result, int line, const QString &message)
{
    result.read.isReport = false;
    result.read.diagnostics.append({line, message});
    return result;
}

/// What no stored report may hold (a NUL character, a paragraph of megabytes) refuses the whole file.
ImportResult refuseContent(ImportResult result)
{
    if (result.read.isReport) {
        if (const std::optional<QString> refused = InputRules::contentRefusal(result.read.report))
            return failed(std::move(result), 0, *refused);
    }
    return result;
}

/// A control character in a JSON string (raw or as \u0017), named by its path: a text file with it is
/// refused (TextDecoder), so a JSON file is too, or the report could not be written out and read back.
std::optional<QString> controlRefusal(const QString &path, const QString &text)
{
    const auto control = std::find_if(text.cbegin(), text.cend(), &TextDecoder::isForeignControl);
    if (control == text.cend())
        return std::nullopt;
    return ReportImporter::tr("%1 holds the control character U+%2, which no report text has.")
        .arg(path)
        .arg(control->unicode(), 4, 16, QChar(u'0'));
}

// A NUL or control character hidden in any key or string of the JSON, named by its path.
std::optional<QString> nulRefusal(const QJsonValue &value, const QString &path)
{
    const auto child = [&path](const QString &key) { return path.isEmpty() ? key : path + u'.' + key; };
    if (value.isString()) {
        if (std::optional<QString> refused = InputRules::textRefusal(path, value.toString()))
            return refused;
        return controlRefusal(path, value.toString());
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (std::optional<QString> refused = nulRefusal(array[i], child(QString::number(i))))
                return refused;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QChar(0)))
                return InputRules::textRefusal(child(QString()), it.key());
            if (std::optional<QString> refused = nulRefusal(it.value(), child(it.key())))
                return refused;
        }
    }
    return std::nullopt;
}

ImportResult readJson(ImportResult result, const QByteArray &bytes)
{
    result.kind = SourceKind::Json;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QString error = parseError.errorString();
    std::optional<Report> report;
    if (parseError.error == QJsonParseError::NoError) {
        if (const std::optional<QString> nul = nulRefusal(document.object(), {}))
            error = *nul;
        else
            report = ReportJson::fromJson(document.object(), &error);
    }
    if (!report)
        return failed(std::move(result), 0,
                      ReportImporter::tr("%1 is not a Nianbao JSON report: %2").arg(result.path, error));
    result.read.isReport = true;
    result.read.report = std::move(*report);
    return refuseContent(std::move(result));
}

/// Reads the text layout of a source and accounts for its tables.
ImportResult readLayout(ImportResult result, LayoutText layout)
{
    result.source = std::move(layout);
    result.read = ReportReader::read(result.source.text());
    result.account();
    return refuseContent(std::move(result));
}

} // namespace

ImportResult ReportImporter::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.path = path;
        return failed(std::move(result), 0, tr("Cannot open %1: %2").arg(path, file.errorString()));
    }
    return read(file.readAll(), path);
}

ImportResult ReportImporter::read(const QByteArray &bytes, const QString &name)
{
    ImportResult result;
    result.path = name;
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return failed(std::move(result), 0,
                      tr("%1 is a Word 97–2003 document (.doc), which Nianbao does not read: save it as "
                         ".docx (Word or WPS: File → Save As) and import that.")
                          .arg(name));
    if (bytes.startsWith("{\\rtf"))
        return failed(std::move(result), 0,
                      tr("%1 is an RTF document, which Nianbao does not read: save it as .docx and import "
                         "that.")
                          .arg(name));
    if (bytes.startsWith("PK\x03\x04")) {
        result.kind = SourceKind::Docx;
        LayoutText layout;
        QString error;
        if (!DocxReader::read(bytes, &layout, &error))
            return failed(std::move(result), 0,
                          tr("%1 cannot be read as a Word document: %2.").arg(name, error));
        return readLayout(std::move(result), std::move(layout));
    }
    if (bytes.first(std::min<qsizetype>(bytes.size(), PdfHeaderReach)).contains("%PDF-")) {
        result.kind = SourceKind::Pdf;
        QList<PageText> pages;
        QString error;
        if (!PdfReader::read(bytes, &pages, &error))
            return failed(std::move(result), 0, tr("%1 cannot be read as a PDF: %2.").arg(name, error));
        result.layout = tr("%n page(s)", nullptr, int(pages.size()));
        return readLayout(std::move(result), PageLayout::layOut(pages));
    }
    // A Word document or PDF may be large for its pictures; text is limited by its size.
    if (const std::optional<QString> tooLarge = InputRules::fileSizeRefusal(name, bytes.size()))
        return failed(std::move(result), 0, *tooLarge);
    if (bytes.trimmed().startsWith('{'))
        return readJson(std::move(result), bytes);

    const DecodedText decoded = TextDecoder::decode(bytes);
    result.encoding = decoded.encoding;
    if (!decoded.ok)
        return failed(std::move(result), decoded.errorLine, decoded.error);
    result.text = decoded.text;
    if (HtmlReader::looksLikeHtml(decoded.text)) {
        result.kind = SourceKind::Html;
        return readLayout(std::move(result), HtmlReader::read(decoded.text));
    }
    LayoutText layout = TextSource::layOut(decoded.text, &result.layout);
    return readLayout(std::move(result), std::move(layout));
}

QString ReportImporter::fileFilter()
{
    return tr("Reports (*.docx *.pdf *.html *.htm *.txt *.md *.json);;All files (*)");
}

} // namespace nianbao
