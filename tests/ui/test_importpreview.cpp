// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 文件 → 导入: what was read is shown beside its source before anything is stored.
#include "document/findingsmodel.h"
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "guisupport.h"
#include "import/importpreviewdialog.h"
#include "import/pdfpagesview.h"
#include "import/reportimporter.h"
#include "import/sourceview.h"
#include "mainwindow.h"
#include "storage/reportstore.h"
#include "testsupport.h"
#include "ui/mainwindowfixture.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/") + name;
}

QModelIndex formIndex(TableFormView *view, int cell)
{
    return view->formModel()->mapFromSource(view->formModel()->source()->indexOfCell(cell));
}

bool hasImportFinding(const ReportDocument &document, int cell)
{
    for (const Finding &finding : document.findings()) {
        if (finding.rule == u"import.table-unread" && finding.where.contains(Location::ofCell(cell)))
            return true;
    }
    return false;
}

/// The text of the row the findings panel shows for a finding of the rule, empty when it shows none.
QString listedFinding(const FindingsPanel &panel, const QString &rule)
{
    const FindingsModel &model = *panel.model();
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const Finding *finding = model.finding(index);
            if (finding && finding->rule == rule)
                return index.data().toString();
            pending.append(index);
        }
    }
    return {};
}

} // namespace

TEST(ImportPreview, CellsNotReadAreMarkedUntilTheClerkFillsThemIn)
{
    ImportPreviewDialog dialog(
        ReportImporter::read(fixture(QStringLiteral("2020_kanshi/cell-per-line.txt"))));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ReportDocument &document = *dialog.document();
    const int cell = document.format().cellIndex(QStringLiteral("p3/carry_next/natural"));
    EXPECT_TRUE(hasImportFinding(document, cell));
    EXPECT_TRUE(dialog.summary()->text().contains(u'1')) << dialog.summary()->text().toStdString();

    // The row's numbers stood on one line of the text: it is marked in the source.
    const int line = dialog.result().read.diagnostics.first().line;
    const int shown = dialog.source()->displayLine(line);
    ASSERT_GT(shown, 0);
    bool marked = false;
    for (const QTextEdit::ExtraSelection &selection : dialog.source()->textView()->extraSelections())
        marked = marked || selection.cursor.blockNumber() == shown - 1;
    EXPECT_TRUE(marked);

    // The clerk types the number into the form: the cell is no longer "not read".
    TableFormView *view = dialog.findChild<TableFormView *>(QStringLiteral("tableForm_p3"));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->model()->setData(formIndex(view, cell), QStringLiteral("0")));
    EXPECT_FALSE(hasImportFinding(document, cell));
    EXPECT_EQ(dialog.report().cell(cell), CellValue::count(0));
}

TEST(ImportPreview, OpensOnTheFirstCellNotReadInTheForm)
{
    // 结转下年度 is part 三's last row: far below the top of the form at any screen size.
    ImportPreviewDialog dialog(
        ReportImporter::read(fixture(QStringLiteral("2020_kanshi/cell-per-line.txt"))));
    dialog.resize(1366, 768);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const int cell = dialog.document()->format().cellIndex(QStringLiteral("p3/carry_next/natural"));
    TableFormView *view = dialog.findChild<TableFormView *>(QStringLiteral("tableForm_p3"));
    ASSERT_NE(view, nullptr);
    QScrollArea *area = nullptr;
    for (QWidget *up = view->parentWidget(); up && !area; up = up->parentWidget())
        area = qobject_cast<QScrollArea *>(up);
    ASSERT_NE(area, nullptr);
    const auto cellInSight = [&] {
        const QModelIndex index = formIndex(view, cell);
        const QPoint centre = view->viewport()->mapTo(area->viewport(), view->visualRect(index).center());
        return view->isVisible() && view->currentIndex() == index &&
               area->viewport()->rect().contains(centre);
    };
    EXPECT_TRUE(QTest::qWaitFor(cellInSight, 3000));
}

