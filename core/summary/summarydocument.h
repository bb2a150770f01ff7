// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;

namespace nianbao {

class CountySummary;

/**
 * The county summary for print and PDF on landscape A4: the title, what stands out (reports with
 * errors, outliers, partial totals), the year's table with its merged header (repeated on each
 * page) and the county totals, the charts (from SummaryCharts), and the county's totals over the
 * years. Laid out for one paged device, as QTextDocument measures in its pixels; painted page by
 * page with the page numbers by PagedDocumentPainter.
 */
class SummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SummaryDocument)
public:
    /// A4 landscape with 15 mm margins (20 mm at the bottom for the page number).
    static QPageLayout pageLayout();
    static std::unique_ptr<QTextDocument> render(const CountySummary &summary, QPagedPaintDevice &device);
    /// Writes the PDF atomically; false with a translated message in error when it cannot.
    static bool writePdf(const CountySummary &summary, const QString &path, QString *error = nullptr);
    /// The document's title: 2023年政府信息公开工作年度报告汇总.
    static QString title(const CountySummary &summary);
};

} // namespace nianbao
