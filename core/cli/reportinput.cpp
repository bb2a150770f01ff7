// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportinput.h"

#include "inputrules.h"
#include "reportjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace nianbao {

namespace {

// A NUL character hidden in any key or string of the JSON (as \u0000), named by its path.
std::optional<QString> nulRefusal(const QJsonValue &value, const QString &path)
{
    const auto child = [&path](const QString &key) { return path.isEmpty() ? key : path + u'.' + key; };
    if (value.isString())
        return InputRules::textRefusal(path, value.toString());
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

ReadResult readJson(const QString &path, const QByteArray &bytes)
{
    ReadResult result;
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

} // namespace

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
    if (const std::optional<QString> tooLarge = InputRules::fileSizeRefusal(path, file.size())) {
        ReadResult result;
        result.diagnostics.append({0, *tooLarge});
        return result;
    }
    return read(file.readAll(), path);
}

ReadResult ReportInput::read(const QByteArray &bytes, const QString &name)
{
    ReadResult result = bytes.trimmed().startsWith('{') ? readJson(name, bytes)
                                                        : ReportReader::read(QString::fromUtf8(bytes));
    if (result.isReport) {
        if (const std::optional<QString> refused = InputRules::contentRefusal(result.report)) {
            result.isReport = false;
            result.diagnostics.append({0, *refused});
        }
    }
    return result;
}

} // namespace nianbao
