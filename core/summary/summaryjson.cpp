// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryjson.h"

#include "countysummary.h"
#include "keyfigures.h"
#include "spreadsheetnumber.h"

#include <QJsonArray>

namespace nianbao {

namespace {

QJsonValue countValue(const std::optional<int> &count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

template<typename ValueOf> QJsonObject byFigure(const ValueOf &valueOf)
{
    QJsonObject object;
    const QList<KeyFigureDef> &figures = KeyFigures::definitions();
    for (int figure = 0; figure < figures.size(); ++figure)
        object.insert(figures[figure].id, jsonNumber(valueOf(figure)));
    return object;
}

QJsonObject totalsObject(const YearTotals &totals)
{
    QJsonObject missing;
    const QList<KeyFigureDef> &figures = KeyFigures::definitions();
    for (int figure = 0; figure < figures.size(); ++figure) {
        if (totals.figures[figure].missing > 0)
            missing.insert(figures[figure].id, totals.figures[figure].missing);
    }
    return {{QStringLiteral("year"), totals.year},
            {QStringLiteral("reports"), totals.reports},
            {QStringLiteral("totals"), byFigure([&](int figure) { return totals.figures[figure].sum; })},
            {QStringLiteral("reportsWithoutValue"), missing}};
}

} // namespace

QJsonObject SummaryJson::of(const CountySummary &summary)
{
    QJsonArray figures;
    for (const KeyFigureDef &figure : KeyFigures::definitions())
        figures.append(QJsonObject{{QStringLiteral("id"), figure.id},
                                   {QStringLiteral("label"), figure.label},
                                   {QStringLiteral("group"), figure.group}});
    QJsonArray agencies;
    for (const SummaryRow &row : summary.rows()) {
        QJsonArray outliers;
        for (int figure = 0; figure < row.changes.size(); ++figure) {
            if (row.changes[figure].outlier)
                outliers.append(KeyFigures::definitions()[figure].id);
        }
        agencies.append(QJsonObject{
            {QStringLiteral("agency"), row.entry.agency},
            {QStringLiteral("kind"), row.entry.agencyKind},
            {QStringLiteral("status"), reportStatusId(row.entry.status)},
            {QStringLiteral("errors"), countValue(row.entry.errors)},
            {QStringLiteral("warnings"), countValue(row.entry.warnings)},
            {QStringLiteral("values"), byFigure([&](int figure) { return row.entry.values.value(figure); })},
            {QStringLiteral("previous"),
             row.hasPrevious ? QJsonValue(byFigure([&](int figure) { return row.changes[figure].previous; }))
                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("change"), byFigure([&](int figure) { return row.changes[figure].difference; })},
            {QStringLiteral("outliers"), outliers},
            {QStringLiteral("remarks"), QJsonArray::fromStringList(row.remarks())},
        });
    }
    QJsonArray trend;
    for (const YearTotals &totals : summary.trend())
        trend.append(totalsObject(totals));
    const std::optional<YearTotals> &previous = summary.previousTotals();
    return {
        {QStringLiteral("year"), summary.year()},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("agencies"), agencies},
        {QStringLiteral("county"), totalsObject(summary.totals())},
        {QStringLiteral("previousCounty"), previous ? QJsonValue(totalsObject(*previous)) : QJsonValue::Null},
        {QStringLiteral("countyChange"), byFigure([&](int figure) { return summary.totalChange(figure); })},
        {QStringLiteral("trend"), trend},
    };
}

} // namespace nianbao
