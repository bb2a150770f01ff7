// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageddocumentpainter.h"

#include "officialstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace nianbao {

QString PagedDocumentPainter::pageNumberText(int page)
{
    return OfficialStyle::pageNumber(page);
}

bool PagedDocumentPainter::paint(QTextDocument &document, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    const qreal dpi = device.logicalDpiY();
    // The painter's origin is the top left of the type area; the footer lies in the bottom margin.
    const QRectF body(QPointF(0, 0), device.pageLayout().paintRectPixels(int(dpi)).size());
    document.setPageSize(body.size());

    QFont numberFont;
    numberFont.setFamilies(OfficialStyle::families(OfficialStyle::Face::Song));
    numberFont.setPointSizeF(OfficialStyle::PageNumberSize);
    const qreal inset = OfficialStyle::PageNumberSize * dpi / 72.0;
    const qreal gap = OfficialStyle::PageNumberGapMm * dpi / 25.4;

    const int pageCount = document.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage())
            return false;
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = body.translated(0, page * body.height());
        painter.setClipRect(context.clip);
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(numberFont);
        painter.setPen(Qt::black);
        const QRectF footer(inset, body.bottom() + gap, body.width() - 2 * inset,
                            QFontMetricsF(numberFont, &device).height());
        const bool odd = (page + 1) % 2 == 1;
        painter.drawText(footer, (odd ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                         pageNumberText(page + 1));
    }
    return true;
}

} // namespace nianbao
