// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>

namespace nianbao {

class CountySummary;

/// A chart of the summary drawn for a page.
struct ChartImage
{
    QString title; ///< set above the image as text
    QImage image;  ///< the chart without its title
};

/**
 * Where the summary's charts come from when it is printed or written as PDF. The charts are drawn
 * with Qt Charts, which needs widgets, and core links none: the application (and a test) installs
 * the renderer of ui/ here at start, and the summary document asks for it. Without one the
 * document says that its charts are missing rather than leaving them out quietly.
 */
class SummaryCharts
{
public:
    /// Draws every chart of the summary at the given size in pixels.
    using Renderer = std::function<QList<ChartImage>(const CountySummary &summary, QSize size)>;

    static void install(Renderer renderer);
    /// The installed renderer; empty when none is installed.
    static const Renderer &renderer();
};

} // namespace nianbao
