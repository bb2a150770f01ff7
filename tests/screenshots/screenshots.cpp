// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The scenes of the documentation's screenshots (docs/screenshots/): the window as the user guide
// describes it at each step. Not tests: the tests check the same states and assert on them.
#include "screenshots.h"
#include "document/countrefresher.h"
#include "document/findingsmodel.h"
#include "document/reportdocument.h"
#include "document/reportlistmodel.h"
#include "document/undocommands.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "import/importpreviewdialog.h"
#include "import/reportimporter.h"
#include "newreportdialog.h"
#include "output/docxexporter.h"
#include "output/odtexporter.h"
#include "output/pdfexporter.h"
#include "outputtestsupport.h"
#include "preview/reportpreview.h"
#include "preview/yearexportdialog.h"
#include "review/commentactions.h"
#include "review/commentspanel.h"
#include "review/officedeadline.h"
#include "review/reviewdock.h"
#include "review/reviewoverviewdialog.h"
#include "review/reviewtransitions.h"
#include "review/revisiondiffview.h"
#include "review/signingkeydialog.h"
#include "storage/agencydirectory.h"
#include "summary/summarywindow.h"
#include "ui/mainwindowfixture.h"
#include "ui/reviewtestsupport.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolTip>
#include <QTreeView>

#include <array>

using namespace nianbao;
using namespace nianbao::test;
using namespace Qt::StringLiterals;

namespace {

/// Lets pending layouts and paints happen before a picture is taken.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void save(QWidget *widget, const char *name)
{
    settle();
    const QString path = screenshotPath(QString::fromLatin1(name));
    ASSERT_TRUE(widget->grab().save(path)) << path.toStdString();
}

/// What a screen of that size shows with no window manager: the windows, each where it stands,
/// the later over the earlier.
void saveScreen(const QSize &screen, const QList<QWidget *> &windows, const QString &name)
{
    settle();
    QPixmap shot(screen);
    shot.fill(Qt::black);
    QPainter painter(&shot);
    for (QWidget *window : windows)
        painter.drawPixmap(window->pos(), window->grab());
    painter.end();
    const QString path = screenshotPath(name);
    ASSERT_TRUE(shot.save(path)) << path.toStdString();
}

/// A dialog over the main window, centred as a window manager places it, at the offices' screen sizes:
/// NAME-1366x768.png and NAME-1920x1080.png.
void saveDialogOverWindow(QWidget *window, QWidget *dialog, const QString &name)
{
    for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
        window->setGeometry(QRect(QPoint(0, 0), screen));
        settle();
        dialog->move((screen.width() - dialog->width()) / 2, (screen.height() - dialog->height()) / 2);
        saveScreen(screen, {window, dialog},
                   QStringLiteral("%1-%2x%3.png").arg(name).arg(screen.width()).arg(screen.height()));
    }
}

using MainWindowScene = MainWindowFixture;
using ReviewScene = ReviewUiTest;

} // namespace

TEST_F(MainWindowScene, FirstStart)
{
    save(window.get(), "first-start.png");
}

TEST_F(MainWindowScene, ImportedReport)
{
    ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2021_nanding"))));
    window->editor()->showSection(3);
    save(window.get(), "main-window-2021_nanding.png");
}

TEST_F(MainWindowScene, Part3BalanceAndFindings)
{
    ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2019_qingtang"))));
    const QList<Finding> &findings = window->document()->findings();
    const auto balance = std::find_if(findings.cbegin(), findings.cend(),
                                      [](const Finding &f) { return f.rule == u"balance"; });
    ASSERT_NE(balance, findings.cend());
    // The form gets the room of the preview beside it, so that it shows whole.
    QList<int> sizes = window->editor()->splitter()->sizes();
    sizes.last() = 0;
    window->editor()->splitter()->setSizes(sizes);
    const FindingsModel *model = window->findingsPanel()->model();
    const QModelIndexList rows = model->match(model->index(0, 0), FindingsModel::FindingIndexRole,
                                              int(balance - findings.cbegin()), 1, Qt::MatchRecursive);
    ASSERT_EQ(rows.size(), 1);
    QTreeView *tree = window->findingsPanel()->tree();
    tree->scrollTo(rows.first());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(rows.first()).center());
    save(window.get(), "part3-balance-2019_qingtang.png");
    save(window->findingsPanel()->parentWidget(), "findings-panel.png");
}

