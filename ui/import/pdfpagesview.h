// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QScrollArea>

#include <memory>

namespace Poppler {
class Document;
}

namespace nianbao {

/// A box on a page to mark, in points from the page's top-left corner.
struct PageMark
{
    enum class Kind : quint8 { Problem, Doubt, Current };
    Kind kind = Kind::Problem;
    int page = 0; ///< 1-based
    QRectF box;
};

/**
 * The pages of a PDF one below the other, as wide as the view, rendered by Poppler when they come
 * into sight (and kept), with boxes marked on them.
 */
class PdfPagesView : public QScrollArea
{
    Q_OBJECT
public:
    explicit PdfPagesView(const QString &path, QWidget *parent = nullptr);
    ~PdfPagesView() override;

    bool isLoaded() const { return m_document != nullptr; }
    int pageCount() const;
    void setMarks(const QList<PageMark> &marks);
    const QList<PageMark> &marks() const { return m_marks; }
    /// Scrolls so that the box on the page is in sight.
    void reveal(int page, const QRectF &box);
    /// The page as shown (for tests and screenshots): rendered now if it was not yet.
    QImage pageImage(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class Pages;
    double scale() const;
    QRectF pageRect(int page) const;

    std::unique_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_sizes; ///< in points
    QHash<int, QImage> m_images;
    QList<PageMark> m_marks;
    Pages *m_widget;
};

} // namespace nianbao