TEST(ImportPreview, SelectingACellShowsWhereInThePdfItWasRead)
{
    ImportPreviewDialog dialog(ReportImporter::read(fixture(QStringLiteral("2021_nanding/nianbao.pdf"))));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    PdfPagesView *pages = dialog.source()->pagesView();
    ASSERT_NE(pages, nullptr);
    ASSERT_TRUE(pages->isLoaded());
    EXPECT_EQ(pages->pageCount(), 7);
    EXPECT_FALSE(pages->pageImage(1).isNull());

    const Format &format = dialog.document()->format();
    const int cell = format.cellIndex(QStringLiteral("p2.item5/licensing/decisions"));
    TableFormView *view = dialog.findChild<TableFormView *>(QStringLiteral("tableForm_p2.item5"));
    ASSERT_NE(view, nullptr);
    view->setCurrentIndex(formIndex(view, cell));
    const SourcePosition read = dialog.result().position(dialog.result().read.cellLines[cell]);
    ASSERT_EQ(read.kind, SourcePosition::Kind::Page);
    bool current = false;
    for (const PageMark &mark : pages->marks())
        current = current ||
                  (mark.kind == PageMark::Kind::Current && mark.page == read.page && mark.box == read.box);
    EXPECT_TRUE(current);
    EXPECT_TRUE(dialog.findings()->model()->rowCount() > 0) << "the validator's findings are listed too";
}

TEST(ImportPreview, ANumberNoCellTookIsBoxedOnItsPdfPage)
{
    ImportPreviewDialog dialog(ReportImporter::read(fixture(QStringLiteral("row-renamed.pdf"))));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const ImportResult &result = dialog.result();
    const int licensing =
        dialog.document()->format().cellIndex(QStringLiteral("p2.item5/licensing/decisions"));
    const TableAccount &account = result.tables[dialog.document()->format().address(licensing).table];
    ASSERT_EQ(account.unplaced.size(), 1);
    const SourcePosition where = result.position(account.unplaced.first().line);
    ASSERT_EQ(where.kind, SourcePosition::Kind::Page);

    PdfPagesView *pages = dialog.source()->pagesView();
    ASSERT_NE(pages, nullptr);
    bool boxed = false;
    for (const PageMark &mark : pages->marks())
        boxed = boxed ||
                (mark.kind == PageMark::Kind::Problem && mark.page == where.page && mark.box == where.box);
    EXPECT_TRUE(boxed);
    EXPECT_FALSE(pages->pageImage(where.page).isNull());
    EXPECT_TRUE(hasImportFinding(*dialog.document(), licensing));
}

TEST(ImportPreview, AWordDocumentShowsItsTableRowsAsLines)
{
    ImportPreviewDialog dialog(ReportImporter::read(fixture(QStringLiteral("template-filled.docx"))));
    const QString text = dialog.source()->textView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("行政许可 │ 805"))) << text.toStdString();
    for (const Finding &finding : dialog.document()->findings())
        EXPECT_FALSE(finding.rule.startsWith(u"import.")) << finding.message.toStdString();
}

class ImportFromMainWindow : public test::MainWindowFixture
{
};

TEST_F(ImportFromMainWindow, AFileNotReadCompletelyIsShownBeforeItIsStored)
{
    const QString incomplete = fixture(QStringLiteral("2020_kanshi/cell-per-line.txt"));
    {
        const test::ExpectDialog<ImportPreviewDialog> expectation(
            [](ImportPreviewDialog *dialog) { dialog->reject(); });
        EXPECT_FALSE(window->importFile(incomplete));
    }
    EXPECT_EQ(window->store()->listReports().value().size(), 0) << "nothing stored unseen";
    {
        const test::ExpectDialog<ImportPreviewDialog> expectation(
            [](ImportPreviewDialog *dialog) { dialog->accept(); });
        EXPECT_TRUE(window->importFile(incomplete));
    }
    EXPECT_EQ(window->document()->report().meta.agencyName, QStringLiteral("坎市镇"));
    // A complete file is stored without a preview; a file that is no report is refused.
    EXPECT_TRUE(window->importFile(fixture(QStringLiteral("2019_nanfeng/libreoffice.docx"))));
    EXPECT_EQ(window->document()->report().meta.agencyName, QStringLiteral("南丰镇"));
    EXPECT_FALSE(window->importFile(fixture(QStringLiteral("two-reports.txt"))));
}

