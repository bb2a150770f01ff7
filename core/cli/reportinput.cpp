// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportinput.h"

#include "reportjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace nianbao {

ReadResult ReportInput::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.diagnostics.append(
            {0, QCoreApplication::translate("nianbao::ReportInput", "Cannot open %1: %2")
                    .arg(path, file.errorString())});
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().startsWith('{')) {
        ReadResult result;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        QString error = parseError.errorString();
        std::optional<Report> report;
        if (parseError.error == QJsonParseError::NoError)
            report = ReportJson::fromJson(document.object(), &error);
        if (!report) {
            result.diagnostics.append(
                {0, QCoreApplication::translate("nianbao::ReportInput", "%1 is not a Nianbao JSON report: %2")
                        .arg(path, error)});
            return result;
        }
        result.isReport = true;
        result.report = std::move(*report);
        return result;
    }
    return ReportReader::read(QString::fromUtf8(bytes));
}

} // namespace nianbao
