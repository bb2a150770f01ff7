// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjson.h"

#include "format.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

constexpr QLatin1StringView VersionKey("nianbao");
constexpr QLatin1StringView FormatKey("format");
constexpr QLatin1StringView MetaKey("meta");
constexpr QLatin1StringView PreambleKey("preamble");
constexpr QLatin1StringView PartsKey("parts");
constexpr QLatin1StringView CellsKey("cells");
constexpr QLatin1StringView TextKey("text");
constexpr QLatin1StringView InvalidKey("invalid");

} // namespace

QJsonObject ReportJson::toJson(const Report &report)
{
    const ReportMeta &meta = report.meta;
    QJsonObject metaObject{
        {u"agencyName"_s, meta.agencyName},
        {u"agencyKind"_s, meta.agencyKind},
        {u"year"_s, meta.year},
        {u"formatId"_s, meta.formatId},
        {u"title"_s, meta.title},
        {u"documentNumber"_s, meta.documentNumber},
        {u"issuer"_s, meta.issuer},
        {u"issueDate"_s, meta.issueDate.isValid() ? meta.issueDate.toString(Qt::ISODate) : QString()},
        {u"copyTo"_s, meta.copyTo},
    };
    QJsonArray parts;
    for (const QString &part : report.parts)
        parts.append(part);
    QJsonObject cells;
    if (const Format *format = report.format()) {
        for (int i = 0; i < format->cellCount(); ++i) {
            const CellValue &value = report.cell(i);
            if (value.isBlank())
                continue;
            const QString id = format->cellId(i);
            if (value.isInvalid())
                cells.insert(id, QJsonObject{{TextKey, value.invalidText()}, {InvalidKey, true}});
            else
                // The unit is written whenever the value has one, so that it comes back exactly.
                cells.insert(id, value.toText(format->column(i).kind, true));
        }
    }
    return QJsonObject{
        {VersionKey, Version}, {FormatKey, report.format() ? report.format()->id() : QString()},
        {MetaKey, metaObject}, {PreambleKey, report.preamble},
        {PartsKey, parts},     {CellsKey, cells},
    };
}

std::optional<Report> ReportJson::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Report> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(VersionKey).toInt() != Version)
        return fail(tr("Not a Nianbao report (version %1 expected).").arg(Version));
    const QString formatId = json.value(FormatKey).toString();
    const Format *format = Format::byId(formatId);
    if (!format)
        return fail(tr("Unknown report format “%1”.").arg(formatId));

    Report report(*format);
    const QJsonObject meta = json.value(MetaKey).toObject();
    report.meta.agencyName = meta.value(u"agencyName").toString();
    report.meta.agencyKind = meta.value(u"agencyKind").toString();
    report.meta.year = meta.value(u"year").toInt();
    report.meta.formatId = meta.value(u"formatId").toString(format->id());
    report.meta.title = meta.value(u"title").toString();
    report.meta.documentNumber = meta.value(u"documentNumber").toString();
    report.meta.issuer = meta.value(u"issuer").toString();
    report.meta.issueDate = QDate::fromString(meta.value(u"issueDate").toString(), Qt::ISODate);
    report.meta.copyTo = meta.value(u"copyTo").toString();
    report.preamble = json.value(PreambleKey).toString();
    const QJsonArray parts = json.value(PartsKey).toArray();
    if (parts.size() > Report::PartCount)
        return fail(tr("A report has %1 parts, not %2.").arg(Report::PartCount).arg(parts.size()));
    for (qsizetype i = 0; i < parts.size(); ++i)
        report.parts[size_t(i)] = parts[i].toString();

    const QJsonObject cells = json.value(CellsKey).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const int cell = format->cellIndex(it.key());
        if (cell < 0)
            return fail(tr("The %1 format has no cell “%2”.").arg(format->id(), it.key()));
        const QJsonValue value = it.value();
        if (value.isNull())
            continue;
        if (value.isString()) {
            report.setCell(cell, CellValue::parse(value.toString(), format->column(cell).kind));
        } else if (value.isObject() && value.toObject().value(InvalidKey).toBool()) {
            report.setCell(cell, CellValue::invalid(value.toObject().value(TextKey).toString()));
        } else {
            return fail(tr("The value of cell “%1” is neither a text nor an invalid value.").arg(it.key()));
        }
    }
    return report;
}

} // namespace nianbao
