// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputactions.h"

#include "output/htmlexporter.h"
#include "output/officialstyle.h"
#include "output/pageddocumentpainter.h"
#include "output/pdfexporter.h"
#include "output/reportdocumentrenderer.h"
#include "report.h"

#include <QAction>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace nianbao {

OutputActions::OutputActions(QWidget *window, ReportSource report)
    : QObject(window)
    , m_window(window)
    , m_report(std::move(report))
    , m_printPreview(new QAction(tr("Print Pre&view…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_exportPdf(new QAction(tr("Export &PDF…"), this))
    , m_exportHtml(new QAction(tr("Export &HTML…"), this))
{
    m_printPreview->setObjectName(QStringLiteral("printPreviewAction"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportHtml->setObjectName(QStringLiteral("exportHtmlAction"));
    m_exportHtml->setToolTip(tr("One self-contained web page for publishing on the government website"));
    connect(m_printPreview, &QAction::triggered, this, &OutputActions::showPrintPreview);
    connect(m_print, &QAction::triggered, this, &OutputActions::showPrintDialog);
    connect(m_exportPdf, &QAction::triggered, this, [this] { chooseExportPath(QStringLiteral("pdf")); });
    connect(m_exportHtml, &QAction::triggered, this, [this] { chooseExportPath(QStringLiteral("html")); });
    setEnabled(false);
}

void OutputActions::setEnabled(bool enabled)
{
    for (QAction *action : {m_printPreview, m_print, m_exportPdf, m_exportHtml})
        action->setEnabled(enabled);
}

void OutputActions::setUpPrinter(QPrinter *printer)
{
    printer->setPageLayout(OfficialStyle::pageLayout());
    printer->setFullPage(false);
}

bool OutputActions::print(const Report &report, QPrinter *printer)
{
    // "Print to file" writes what 导出 PDF writes, with text that copies as written (see PdfTextRepair).
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty())
        return PdfExporter::write(report, printer->outputFileName());
    printer->setDocName(report.displayTitle());
    const std::unique_ptr<QTextDocument> document = ReportDocumentRenderer::render(report, *printer);
    return PagedDocumentPainter::paint(*document, *printer);
}

bool OutputActions::exportPdf(const QString &path)
{
    const Report *report = m_report();
    if (!report)
        return false;
    QString error;
    if (!PdfExporter::write(*report, path, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT done(tr("Exported to %1.").arg(path));
    return true;
}

bool OutputActions::exportHtml(const QString &path)
{
    const Report *report = m_report();
    if (!report)
        return false;
    QString error;
    if (!HtmlExporter::write(*report, path, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT done(tr("Exported to %1.").arg(path));
    return true;
}

void OutputActions::showPrintPreview()
{
    const Report *report = m_report();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(report->displayTitle()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, report](QPrinter *target) {
        if (!print(*report, target))
            Q_EMIT failed(tr("Cannot print: the printer cannot be drawn on."));
    });
    dialog.exec();
}

void OutputActions::showPrintDialog()
{
    const Report *report = m_report();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (print(*report, &printer))
        Q_EMIT done(tr("Sent to the printer."));
    else
        Q_EMIT failed(tr("Cannot print: the printer cannot be drawn on."));
}

void OutputActions::chooseExportPath(const QString &suffix)
{
    const Report *report = m_report();
    if (!report)
        return;
    const bool pdf = suffix == u"pdf";
    const QString path = QFileDialog::getSaveFileName(
        m_window, pdf ? tr("Export PDF") : tr("Export HTML"), report->displayTitle() + u'.' + suffix,
        pdf ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (pdf)
        exportPdf(path);
    else
        exportHtml(path);
}

} // namespace nianbao
