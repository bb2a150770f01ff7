// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputactions.h"

#include "output/officialstyle.h"
#include "output/pagedreportpainter.h"
#include "output/reportcomposer.h"

#include <QAction>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace nianbao {

OutputActions::OutputActions(QWidget *window, ReportSource report)
    : QObject(window)
    , m_window(window)
    , m_report(std::move(report))
    , m_printPreview(new QAction(tr("Print Pre&view…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_exportPdf(new QAction(tr("Export &PDF…"), this))
    , m_exportDocx(new QAction(tr("Export &Word…"), this))
    , m_exportOdt(new QAction(tr("Export &ODT…"), this))
    , m_exportHtml(new QAction(tr("Export &HTML…"), this))
{
    m_printPreview->setObjectName(QStringLiteral("printPreviewAction"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportDocx->setObjectName(QStringLiteral("exportDocxAction"));
    m_exportDocx->setToolTip(tr("A Word document (.docx) in the official layout, for Word and WPS"));
    m_exportOdt->setObjectName(QStringLiteral("exportOdtAction"));
    m_exportOdt->setToolTip(tr("An OpenDocument text (.odt) in the official layout, for LibreOffice"));
    m_exportHtml->setObjectName(QStringLiteral("exportHtmlAction"));
    m_exportHtml->setToolTip(tr("One self-contained web page for publishing on the government website"));
    connect(m_printPreview, &QAction::triggered, this, &OutputActions::showPrintPreview);
    connect(m_print, &QAction::triggered, this, &OutputActions::showPrintDialog);
    const std::pair<QAction *, ReportExport::Form> exports[] = {{m_exportPdf, ReportExport::Form::Pdf},
                                                                {m_exportDocx, ReportExport::Form::Docx},
                                                                {m_exportOdt, ReportExport::Form::Odt},
                                                                {m_exportHtml, ReportExport::Form::Html}};
    for (const auto &[action, form] : exports)
        connect(action, &QAction::triggered, this, [this, form] { chooseExportPath(form); });
    setEnabled(false);
}

void OutputActions::setEnabled(bool enabled)
{
    for (QAction *action : {m_printPreview, m_print, m_exportPdf, m_exportDocx, m_exportOdt, m_exportHtml})
        action->setEnabled(enabled);
}

void OutputActions::setUpPrinter(QPrinter *printer)
{
    printer->setPageLayout(OfficialStyle::pageLayout());
    printer->setFullPage(false);
}

bool OutputActions::printsToPdfFile(const QPrinter &printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
}

std::optional<OutputActions::Outgoing> OutputActions::outgoing()
{
    const Report *report = m_report();
    if (!report)
        return std::nullopt;
    const std::optional<StoreResult<SealedReport>> approved =
        m_approval ? m_approval() : std::optional<StoreResult<SealedReport>>();
    if (!approved)
        return Outgoing{*report, std::nullopt};
    if (!*approved) {
        Q_EMIT failed(approved->error().message);
        return std::nullopt;
    }
    return Outgoing{approved->value().report, approved->value().seal};
}

bool OutputActions::print(QPrinter *printer)
{
    // "Print to file" writes what 导出 PDF writes: its fonts, its text layer (see PdfFile) and the seal
    // of an approved report, or nothing when the approval no longer holds.
    if (printsToPdfFile(*printer))
        return exportAs(ReportExport::Form::Pdf, printer->outputFileName());
    // Paper carries no seal, but it is printed from the approved text, and not once that broke.
    const std::optional<Outgoing> output = outgoing();
    if (!output)
        return false;
    printer->setDocName(output->report.displayTitle());
    if (PagedReportPainter::paint(ReportComposer::compose(output->report), *printer))
        return true;
    Q_EMIT failed(tr("Cannot print: the printer cannot be drawn on."));
    return false;
}

bool OutputActions::exportAs(ReportExport::Form form, const QString &path)
{
    const std::optional<Outgoing> output = outgoing();
    if (!output)
        return false;
    QString error;
    if (!ReportExport::write(output->report, form, path, &error, output->seal ? &*output->seal : nullptr)) {
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
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &OutputActions::print);
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
    // Written to a PDF file, exportAs has said where.
    if (dialog.exec() == QDialog::Accepted && print(&printer) && !printsToPdfFile(printer))
        Q_EMIT done(tr("Sent to the printer."));
}

void OutputActions::chooseExportPath(ReportExport::Form form)
{
    const Report *report = m_report();
    if (!report)
        return;
    QString title;
    QString filter;
    switch (form) {
    case ReportExport::Form::Pdf:
        title = tr("Export PDF");
        filter = tr("PDF documents (*.pdf)");
        break;
    case ReportExport::Form::Docx:
        title = tr("Export Word");
        filter = tr("Word documents (*.docx)");
        break;
    case ReportExport::Form::Odt:
        title = tr("Export ODT");
        filter = tr("OpenDocument texts (*.odt)");
        break;
    default:
        title = tr("Export HTML");
        filter = tr("Web pages (*.html)");
        break;
    }
    // The file dialog asks before it names a file that exists.
    const QString path = QFileDialog::getSaveFileName(
        m_window, title, report->displayTitle() + u'.' + ReportExport::suffix(form), filter);
    if (!path.isEmpty())
        exportAs(form, path);
}

} // namespace nianbao
