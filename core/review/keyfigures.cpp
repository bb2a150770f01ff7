// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfigures.h"

#include "format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {

namespace {

QList<KeyFigureDef> loadDefinitions()
{
    QFile file(QStringLiteral(":/nianbao/formats/key-figures.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("key figure resource is missing");
    QList<KeyFigureDef> list;
    const QJsonArray figures =
        QJsonDocument::fromJson(file.readAll()).object().value(u"keyFigures").toArray();
    for (const QJsonValue &value : figures) {
        const QJsonObject object = value.toObject();
        KeyFigureDef figure;
        figure.id = object.value(u"id").toString();
        figure.label = object.value(u"label").toString();
        for (const QJsonValue &cell : object.value(u"cells").toArray())
            figure.cells.append(cell.toString());
        list.append(figure);
    }
    return list;
}

} // namespace

QString KeyFigure::text() const
{
    return value ? value->toString() : QStringLiteral("—");
}

const QList<KeyFigureDef> &KeyFigures::definitions()
{
    static const QList<KeyFigureDef> list = loadDefinitions();
    return list;
}

QList<KeyFigure> KeyFigures::of(const Report &report)
{
    QList<KeyFigure> list;
    for (const KeyFigureDef &definition : definitions()) {
        KeyFigure figure{definition.id, definition.label, std::nullopt};
        for (const QString &cellId : definition.cells) {
            const int cell = report.format() ? report.format()->cellIndex(cellId) : -1;
            if (cell < 0 || !report.cell(cell).isNumber())
                continue;
            figure.value = figure.value.value_or(Decimal()) + report.cell(cell).number();
        }
        list.append(figure);
    }
    return list;
}

} // namespace nianbao