TEST_F(MainWindowScene, NewReportDialog)
{
    // 坎市镇's report was imported under its short name; the list knows the agency's full name.
    ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2020_kanshi"))));
    ASSERT_TRUE(AgencyDirectory(window->store()->connection())
                    .rename(window->document()->report().meta.agencyName, QStringLiteral("坎市镇人民政府")));
    NewReportDialog dialog(window->store(), window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2021);
    dialog.findChild<QLineEdit *>(QStringLiteral("agencyNameEdit"))->insert(QStringLiteral("坎市镇"));
    ASSERT_EQ(dialog.agencyName(), QStringLiteral("坎市镇人民政府"));
    save(&dialog, "new-report-dialog.png");
    saveDialogOverWindow(window.get(), &dialog, QStringLiteral("new-report-dialog"));
}

// The supervisor's comments on a cell as the clerk sees them, what changed at the resubmission,
// and the year's overview after the approval.
TEST_F(ReviewScene, CommentsChangesAndOverview)
{
    // The size of its pictures, not offscreen's 800×800 screen that the first start fills: there
    // part 三 would keep a strip too narrow to reach its cells beside the desk's panels.
    window->setWindowState(Qt::WindowNoState);
    window->resize(1500, 950);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->size() == QSize(1500, 950); }));
    signIn(Clerk);
    openSeed();
    for (const QString &name : {QStringLiteral("2020_honghe"), QStringLiteral("2020_kanshi")}) {
        const Report report = seedReport(name);
        ASSERT_TRUE(window->store()->importReport(report).ok());
        ASSERT_TRUE(window->store()->createReport(report.meta.agencyName, report.meta.agencyKind, 2021).ok());
    }
    ASSERT_TRUE(window->openReport(reportId));
    submitWithReason();
    ASSERT_EQ(status(), ReportStatus::Submitted) << review()->lastMessage().toStdString();

    signIn(Supervisor);
    ASSERT_TRUE(review()->comments()->addComment(CommentAnchor::ofCell(QStringLiteral("p3/received/natural")),
                                                 QStringLiteral("自然人申请数与登记台账不一致，请核对。")));
    ASSERT_TRUE(review()->comments()->addComment(CommentAnchor::ofPart(1),
                                                 QStringLiteral("总体情况请补充本年度主动公开的数量。")));
    andReload([this] {
        ASSERT_TRUE(review()->transitions()->returnReport(QStringLiteral("请按意见修改后重新提交。")));
    });

    signIn(Clerk);
    // The return note as the clerk finds it, above the report and in the review panel, with the history.
    review()->dock()->showHistory();
    save(window.get(), "review-returned.png");
    review()->dock()->showComments();
    CommentsPanel *comments = review()->dock()->comments();
    ASSERT_TRUE(
        comments->reply(comments->threads().first().comment.id, QStringLiteral("已核对台账并更正。")));
    const CellValue received = stored().report.cell(QStringLiteral("p3/received/natural"));
    typeInto("p3/received/natural", QString::number(received.integer() + 1));
    const CellValue carry = stored().report.cell(QStringLiteral("p3/carry_next/natural"));
    typeInto("p3/carry_next/natural", QString::number(carry.integer() + 1));
    p3View()->setCurrentIndex(formIndex("p3/carry_next/natural"));
    // The comment's tooltip is a window of its own; draw it onto the main window's picture.
    const QPoint at = cellCenter("p3/received/natural");
    QHelpEvent help(QEvent::ToolTip, at, p3View()->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(p3View()->viewport(), &help);
    settle();
    QPixmap shot = window->grab();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->inherits("QTipLabel") && top->isVisible()) {
            QPainter painter(&shot);
            // Where the tooltip shows on a real screen: below right of the pointer (the offscreen
            // screen is smaller than the window, so Qt moved it).
            painter.drawPixmap(p3View()->viewport()->mapTo(window.get(), at) + QPoint(6, 18), top->grab());
        }
    }
    ASSERT_TRUE(shot.save(screenshotPath(QStringLiteral("review-commented-cell.png"))));
    QToolTip::hideText();

    // A sentence of part 一 rewritten, so that the changes show the narrative too.
    QString text = window->document()->narrative(1);
    const qsizetype end = text.indexOf(u'。');
    ASSERT_GT(end, 0);
    text.insert(end, QStringLiteral("，全年主动公开政府信息 126 条"));
    ASSERT_TRUE(window->document()->push(std::make_unique<SetNarrativeText>(window->document(), 1, text)));
    submitWithReason();
    ASSERT_EQ(status(), ReportStatus::Submitted) << review()->lastMessage().toStdString();

    signIn(Supervisor);
    ASSERT_TRUE(review()->dock()->diffView()->diff().has_value());
    RevisionDiffView diff;
    diff.setDiff(review()->dock()->diffView()->diff());
    diff.resize(1000, 560);
    diff.show();
    save(&diff, "review-diff.png");

    andReload([this] { ASSERT_TRUE(review()->transitions()->approve()); });
    review()->showOverview();
    ReviewOverviewDialog *overview = review()->overview();
    ASSERT_NE(overview, nullptr);
    overview->resize(1100, 320);
    save(overview, "review-overview.png");
}

