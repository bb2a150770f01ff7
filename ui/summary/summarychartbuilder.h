// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary/summarycharts.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>

#include <memory>

class QChart;

namespace nianbao {

class CountySummary;

/**
 * The charts of the county summary, drawn with Qt Charts from the figures key-figures.json names:
 * applications per agency as horizontal bars (last year's beside this year's, outliers in orange),
 * the county's totals over the years as lines, and the split of the year's outcomes as a pie. The
 * same charts show in the summary window and, rendered to images, in its print and PDF.
 */
class SummaryChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SummaryChartBuilder)
public:
    enum class Kind : quint8 { PerAgency, Trend, Outcomes };
    static constexpr Kind Kinds[] = {Kind::PerAgency, Kind::Trend, Kind::Outcomes};

    static std::unique_ptr<QChart> chart(const CountySummary &summary, Kind kind);
    /// Draws a chart offscreen into an image of size pixels (twice its layout size, for print).
    static QImage image(std::unique_ptr<QChart> chart, QSize size);
    /// Every chart as an image: the renderer SummaryCharts hands to the summary document.
    static QList<ChartImage> render(const CountySummary &summary, QSize size);
    /// Makes render() the summary document's chart renderer (at application start).
    static void install();
};

} // namespace nianbao
