// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedreportpainter.h"

#include "pagedreport.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace nianbao {

bool PagedReportPainter::paint(const PagedReport &report, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    // The report is in points from the top left of the page; the painter's origin is where the
    // device's margins start.
    const qreal scale = device.logicalDpiY() / 72.0;
    const QPointF margin = device.pageLayout().paintRect(QPageLayout::Point).topLeft();
    QPen rule(Qt::black, PagedReport::RuleWidth);
    rule.setCapStyle(Qt::SquareCap);
    for (qsizetype index = 0; index < report.pages.size(); ++index) {
        if (index > 0 && !device.newPage())
            return false;
        const PagedReport::Page &page = report.pages[index];
        painter.resetTransform();
        painter.scale(scale, scale);
        painter.translate(-margin);
        painter.setPen(rule);
        for (const QLineF &line : page.rules)
            painter.drawLine(line);
        painter.setPen(Qt::black);
        for (const PagedReport::Text &text : page.text) {
            painter.save();
            painter.translate(text.origin);
            painter.scale(1 / PagedReport::Scale, 1 / PagedReport::Scale);
            painter.drawGlyphRun(QPointF(0, 0), text.drawn());
            painter.restore();
        }
    }
    return true;
}

} // namespace nianbao