namespace {

/// The county of a supervisor of twelve agencies over three years (one agency's applications grew
/// tenfold, one report still has an error).
class SummaryScene : public ReviewUiTest
{
protected:
    /// Part 三 with applications of natural persons and businesses that add up as the table requires:
    /// most disclosed, some partly, the rest withheld, not held or carried over to next year.
    static void fillApplications(Report &report, qint64 natural, qint64 business)
    {
        const Format &format = *report.format();
        const TableDef &table = format.table(format.tableIndex(QStringLiteral("p3")));
        for (int row = 0; row < table.rows.size(); ++row) {
            for (int column = 0; column < table.columns.size(); ++column)
                report.setCell(table.cellIndex(row, column), CellValue::count(0));
        }
        const auto set = [&](const QString &row, qint64 naturalCount, qint64 businessCount) {
            report.setCell(u"p3/%1/natural"_s.arg(row), CellValue::count(naturalCount));
            report.setCell(u"p3/%1/business"_s.arg(row), CellValue::count(businessCount));
            report.setCell(u"p3/%1/total"_s.arg(row), CellValue::count(naturalCount + businessCount));
        };
        const auto split = [](qint64 count) {
            const qint64 partial = count / 6;
            const qint64 withheld = count / 8;
            const qint64 unable = count / 10;
            const qint64 carried = count > 12 ? 1 : 0;
            return std::array<qint64, 5>{count - partial - withheld - unable - carried, partial, withheld,
                                         unable, carried};
        };
        const std::array<qint64, 5> n = split(natural);
        const std::array<qint64, 5> b = split(business);
        set(u"received"_s, natural, business);
        set(u"disclosed"_s, n[0], b[0]);
        set(u"partial"_s, n[1], b[1]);
        set(u"withheld_third_party"_s, n[2], b[2]);
        set(u"unable_not_held"_s, n[3], b[3]);
        set(u"results_total"_s, natural - n[4], business - b[4]);
        set(u"carry_next"_s, n[4], b[4]);
    }

