// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace nianbao {

class Report;

/**
 * What the File menu offers to put the open report on paper or online: 打印预览
 * (QPrintPreviewDialog), 打印, 导出 PDF and 导出 HTML. All four use the official-document
 * rendering of core/output, so the preview, the printout, the PDF and the `nianbao pdf` command
 * show the same pages. Kept out of the main window, which only places the actions in its menu.
 */
class OutputActions : public QObject
{
    Q_OBJECT
public:
    /// Gives the report to output, nullptr when none is open.
    using ReportSource = std::function<const Report *()>;

    OutputActions(QWidget *window, ReportSource report);

    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    void setEnabled(bool enabled);

    /// Lays the report out on the printer's pages and prints them with their page numbers; a
    /// printer that prints to a PDF file gets the exported PDF.
    static bool print(const Report &report, QPrinter *printer);
    /// The printer set up for the official page: A4 with the GB/T 9704 margins.
    static void setUpPrinter(QPrinter *printer);

    bool exportPdf(const QString &path);
    bool exportHtml(const QString &path);

Q_SIGNALS:
    /// Something was printed or written; message says what, for the status bar.
    void done(const QString &message);
    /// Printing or writing failed; message says why.
    void failed(const QString &message);

private:
    void showPrintPreview();
    void showPrintDialog();
    void chooseExportPath(const QString &suffix);

    QWidget *m_window;
    ReportSource m_report;
    QAction *m_printPreview;
    QAction *m_print;
    QAction *m_exportPdf;
    QAction *m_exportHtml;
};

} // namespace nianbao
