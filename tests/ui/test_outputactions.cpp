// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 打印预览, 打印, 导出 PDF and 导出 HTML in the main window: the same pages as `nianbao pdf`.
#include "document/reportdocument.h"
#include "mainwindow.h"
#include "output/pdfexporter.h"
#include "outputtestsupport.h"
#include "preview/outputactions.h"
#include "settings.h"
#include "testsupport.h"
#include "ui/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

class OutputActionsTest : public test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        if (HasFatalFailure())
            return;
        outputs = window->findChild<OutputActions *>();
        ASSERT_NE(outputs, nullptr);
    }

    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }

    int pageCount(const QString &pdf) const
    {
        const std::optional<QByteArray> info = test::runTool(QStringLiteral("pdfinfo"), {pdf});
        static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
        const QRegularExpressionMatch match =
            info ? pages.match(QString::fromUtf8(*info)) : QRegularExpressionMatch();
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    OutputActions *outputs = nullptr;
};

} // namespace

TEST_F(OutputActionsTest, AreInTheFileMenuOnceAReportIsOpen)
{
    const QList<const char *> names{"printPreviewAction", "printAction",     "exportPdfAction",
                                    "exportDocxAction",   "exportOdtAction", "exportHtmlAction"};
    for (const char *name : names) {
        ASSERT_NE(action(name), nullptr) << name;
        EXPECT_FALSE(action(name)->isEnabled()) << name;
    }
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2021_nanding"))));
    for (const char *name : names)
        EXPECT_TRUE(action(name)->isEnabled()) << name;
    EXPECT_EQ(action("printPreviewAction")->text(), QStringLiteral("打印预览(&V)…"));
    EXPECT_EQ(action("exportPdfAction")->text(), QStringLiteral("导出 PDF(&D)…"));
    EXPECT_EQ(action("exportDocxAction")->text(), QStringLiteral("导出 Word(&W)…"));
    EXPECT_EQ(action("exportOdtAction")->text(), QStringLiteral("导出 ODT(&O)…"));
    EXPECT_EQ(action("printAction")->shortcut(), QKeySequence(QKeySequence::Print));
}

TEST_F(OutputActionsTest, YearExportIsInTheFileMenuOnceADatabaseIsOpen)
{
    QAction *exportYear = action("exportYearAction");
    ASSERT_NE(exportYear, nullptr);
    EXPECT_TRUE(exportYear->isEnabled());
    EXPECT_EQ(exportYear->text(), QStringLiteral("导出全年已审核年报(&Y)…"));
}

TEST_F(OutputActionsTest, ExportWritesPdfWordOdtAndHtml)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2020_kanshi"))));
    QSignalSpy done(outputs, &OutputActions::done);
    const auto head = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
    };
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(outputs->exportAs(ReportExport::Form::Pdf, pdf));
    EXPECT_EQ(head(pdf), QByteArray("%PDF-"));
    for (const auto &[form, name] : {std::pair(ReportExport::Form::Docx, QStringLiteral("report.docx")),
                                     std::pair(ReportExport::Form::Odt, QStringLiteral("report.odt"))}) {
        ASSERT_TRUE(outputs->exportAs(form, dir.filePath(name)));
        EXPECT_TRUE(head(dir.filePath(name)).startsWith("PK"));
    }
    const QString html = dir.filePath(QStringLiteral("report.html"));
    ASSERT_TRUE(outputs->exportAs(ReportExport::Form::Html, html));
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(htmlFile.readAll()).contains(window->document()->report().displayTitle()));
    EXPECT_EQ(done.size(), 4);

    QSignalSpy failed(outputs, &OutputActions::failed);
    EXPECT_FALSE(outputs->exportAs(ReportExport::Form::Pdf,
                                   dir.filePath(QStringLiteral("missing/folder/report.pdf"))));
    EXPECT_EQ(failed.size(), 1);
}

// Printed to a PDF file (the print dialog's "print to file"), the report is the exported PDF: the
// same pages and page numbers, and text that copies as written.
TEST_F(OutputActionsTest, PrintGivesThePagesOfThePdf)
{
    if (!test::hasTool(QStringLiteral("pdfinfo")) || !test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils is not installed";
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2020_kanshi"))));
    const Report &report = window->document()->report();
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    ASSERT_TRUE(PdfExporter::write(report, exported));
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        OutputActions::setUpPrinter(&printer);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        ASSERT_TRUE(outputs->print(&printer));
    }
    const int pages = pageCount(exported);
    ASSERT_GT(pages, 1);
    EXPECT_EQ(pageCount(printed), pages);
    const std::optional<QByteArray> text =
        test::runTool(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    ASSERT_TRUE(text.has_value());
    const QString printedText = QString::fromUtf8(*text);
    EXPECT_TRUE(printedText.contains(QStringLiteral("— %1 —").arg(pages)));
    EXPECT_EQ(test::tableFigures(printedText), test::modelFigures(report));
}

TEST_F(OutputActionsTest, PrintPreviewShowsTheReportPages)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2020_kanshi"))));
    QSignalSpy failed(outputs, &OutputActions::failed);
    int previewPages = -1;
    QString title;
    // The dialog is modal: look at it from a timer while its event loop runs, then close it.
    QTimer poll;
    int attempts = 0;
    QObject::connect(&poll, &QTimer::timeout, window.get(), [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++attempts > 200)
                poll.stop();
            return;
        }
        poll.stop();
        title = dialog->windowTitle();
        const bool painted = QTest::qWaitFor([&] {
            auto *pages = dialog->findChild<QPrintPreviewWidget *>();
            previewPages = pages ? pages->pageCount() : -1;
            return previewPages > 0;
        });
        EXPECT_TRUE(painted);
        dialog->reject();
    });
    poll.start(50);
    action("printPreviewAction")->trigger();
    EXPECT_GT(previewPages, 1);
    EXPECT_TRUE(title.contains(QStringLiteral("打印预览"))) << title.toStdString();
    EXPECT_TRUE(failed.isEmpty());
}
