// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarychartbuilder.h"

#include "keyfigures.h"
#include "summary/countysummary.h"
#include "summary/spreadsheetnumber.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>

namespace nianbao {

namespace {

// Charts plot doubles; the figures stay exact everywhere else.
qreal plotted(const std::optional<Decimal> &value)
{
    return value ? spreadsheetNumber(*value).value_or(0) : 0;
}

const KeyFigureDef &definition(const QString &id)
{
    return KeyFigures::definitions()[KeyFigures::indexOf(id)];
}

std::unique_ptr<QChart> newChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

std::unique_ptr<QChart> perAgencyChart(const CountySummary &summary)
{
    const int figure = KeyFigures::indexOf(KeyFigures::charts().perAgency);
    const QString label = KeyFigures::definitions()[figure].label;
    const bool outliers = std::any_of(summary.rows().cbegin(), summary.rows().cend(),
                                      [&](const SummaryRow &row) { return row.changes[figure].outlier; });
    auto chart = newChart(
        outliers
            ? SummaryChartBuilder::tr("%1 per agency, %2 (orange: changed %3 times or more from last year)")
                  .arg(label)
                  .arg(summary.year())
                  .arg(KeyFigures::outlierFactor())
            : SummaryChartBuilder::tr("%1 per agency, %2").arg(label).arg(summary.year()));
    auto *series = new QHorizontalBarSeries;
    auto *current = new QBarSet(QString::number(summary.year()));
    current->setColor(QColor(0x1a, 0x5f, 0xb4));
    current->setSelectedColor(QColor(0xe6, 0x7e, 0x22));
    QBarSet *previous = nullptr;
    if (summary.previousTotals()) {
        previous = new QBarSet(QString::number(summary.year() - 1));
        previous->setColor(QColor(0xb0, 0xb7, 0xc3));
    }
    QStringList agencies;
    // Horizontal bars grow upwards: the first agency of the table goes last to stand on top.
    for (auto row = summary.rows().crbegin(); row != summary.rows().crend(); ++row) {
        agencies.append(row->entry.agency);
        if (previous)
            previous->append(plotted(row->changes[figure].previous));
        current->append(plotted(row->entry.values[figure]));
        if (row->changes[figure].outlier)
            current->setBarSelected(current->count() - 1, true);
    }
    if (previous)
        series->append(previous);
    series->append(current);
    // No value labels: Qt Charts drops those of short bars, and a bar without a number would read
    // as nothing; the table beside it has every number.
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(agencies);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(label);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    axisX->setMin(0);
    axisX->applyNiceNumbers();
    return chart;
}

std::unique_ptr<QChart> trendChart(const CountySummary &summary)
{
    auto chart = newChart(SummaryChartBuilder::tr("County totals over the years"));
    const QList<YearTotals> &trend = summary.trend();
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(SummaryChartBuilder::tr("Year"));
    const int first = trend.isEmpty() ? summary.year() : trend.first().year;
    // A single year still gets an axis a year wide on each side.
    axisX->setRange(first - (trend.size() < 2 ? 1 : 0), summary.year() + (trend.size() < 2 ? 1 : 0));
    axisX->setTickCount(int(axisX->max() - axisX->min()) + 1);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    qreal highest = 0;
    for (const QString &id : KeyFigures::charts().trend) {
        const int figure = KeyFigures::indexOf(id);
        auto *series = new QLineSeries;
        series->setName(definition(id).label);
        // No point labels: they overlap where lines meet; the 历年趋势 table has the numbers.
        series->setPointsVisible(true);
        for (const YearTotals &totals : trend) {
            if (!totals.figures[figure].sum)
                continue;
            series->append(totals.year, plotted(totals.figures[figure].sum));
            highest = std::max(highest, plotted(totals.figures[figure].sum));
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    axisY->setRange(0, std::max<qreal>(highest * 1.1, 1));
    axisY->applyNiceNumbers();
    return chart;
}

std::unique_ptr<QChart> outcomesChart(const CountySummary &summary)
{
    auto chart = newChart(SummaryChartBuilder::tr("Outcomes of the applications, %1").arg(summary.year()));
    auto *series = new QPieSeries;
    for (const QString &id : KeyFigures::charts().outcomes) {
        const std::optional<Decimal> total = summary.totals().figures[KeyFigures::indexOf(id)].sum;
        if (!total || *total == Decimal())
            continue;
        QPieSlice *slice = series->append(definition(id).label, plotted(total));
        slice->setLabel(QStringLiteral("%1 %2").arg(definition(id).label, total->toString()));
    }
    if (series->count() == 0)
        chart->setTitle(
            SummaryChartBuilder::tr("Outcomes of the applications, %1: none concluded").arg(summary.year()));
    series->setLabelsVisible(true);
    series->setPieSize(0.6);
    for (QPieSlice *slice : series->slices())
        slice->setLabel(
            QStringLiteral("%1（%2%）").arg(slice->label()).arg(slice->percentage() * 100, 0, 'f', 1));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace

std::unique_ptr<QChart> SummaryChartBuilder::chart(const CountySummary &summary, Kind kind)
{
    switch (kind) {
    case Kind::PerAgency:
        return perAgencyChart(summary);
    case Kind::Trend:
        return trendChart(summary);
    case Kind::Outcomes:
        break;
    }
    return outcomesChart(summary);
}

QImage SummaryChartBuilder::image(std::unique_ptr<QChart> chart, QSize size)
{
    constexpr qreal Scale = 2;
    const QSizeF layoutSize = QSizeF(size) / Scale;
    QGraphicsScene scene;
    QChart *item = chart.release(); // the scene owns and deletes it
    scene.addItem(item);
    item->resize(layoutSize);
    item->layout()->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(Scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(), layoutSize), QRectF(QPointF(), layoutSize));
    return image;
}

QList<ChartImage> SummaryChartBuilder::render(const CountySummary &summary, QSize size)
{
    QList<ChartImage> images;
    for (const Kind kind : Kinds) {
        std::unique_ptr<QChart> made = chart(summary, kind);
        // The page sets the title as text above the image, where it can be searched and copied.
        const QString title = made->title();
        made->setTitle({});
        images.append({title, image(std::move(made), size)});
    }
    return images;
}

void SummaryChartBuilder::install()
{
    SummaryCharts::install(&SummaryChartBuilder::render);
}

} // namespace nianbao
