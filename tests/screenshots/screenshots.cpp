// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The scenes of the documentation's screenshots (docs/screenshots/): the window as the user guide
// describes it at each step. Not tests: the tests check the same states and assert on them.
#include "screenshots.h"
#include "document/findingsmodel.h"
#include "document/reportdocument.h"
#include "document/undocommands.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "newreportdialog.h"
#include "output/pdfexporter.h"
#include "outputtestsupport.h"
#include "preview/reportpreview.h"
#include "review/commentactions.h"
#include "review/commentspanel.h"
#include "review/reviewdock.h"
#include "review/reviewoverviewdialog.h"
#include "review/reviewtransitions.h"
#include "review/revisiondiffview.h"
#include "ui/mainwindowfixture.h"
#include "ui/reviewtestsupport.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QToolTip>
#include <QTreeView>

using namespace nianbao;
using namespace nianbao::test;

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
    ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2020_kanshi"))));
    NewReportDialog dialog(window->store(), window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2021);
    dialog.findChild<QLineEdit *>(QStringLiteral("agencyNameEdit"))
        ->insert(window->document()->report().meta.agencyName);
    save(&dialog, "new-report-dialog.png");
}

// The supervisor's comments on a cell as the clerk sees them, what changed at the resubmission,
// and the year's overview after the approval.
TEST_F(ReviewScene, CommentsChangesAndOverview)
{
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

// The first page and the page of part 三's groups of the 2020_kanshi seed's PDF, as pdftoppm draws them.
TEST(OutputScene, PdfPages)
{
    ASSERT_TRUE(hasTool(QStringLiteral("pdftoppm"))) << "the PDF pages are drawn by pdftoppm (poppler-utils)";
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(PdfExporter::write(seedReport(QStringLiteral("2020_kanshi")), pdf));
    int partThreePage = 0;
    for (int page = 1; page < 20 && partThreePage == 0; ++page) {
        const std::optional<QByteArray> text = runTool(
            QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), pdf, QStringLiteral("-")});
        ASSERT_TRUE(text.has_value());
        if (QString::fromUtf8(*text).contains(QStringLiteral("属于国家秘密")))
            partThreePage = page;
    }
    ASSERT_GT(partThreePage, 0);
    for (const auto &[page, name] :
         {std::pair(1, QStringLiteral("pdf-page1")), std::pair(partThreePage, QStringLiteral("pdf-part3"))})
        ASSERT_TRUE(runTool(QStringLiteral("pdftoppm"),
                            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                             QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                             QStringLiteral("-l"), QString::number(page), pdf, screenshotPath(name)})
                        .has_value());
}