TEST_F(ImportFromMainWindow, AReportReadWithAWarningIsShownBeforeItIsStored)
{
    // Every number of the file is read, but its parts stand out of the official order: the clerk sees
    // the reader's warning, at the top and in the list of findings, before deciding to store it.
    const QString swapped = fixture(QStringLiteral("part-order-swapped.txt"));
    QString summary;
    QString listed;
    {
        const test::ExpectDialog<ImportPreviewDialog> expectation([&](ImportPreviewDialog *dialog) {
            summary = dialog->summary()->text();
            listed = listedFinding(*dialog->findings(), QStringLiteral("section.order"));
            dialog->reject();
        });
        EXPECT_FALSE(window->importFile(swapped));
    }
    EXPECT_TRUE(summary.contains(u"一、总体情况")) << summary.toStdString();
    EXPECT_FALSE(listed.isEmpty()) << "section.order is not in the preview's findings";
    EXPECT_EQ(window->store()->listReports().value().size(), 0) << "nothing stored unseen";

    // Seen and accepted, it is stored and opened.
    {
        const test::ExpectDialog<ImportPreviewDialog> expectation(
            [](ImportPreviewDialog *dialog) { dialog->accept(); });
        EXPECT_TRUE(window->importFile(swapped));
    }
    EXPECT_EQ(window->store()->listReports().value().size(), 1);
    EXPECT_EQ(window->document()->report().meta.agencyName, QStringLiteral("南定镇人民政府"));
}

// Several files at once (文件 → 导入 with several chosen, or `nianbao A B C`): read with progress; the
// complete one stored at once, the one read with a warning shown first, the one that is no report named in
// the message at the end, with how many were imported.
TEST_F(ImportFromMainWindow, SeveralFilesAreStoredShownFirstOrNamed)
{
    const QString complete = fixture(QStringLiteral("2019_nanfeng/libreoffice.docx"));
    const QString swapped = fixture(QStringLiteral("part-order-swapped.txt"));
    const QString noReport = fixture(QStringLiteral("two-reports.txt"));
    // The progress dialog is the modal window while the files are read, so the preview is looked for
    // among the windows rather than as the modal one.
    QStringList previewed;
    QTimer preview;
    preview.setInterval(10);
    QObject::connect(&preview, &QTimer::timeout, &preview, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<ImportPreviewDialog *>(widget);
            if (dialog && dialog->isVisible()) {
                previewed.append(dialog->document()->report().meta.agencyName);
                dialog->accept();
            }
        }
    });
    preview.start();
    test::RecordingMessageSink::instance().clear();
    window->importFiles({complete, swapped, noReport});
    preview.stop();

    EXPECT_EQ(previewed, QStringList{QStringLiteral("南定镇人民政府")})
        << "only the file read with a warning";
    QStringList stored;
    const QList<ReportSummary> reports = window->store()->listReports().value();
    for (const ReportSummary &report : reports)
        stored.append(report.agency);
    stored.sort();
    EXPECT_EQ(stored, (QStringList{QStringLiteral("南丰镇"), QStringLiteral("南定镇人民政府")}));
    const QStringList messages = test::RecordingMessageSink::instance().texts();
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.constLast().contains(u"已导入 2 份年报")) << messages.constLast().toStdString();
    EXPECT_TRUE(messages.constLast().contains(u"未导入")) << messages.constLast().toStdString();
    EXPECT_TRUE(messages.constLast().contains(noReport)) << messages.constLast().toStdString();
    EXPECT_EQ(test::RecordingMessageSink::instance().messages().constLast().kind,
              MessageSink::Message::Kind::Warning)
        << "a file not imported is a warning";
}
