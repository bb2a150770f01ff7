// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagesview.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <poppler-qt6.h>

namespace nianbao {

namespace {

// Pages are rendered at this many pixels per point (about 110 dpi) and drawn to the view's width.
constexpr double RenderScale = 1.5;
constexpr int PageGap = 8;
constexpr int MarkMargin = 2;

QColor markColor(PageMark::Kind kind)
{
    switch (kind) {
    case PageMark::Kind::Problem:
        return QColor(0xd3, 0x2f, 0x2f);
    case PageMark::Kind::Doubt:
        return QColor(0xef, 0x8a, 0x00);
    case PageMark::Kind::Current:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

} // namespace

/** The pages as one tall widget inside the scroll area. */
class PdfPagesView::Pages : public QWidget
{
public:
    explicit Pages(PdfPagesView *view)
        : QWidget(view)
        , m_view(view)
    {}

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().dark());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int page = 1; page <= m_view->pageCount(); ++page) {
            const QRectF area = m_view->pageRect(page);
            if (!area.intersects(event->rect()))
                continue;
            painter.drawImage(area, m_view->pageImage(page));
            const double scale = m_view->scale();
            for (const PageMark &mark : std::as_const(m_view->m_marks)) {
                if (mark.page != page)
                    continue;
                const QRectF box(area.left() + mark.box.left() * scale - MarkMargin,
                                 area.top() + mark.box.top() * scale - MarkMargin,
                                 mark.box.width() * scale + 2 * MarkMargin,
                                 mark.box.height() * scale + 2 * MarkMargin);
                QColor fill = markColor(mark.kind);
                fill.setAlpha(mark.kind == PageMark::Kind::Current ? 50 : 70);
                painter.fillRect(box, fill);
                painter.setPen(QPen(markColor(mark.kind), 2));
                painter.drawRect(box);
            }
        }
    }

private:
    PdfPagesView *m_view;
};

PdfPagesView::PdfPagesView(const QString &path, QWidget *parent)
    : QScrollArea(parent)
    , m_document(Poppler::Document::load(path))
    , m_widget(new Pages(this))
{
    setObjectName(QStringLiteral("importPdfPages"));
    if (m_document) {
        m_document->setRenderHint(Poppler::Document::Antialiasing);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing);
        for (int p = 0; p < m_document->numPages(); ++p) {
            const std::unique_ptr<Poppler::Page> page = m_document->page(p);
            m_sizes.append(page ? page->pageSizeF() : QSizeF(595, 842));
        }
    }
    setWidget(m_widget);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter);
}

PdfPagesView::~PdfPagesView() = default;

int PdfPagesView::pageCount() const
{
    return int(m_sizes.size());
}

double PdfPagesView::scale() const
{
    const double widest =
        m_sizes.isEmpty() ? 1.0 : std::max_element(m_sizes.cbegin(), m_sizes.cend(), [](QSizeF a, QSizeF b) {
                                      return a.width() < b.width();
                                  })->width();
    return std::max(0.2, double(viewport()->width() - 2 * PageGap) / widest);
}

QRectF PdfPagesView::pageRect(int page) const
{
    const double scale = this->scale();
    double top = PageGap;
    for (int p = 1; p < page; ++p)
        top += m_sizes[p - 1].height() * scale + PageGap;
    const QSizeF size = m_sizes[page - 1] * scale;
    return QRectF(PageGap, top, size.width(), size.height());
}

QImage PdfPagesView::pageImage(int page)
{
    const auto cached = m_images.constFind(page);
    if (cached != m_images.cend())
        return *cached;
    QImage image;
    if (m_document) {
        if (const std::unique_ptr<Poppler::Page> p = m_document->page(page - 1))
            image = p->renderToImage(72.0 * RenderScale, 72.0 * RenderScale);
    }
    m_images.insert(page, image);
    return image;
}

void PdfPagesView::setMarks(const QList<PageMark> &marks)
{
    m_marks = marks;
    m_widget->update();
}

void PdfPagesView::reveal(int page, const QRectF &box)
{
    if (page < 1 || page > pageCount())
        return;
    const QRectF area = pageRect(page);
    const int y = int(area.top() + box.center().y() * scale());
    ensureVisible(int(area.left() + box.center().x() * scale()), y, 0, viewport()->height() / 3);
}

void PdfPagesView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    const QRectF last = m_sizes.isEmpty() ? QRectF() : pageRect(pageCount());
    m_widget->resize(viewport()->width(), int(last.bottom()) + PageGap);
}

} // namespace nianbao
