// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output/reportexport.h"
#include "review/sealedreport.h"

#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace nianbao {

/**
 * What the File menu offers to put the open report on paper, online or into a word processor:
 * 打印预览 (QPrintPreviewDialog), 打印, 导出 PDF, 导出 Word, 导出 ODT and 导出 HTML. The preview,
 * the printout and the PDF are the same pages (ReportComposer); the Word and ODF documents set the
 * report in the same official layout. Kept out of the main window, which only places the actions
 * in its menu.
 */
class OutputActions : public QObject
{
    Q_OBJECT
public:
    /// Gives the report to output, nullptr when none is open.
    using ReportSource = std::function<const Report *()>;

    /// The open report as approved (SealedReport::load) when it is a stored, approved report; the
    /// error when the approval broke or the stored content is damaged; nullopt for any other.
    using ApprovalSource = std::function<std::optional<StoreResult<SealedReport>>()>;

    OutputActions(QWidget *window, ReportSource report);
    /// Exports of an approved report then carry its seal, and one whose approval no longer holds
    /// (or whose stored content is damaged) is not exported.
    void setApprovalSource(ApprovalSource approval) { m_approval = std::move(approval); }

    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportDocxAction() const { return m_exportDocx; }
    QAction *exportOdtAction() const { return m_exportOdt; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    void setEnabled(bool enabled);

    /// Lays the open report out on the printer's pages and prints them with their page numbers — an
    /// approved report as approved, and not at all once its approval no longer holds; a printer
    /// that prints to a PDF file gets the exported PDF (exportAs), with the seal of an approved
    /// report; false when nothing was printed, and failed() says why.
    bool print(QPrinter *printer);
    /// The printer set up for the official page: A4 with the GB/T 9704 margins.
    static void setUpPrinter(QPrinter *printer);

    /// Writes the open report to path (the file dialog has asked before replacing a file).
    bool exportAs(ReportExport::Form form, const QString &path);

Q_SIGNALS:
    /// Something was printed or written; message says what, for the status bar.
    void done(const QString &message);
    /// Printing or writing failed; message says why.
    void failed(const QString &message);

private:
    /// A report as it leaves the program, on paper or in a file.
    struct Outgoing
    {
        Report report;
        std::optional<ExportSeal> seal;
    };

    /// The approved text of an approved report with its seal, the open report otherwise; nullopt
    /// when none is open or the approval broke (failed() has said why).
    std::optional<Outgoing> outgoing();
    static bool printsToPdfFile(const QPrinter &printer);
    void showPrintPreview();
    void showPrintDialog();
    void chooseExportPath(ReportExport::Form form);

    QWidget *m_window;
    ReportSource m_report;
    ApprovalSource m_approval;
    QAction *m_printPreview;
    QAction *m_print;
    QAction *m_exportPdf;
    QAction *m_exportDocx;
    QAction *m_exportOdt;
    QAction *m_exportHtml;
};

} // namespace nianbao