    void fillCounty()
    {
        const QStringList agencies = {u"城关镇"_s, u"东湖街道"_s, u"西山乡"_s, u"南坪镇"_s,
                                      u"北岭镇"_s, u"河口镇"_s,   u"青石乡"_s, u"白沙街道"_s,
                                      u"桃源镇"_s, u"金塘镇"_s,   u"龙泉乡"_s, u"凤鸣街道"_s};
        ReportStore &store = *window->store();
        for (int year = 2021; year <= 2023; ++year) {
            for (int index = 0; index < agencies.size(); ++index) {
                Report report = seed;
                report.meta.agencyName = agencies[index];
                report.meta.agencyKind = agencies[index].endsWith(u"街道") ? u"subdistrict"_s : u"township"_s;
                report.meta.year = year;
                report.meta.issueDate = QDate(year + 1, 1, 20);
                // 河口镇 received ten times as many applications in 2023 as the year before.
                const qint64 base = 4 + (index * 7 + year * 3) % 23;
                fillApplications(report, index == 5 && year == 2023 ? base * 12 : base, (index + year) % 4);
                if (index == 3 && year == 2023)
                    report.setCell(u"p3/received/total"_s, CellValue::count(999));
                // Counted as the window's import counts them, so the overview shows the errors.
                const StoreResult<StampedCounts> counts = CountRefresher::countFor(store, report);
                ASSERT_TRUE(counts) << counts.error().message.toStdString();
                ASSERT_TRUE(store.importReport(report, false, counts.value()).ok());
            }
        }
    }
};

} // namespace

// The review overview and the county summary on the offices' two screen sizes, each window where
// it would stand on a screen without a window manager (the main window takes the whole screen).
TEST_F(SummaryScene, OverviewAndSummaryAtTheOfficesScreenSizes)
{
    fillCounty();
    // 西溪乡 is in the agency list without a report (未开始); the office wants the 2023 reports by
    // 15 January.
    ASSERT_TRUE(AgencyDirectory(window->store()->connection()).add(u"西溪乡人民政府"_s, u"township"_s));
    signIn(Supervisor);
    ASSERT_TRUE(OfficeDeadline(*window->store())
                    .set(2023, QDate(2024, 1, 15), review()->session()->identity().value()));
    for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
        const QString suffix = QStringLiteral("-%1x%2.png").arg(screen.width()).arg(screen.height());
        window->setGeometry(QRect(QPoint(0, 0), screen));
        review()->overviewAction()->trigger();
        ReviewOverviewDialog *overview = review()->overview();
        ASSERT_NE(overview, nullptr);
        overview->showYear(2023);
        overview->resize(std::min(1100, screen.width() - 40), std::min(620, screen.height() - 80));
        overview->move(20, 40);
        saveScreen(screen, {window.get(), overview}, QStringLiteral("review-overview") + suffix);

        overview->showSummary();
        SummaryWindow *summary = overview->summaryWindow();
        ASSERT_NE(summary, nullptr);
        summary->resize(screen.width() - 20, screen.height() - 60);
        summary->move(10, 20);
        summary->tabs()->setCurrentIndex(0);
        saveScreen(screen, {window.get(), overview, summary}, QStringLiteral("summary-table") + suffix);
        summary->tabs()->setCurrentWidget(summary->findChild<QWidget *>(QStringLiteral("summaryCharts")));
        saveScreen(screen, {window.get(), overview, summary}, QStringLiteral("summary-charts") + suffix);
    }
}

// The editor with the preview on the right, part 三 broken by one figure and its lines marked.
TEST(OutputScene, Preview)
{
    ReportDocument document(seedReport(QStringLiteral("2021_nanding")));
    const int cell = document.format().cellIndex(QStringLiteral("p3/received/natural"));
    ASSERT_TRUE(document.push(
        std::make_unique<SetCellValues>(&document, QList<CellEdit>{{cell, CellValue::count(12)}})));
    ReportEditor editor(&document);
    QPalette light = editor.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    editor.setPalette(light);
    editor.resize(1400, 640);
    editor.showSection(3);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    ReportPreview *preview = editor.preview();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !preview->markedLines().isEmpty(); }, 3000));
    preview->verticalScrollBar()->setValue(preview->markedLines().constFirst() - 3);
    save(&editor, "preview.png");
}

