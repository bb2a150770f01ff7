// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfigures.h"

#include "format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace nianbao {

namespace {

struct KeyFigureData
{
    QList<KeyFigureDef> figures;
    QList<KeyFigureGroup> groups;
    KeyFigureCharts charts;
    QList<int> overview;
    int outlierFactor = 10;
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The file is compiled in and covered by tests; a malformed one is a build defect, not user input.
Decimal floorOf(const QJsonValue &value, const QString &figure)
{
    const std::optional<Decimal> floor = Decimal::parse(value.toString());
    if (!floor || *floor <= Decimal())
        qFatal("key figure %s: the outlier floor must be a positive number", qPrintable(figure));
    return *floor;
}

KeyFigureData load()
{
    QFile file(QStringLiteral(":/nianbao/formats/key-figures.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("key figure resource is missing");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    KeyFigureData data;
    const QJsonObject outliers = root.value(u"outliers").toObject();
    data.outlierFactor = outliers.value(u"factor").toInt();
    if (data.outlierFactor < 2)
        qFatal("key figures: the outlier factor must be at least 2");
    for (const QJsonValue &value : root.value(u"groups").toArray()) {
        const QJsonObject object = value.toObject();
        data.groups.append({object.value(u"id").toString(), object.value(u"label").toString()});
    }
    for (const QJsonValue &value : root.value(u"keyFigures").toArray()) {
        const QJsonObject object = value.toObject();
        KeyFigureDef figure;
        figure.id = object.value(u"id").toString();
        figure.label = object.value(u"label").toString();
        figure.group = object.value(u"group").toString();
        figure.overview = object.value(u"overview").toBool();
        figure.outlierFloor =
            floorOf(object.contains(u"floor") ? object.value(u"floor") : outliers.value(u"floor"), figure.id);
        figure.cells = strings(object.value(u"cells"));
        const QJsonObject byFormat = object.value(u"cellsByFormat").toObject();
        for (auto it = byFormat.begin(); it != byFormat.end(); ++it)
            figure.cellsByFormat.insert(it.key(), strings(it.value()));
        if (figure.overview)
            data.overview.append(int(data.figures.size()));
        data.figures.append(figure);
    }
    const QJsonObject charts = root.value(u"charts").toObject();
    data.charts.perAgency = charts.value(u"perAgency").toString();
    data.charts.trend = strings(charts.value(u"trend"));
    data.charts.outcomes = strings(charts.value(u"outcomes"));
    return data;
}

const KeyFigureData &data()
{
    static const KeyFigureData loaded = load();
    return loaded;
}

} // namespace

QString KeyFigure::text() const
{
    return value ? value->toString() : QStringLiteral("—");
}

QStringList KeyFigureDef::cellsOf(const Format &format) const
{
    return cellsByFormat.value(format.id(), cells);
}

const QList<KeyFigureDef> &KeyFigures::definitions()
{
    return data().figures;
}

const QList<KeyFigureGroup> &KeyFigures::groups()
{
    return data().groups;
}

const KeyFigureCharts &KeyFigures::charts()
{
    return data().charts;
}

const QList<int> &KeyFigures::overview()
{
    return data().overview;
}

int KeyFigures::indexOf(const QString &id)
{
    const QList<KeyFigureDef> &figures = definitions();
    const auto it = std::find_if(figures.begin(), figures.end(),
                                 [&](const KeyFigureDef &figure) { return figure.id == id; });
    return it == figures.end() ? -1 : int(it - figures.begin());
}

namespace {

// cellAt(cell index) is the value of a cell of the format, or nullptr when it is blank.
template<typename CellAt> QList<KeyFigure> figuresOf(const Format *format, CellAt cellAt)
{
    QList<KeyFigure> list;
    for (const KeyFigureDef &definition : KeyFigures::definitions()) {
        KeyFigure figure{definition.id, definition.label, std::nullopt};
        const QStringList cells = format ? definition.cellsOf(*format) : QStringList();
        for (const QString &cellId : cells) {
            const int cell = format->cellIndex(cellId);
            const CellValue *value = cell < 0 ? nullptr : cellAt(cell, cellId);
            if (!value || !value->isNumber())
                continue;
            figure.value = figure.value.value_or(Decimal()) + value->number();
        }
        list.append(figure);
    }
    return list;
}

} // namespace

QList<KeyFigure> KeyFigures::of(const Report &report)
{
    return figuresOf(report.format(), [&](int cell, const QString &) { return &report.cell(cell); });
}

QList<KeyFigure> KeyFigures::of(const Format &format, const QHash<QString, CellValue> &cells)
{
    return figuresOf(&format, [&](int, const QString &cellId) {
        const auto found = cells.constFind(cellId);
        return found == cells.cend() ? nullptr : &found.value();
    });
}

namespace {

QStringList figureCellsOf(const Format &format)
{
    QList<int> indexes;
    for (const KeyFigureDef &definition : KeyFigures::definitions()) {
        for (const QString &cellId : definition.cellsOf(format)) {
            if (const int cell = format.cellIndex(cellId); cell >= 0 && !indexes.contains(cell))
                indexes.append(cell);
        }
    }
    std::sort(indexes.begin(), indexes.end());
    QStringList cells;
    for (const int cell : std::as_const(indexes))
        cells.append(format.cellId(cell));
    return cells;
}

} // namespace

QStringList KeyFigures::cellsOf(const Format &format)
{
    static const QHash<QString, QStringList> official = [] {
        QHash<QString, QStringList> byFormat;
        for (const Format *known : Format::all())
            byFormat.insert(known->id(), figureCellsOf(*known));
        return byFormat;
    }();
    const auto found = official.constFind(format.id());
    return found != official.cend() && Format::byId(format.id()) == &format ? found.value()
                                                                            : figureCellsOf(format);
}

const QStringList &KeyFigures::cellsOfEveryFormat()
{
    static const QStringList cells = [] {
        QStringList list;
        for (const Format *format : Format::all()) {
            for (const QString &cellId : cellsOf(*format)) {
                if (!list.contains(cellId))
                    list.append(cellId);
            }
        }
        return list;
    }();
    return cells;
}

bool KeyFigures::isOutlier(const KeyFigureDef &figure, Decimal before, Decimal now)
{
    const Decimal smaller = std::min(before, now);
    const Decimal larger = std::max(before, now);
    if (larger < figure.outlierFloor)
        return false;
    qint64 scaled = 0;
    // A smaller value too large to multiply cannot be a tenth of a representable larger one.
    if (qMulOverflow(smaller.units(), qint64(outlierFactor()), &scaled))
        return false;
    return larger.units() >= scaled;
}

int KeyFigures::outlierFactor()
{
    return data().outlierFactor;
}

} // namespace nianbao
