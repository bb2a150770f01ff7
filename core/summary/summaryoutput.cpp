// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryoutput.h"

#include "summarydocument.h"
#include "summaryjson.h"
#include "summarysheet.h"
#include "summaryxlsx.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace nianbao {

std::optional<SummaryOutput::Form> SummaryOutput::formFromId(const QString &id)
{
    if (id == u"xlsx")
        return Form::Xlsx;
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
        const std::optional<QByteArray> workbook = SummaryXlsx::workbook(SummarySheet::all(summary), error);
        if (!workbook)
            return false;
        bytes = *workbook;
        break;
    }
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace nianbao