// The first page and the page of part 三's groups of the 2020_kanshi seed as PDF, as Word (.docx)
// and as ODT, each as LibreOffice converts it to PDF; drawn by pdftoppm (docs/output.md).
TEST(OutputScene, Pages)
{
    ASSERT_TRUE(hasTool(QStringLiteral("pdftoppm")) && hasTool(QStringLiteral("pdftotext")))
        << "the pages are drawn by pdftoppm and found by pdftotext (poppler-utils)";
    const Report report = seedReport(QStringLiteral("2020_kanshi"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(PdfExporter::write(report, pdf));
    ASSERT_TRUE(writePageScreenshots(pdf, screenshotPath({}), QStringLiteral("pdf")));

    QString error;
    const QString docx = dir.filePath(QStringLiteral("docx.docx"));
    const QString odt = dir.filePath(QStringLiteral("odt.odt"));
    ASSERT_TRUE(DocxExporter::write(report, docx, &error)) << error.toStdString();
    ASSERT_TRUE(OdtExporter::write(report, odt, &error)) << error.toStdString();
    error = convertWithLibreOffice({docx, odt}, dir.path());
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    for (const QString &form : {QStringLiteral("docx"), QStringLiteral("odt")})
        ASSERT_TRUE(
            writePageScreenshots(dir.filePath(form + QStringLiteral(".pdf")), screenshotPath({}), form));
}

// 审核 → 签名密钥… just after the supervisor created their key, centred over the main window as a
// window manager places it, at the offices' screen sizes.
TEST_F(ReviewScene, SigningKeyDialog)
{
    qputenv("NIANBAO_KEY_DIR", dir.filePath(QStringLiteral("keys")).toUtf8());
    signIn(Supervisor);
    openSeed();
    SigningKeyDialog dialog(review()->session(), window.get());
    dialog.show();
    settle();
    const QString passphrase = QStringLiteral("审核专用口令2024");
    dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(passphrase);
    dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"))->setText(passphrase);
    const bool created = dialog.createKey();
    qunsetenv("NIANBAO_KEY_DIR");
    ASSERT_TRUE(created);
    saveDialogOverWindow(window.get(), &dialog, QStringLiteral("signing-key"));
}

// 文件 → 导出全年已审核年报… as the supervisor fills it in: the year, Word as the form, a folder in their
// documents; centred over the main window as a window manager places it, at the offices' screen sizes.
TEST_F(ReviewScene, YearExportDialog)
{
    signIn(Supervisor);
    openSeed();
    // Imported through the store, not the window: the list learns of it as after F5.
    ASSERT_TRUE(window->reportList()->refresh().ok());
    YearExportDialog dialog(*window->store(), 2021, window.get());
    dialog.setForm(ReportExport::Form::Docx);
    dialog.setFolder(QStringLiteral("/home/wangfang/文档/2021年度报告"));
    dialog.show();
    saveDialogOverWindow(window.get(), &dialog, QStringLiteral("year-export"));
}

// 文件 → 导入 at the offices' screen sizes: a PDF read completely with the chosen cell boxed on its
// page, text copied from a web page whose unread row is marked in the source and the form, and a text
// whose parts stand out of order, with the reader's warning.
TEST(ImportScene, PreviewAtTheScreensSizes)
{
    const QString data = QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/");
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        {
            ImportPreviewDialog dialog(
                ReportImporter::read(data + QStringLiteral("2021_nanding/nianbao.pdf")));
            dialog.resize(size);
            dialog.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
            const int cell = dialog.document()->format().cellIndex(QStringLiteral("p3/received/natural"));
            dialog.editor()->showLocation(Location::ofCell(cell));
            TableFormView *view = dialog.findChild<TableFormView *>(QStringLiteral("tableForm_p3"));
            ASSERT_NE(view, nullptr);
            view->setCurrentIndex(
                view->formModel()->mapFromSource(view->formModel()->source()->indexOfCell(cell)));
            save(&dialog, qPrintable(QStringLiteral("import-pdf") + suffix));
        }
        {
            ImportPreviewDialog dialog(
                ReportImporter::read(data + QStringLiteral("2020_kanshi/cell-per-line.txt")));
            dialog.resize(size);
            dialog.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, qPrintable(QStringLiteral("import-text") + suffix));
        }
        {
            // Read completely, but its parts stand out of the official order: the reader's warning.
            ImportPreviewDialog dialog(ReportImporter::read(data + QStringLiteral("part-order-swapped.txt")));
            dialog.resize(size);
            dialog.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, qPrintable(QStringLiteral("import-order") + suffix));
        }
    }
}
