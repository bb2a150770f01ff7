// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/metaform.h"
#include "editor/narrativeeditor.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "mainwindow.h"
#include "review/commentactions.h"
#include "review/commentmarks.h"
#include "review/commentspanel.h"
#include "review/reviewbanner.h"
#include "review/reviewcontroller.h"
#include "review/reviewdock.h"
#include "review/reviewnotes.h"
#include "review/reviewsession.h"
#include "review/reviewtransitions.h"
#include "review/revisiondiffview.h"
#include "review/signindialog.h"
#include "review/submitdialog.h"
#include "review/userdirectory.h"
#include "reviewtestsupport.h"
#include "settings.h"
#include "storage/reportstore.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace nianbao;

using namespace nianbao::test;

TEST_F(ReviewUiTest, ClerkSubmitsSupervisorCommentsAndReturnsClerkFixesSupervisorSeesTheDiffAndApproves)
{
    signIn(Clerk);
    openSeed();
    ASSERT_FALSE(window->document()->isReadOnly()) << "a clerk edits the draft of their agency";
    EXPECT_FALSE(review()->returnAction()->isEnabled());
    EXPECT_FALSE(review()->approveAction()->isEnabled());
    // The banner counts submissions as the clerk does, not the store's revisions (one per edit).
    const auto bannerSays = [this](const QString &words) {
        return review()->banner()->statusLabel()->text().contains(words);
    };
    EXPECT_TRUE(bannerSays(QStringLiteral("尚未提交")))
        << review()->banner()->statusLabel()->text().toStdString();
    submitWithReason();
    ASSERT_EQ(status(), ReportStatus::Submitted) << review()->lastMessage().toStdString();
    EXPECT_TRUE(bannerSays(QStringLiteral("第 1 次提交")))
        << review()->banner()->statusLabel()->text().toStdString();
    EXPECT_TRUE(window->document()->isReadOnly()) << "a submitted report is locked";
    EXPECT_TRUE(window->windowTitle().contains(reportStatusLabel(ReportStatus::Submitted)));

    // The supervisor comments on a part 三 cell through the cell's context menu.
    signIn(Supervisor);
    ASSERT_TRUE(window->document()->isReadOnly()) << "a supervisor reviews, never edits";
    EXPECT_FALSE(review()->submitAction()->isEnabled());
    showPart3();
    const QString comment = QStringLiteral("自然人申请数与登记台账不一致，请核对。");
    const std::unique_ptr<QMenu> menu =
        review()->comments()->cellMenu(p3View(), cellCenter("p3/received/natural"));
    auto *commentCell = menu->findChild<QAction *>(QStringLiteral("commentCellAction"));
    ASSERT_NE(commentCell, nullptr);
    {
        ExpectDialog<QInputDialog> dialog([comment](QInputDialog *input) {
            EXPECT_EQ(input->objectName(), QStringLiteral("commentDialog"));
            input->setTextValue(comment);
            input->accept();
        });
        commentCell->trigger();
    }
    ASSERT_EQ(review()->dock()->comments()->threads().size(), 1);
    EXPECT_EQ(review()->dock()->comments()->threads().first().comment.anchor,
              CommentAnchor::ofCell(QStringLiteral("p3/received/natural")));

    ASSERT_TRUE(review()->returnAction()->isEnabled());
    {
        ExpectDialog<QInputDialog> dialog([](QInputDialog *input) {
            EXPECT_EQ(input->objectName(), QStringLiteral("returnDialog"));
            input->setTextValue(QStringLiteral("请按意见修改后重新提交。"));
            input->accept();
        });
        andReload([this] { review()->returnAction()->trigger(); });
    }
    ASSERT_EQ(status(), ReportStatus::Returned) << review()->lastMessage().toStdString();

    // The clerk sees the comment on that cell: a mark over it, the text in its tooltip.
    signIn(Clerk);
    ASSERT_FALSE(window->document()->isReadOnly()) << "a returned report is editable again";
    showPart3();
    const int natural = cellOf("p3/received/natural");
    ASSERT_NE(review()->comments()->marks(), nullptr);
    EXPECT_TRUE(review()->comments()->marks()->markedCells().contains(natural));
    EXPECT_TRUE(review()->comments()->marks()->cellToolTip(natural).contains(comment));
    EXPECT_NE(p3View()->viewport()->findChild<QWidget *>(QStringLiteral("commentMarks_p3")), nullptr);
    QHelpEvent help(QEvent::ToolTip, cellCenter("p3/received/natural"),
                    p3View()->viewport()->mapToGlobal(cellCenter("p3/received/natural")));
    QCoreApplication::sendEvent(p3View()->viewport(), &help);
    EXPECT_TRUE(QToolTip::text().contains(comment));
    QToolTip::hideText();

    // … fixes it (one more application, still being handled, so the balance holds), answers, resubmits.
    const CellValue before = stored().report.cell(QStringLiteral("p3/received/natural"));
    const qint64 value = before.integer();
    typeInto("p3/received/natural", QString::number(value + 1));
    const CellValue carry = stored().report.cell(QStringLiteral("p3/carry_next/natural"));
    typeInto("p3/carry_next/natural", QString::number(carry.integer() + 1));
    ASSERT_EQ(stored().report.cell(QStringLiteral("p3/received/natural")), CellValue::count(value + 1));
    const qint64 thread = review()->dock()->comments()->threads().first().comment.id;
    ASSERT_TRUE(review()->dock()->comments()->reply(thread, QStringLiteral("已核对台账并更正。")));
    int unresolvedListed = -1;
    submitWithReason(&unresolvedListed);
    EXPECT_EQ(unresolvedListed, 1) << "resubmitting lists the comments not marked resolved";
    ASSERT_EQ(status(), ReportStatus::Submitted) << review()->lastMessage().toStdString();
    EXPECT_TRUE(bannerSays(QStringLiteral("第 2 次提交")))
        << review()->banner()->statusLabel()->text().toStdString();
    EXPECT_GT(stored().revision, 2) << "the edits in between made revisions, not submissions";

    // The supervisor sees the cell in the diff and approves.
    signIn(Supervisor);
    const std::optional<RevisionDiff> &diff = review()->dock()->diffView()->diff();
    ASSERT_TRUE(diff.has_value());
    EXPECT_TRUE(diff->changesCell(QStringLiteral("p3/received/natural")));
    const QString cellName = window->document()->format().cellName(natural);
    const auto change = std::find_if(diff->cells.cbegin(), diff->cells.cend(),
                                     [natural](const CellChange &c) { return c.cell == natural; });
    ASSERT_NE(change, diff->cells.cend());
    EXPECT_EQ(change->newText, QString::number(value + 1));
    QTableWidget *changes = review()->dock()->diffView()->changesTable();
    EXPECT_TRUE(changes->isVisibleTo(window.get()));
    bool listed = false;
    for (int row = 0; row < changes->rowCount(); ++row) {
        if (changes->item(row, 0)->text() == cellName) {
            listed = true;
            EXPECT_EQ(changes->item(row, 2)->text(), change->newText);
        }
    }
    EXPECT_TRUE(listed) << "the diff table names the changed cell";
    ASSERT_TRUE(review()->approveAction()->isEnabled());
    {
        ExpectDialog<QInputDialog> dialog([](QInputDialog *input) {
            EXPECT_EQ(input->objectName(), QStringLiteral("approveDialog"));
            input->accept();
        });
        andReload([this] { review()->approveAction()->trigger(); });
    }
    ASSERT_EQ(status(), ReportStatus::Approved) << review()->lastMessage().toStdString();
    EXPECT_TRUE(window->document()->isReadOnly());
    EXPECT_FALSE(review()->banner()->sealLabel()->isVisible()) << "an untouched approval is intact";
}

TEST_F(ReviewUiTest, ASubmittedReportRefusesEditsInTheEditorAndSaysWhy)
{
    signIn(Clerk);
    openSeed();
    submitWithReason();
    ASSERT_EQ(status(), ReportStatus::Submitted);
    const QString lock = *ReviewPolicy::lockReason(ReportStatus::Submitted);
    const CellValue before = stored().report.cell(QStringLiteral("p3/received/natural"));
    const int revision = stored().revision;

    typeInto("p3/received/natural", QStringLiteral("999"));
    EXPECT_EQ(stored().report.cell(QStringLiteral("p3/received/natural")), before);
    EXPECT_EQ(window->document()->report().cell(QStringLiteral("p3/received/natural")), before);
    auto *problem = window->editor()->findChild<QLabel *>(QStringLiteral("problemLabel"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_EQ(problem->text(), lock);

    // Paste and Delete go through the document, which refuses them with the same reason.
    QApplication::clipboard()->setText(QStringLiteral("5\t6\n"));
    EXPECT_FALSE(p3View()->pasteText(QStringLiteral("5\t6\n")));
    EXPECT_EQ(problem->text(), lock);

    QPlainTextEdit *text = window->editor()->narrativeEditor(1)->textEdit();
    EXPECT_TRUE(text->isReadOnly());
    const QString narrative = text->toPlainText();
    window->editor()->showSection(1);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("abc"));
    EXPECT_EQ(text->toPlainText(), narrative);
    EXPECT_EQ(problem->text(), lock);
    EXPECT_TRUE(window->editor()->metaForm()->lineEdit(ReportField::Title)->isReadOnly());
    EXPECT_EQ(stored().revision, revision) << "nothing reached the store";
    auto *banner = window->editor()->findChild<QLabel *>(QStringLiteral("reviewStatusLabel"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(reportStatusLabel(ReportStatus::Submitted)));
    EXPECT_TRUE(banner->text().contains(lock));
}

TEST_F(ReviewUiTest, ASupervisorOpensADraftReadOnly)
{
    signIn(Supervisor);
    openSeed();
    ASSERT_TRUE(window->document()->isReadOnly());
    const User supervisor = *review()->session()->user();
    const QString why = *ReviewPolicy::editRefusal(supervisor, seed.meta.agencyName, ReportStatus::Draft);
    EXPECT_FALSE(p3View()->pasteText(QStringLiteral("5\n")));
    EXPECT_EQ(window->editor()->findChild<QLabel *>(QStringLiteral("problemLabel"))->text(), why);
    EXPECT_FALSE(review()->submitAction()->isEnabled()) << "only the clerk submits";
    EXPECT_FALSE(review()->approveAction()->isEnabled()) << "a draft is not submitted yet";
}

TEST_F(ReviewUiTest, SubmittingAReportWithErrorsIsRefusedWithTheErrors)
{
    signIn(Clerk);
    openSeed();
    // One more application received and nowhere handled: the balance of part 三 breaks.
    const CellValue received = stored().report.cell(QStringLiteral("p3/received/natural"));
    typeInto("p3/received/natural", QString::number(received.integer() + 1));
    QList<Finding> errors;
    for (const Finding &finding : window->document()->findings()) {
        if (finding.severity == Severity::Error)
            errors.append(finding);
    }
    ASSERT_FALSE(errors.isEmpty());
    review()->submitAction()->trigger();
    const QStringList told = RecordingMessageSink::instance().texts();
    ASSERT_EQ(told.size(), 1) << "the refusal is shown once";
    const QString &shown = told.first();
    EXPECT_EQ(status(), ReportStatus::Draft);
    for (const Finding &error : std::as_const(errors))
        EXPECT_TRUE(shown.contains(error.message)) << error.message.toStdString();
}

TEST_F(ReviewUiTest, AnApprovedReportWhoseContentChangedBehindTheSealShowsARedBanner)
{
    signIn(Clerk);
    openSeed();
    submitWithReason();
    signIn(Supervisor);
    andReload([this] { ASSERT_TRUE(review()->transitions()->approve()); });
    ASSERT_EQ(status(), ReportStatus::Approved);
    EXPECT_FALSE(review()->banner()->sealLabel()->isVisible());

    changeTheApprovedTextBehindTheWorkflow();
    ASSERT_TRUE(window->openReport(reportId));
    QLabel *banner = review()->banner()->sealLabel();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    ReviewWorkflow workflow(*window->store());
    const QString problem = workflow.verifyApproval(reportId)->problem();
    ASSERT_FALSE(problem.isEmpty());
    EXPECT_TRUE(banner->text().contains(problem));
}

TEST_F(ReviewUiTest, OnFirstStartTheFirstUserBecomesTheSupervisorAndIsRememberedNextTime)
{
    QTemporaryDir other;
    const QString path = other.filePath(QStringLiteral("new.sqlite"));
    ASSERT_TRUE(window->openDatabase(path));
    EXPECT_FALSE(review()->session()->user().has_value());
    {
        ExpectDialog<SignInDialog> dialog([](SignInDialog *signIn) {
            EXPECT_EQ(signIn->objectName(), QStringLiteral("signInDialog"));
            signIn->findChild<QLineEdit *>(QStringLiteral("signInName"))->setText(QStringLiteral("赵主任"));
            signIn->accept();
        });
        ASSERT_TRUE(review()->ensureUser());
    }
    ASSERT_TRUE(review()->session()->user().has_value());
    EXPECT_EQ(review()->session()->user()->name, QStringLiteral("赵主任"));
    EXPECT_TRUE(review()->session()->isSupervisor());
    EXPECT_TRUE(review()->overviewAction()->isEnabled());
    EXPECT_TRUE(review()->usersAction()->isEnabled());
    EXPECT_EQ(window->store()->actor(), QStringLiteral("赵主任")) << "the audit log names the user";

    // The next start on that database signs the same user in without asking.
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openDatabase(path));
    ASSERT_TRUE(review()->session()->user().has_value());
    EXPECT_EQ(review()->session()->user()->name, QStringLiteral("赵主任"));
}

TEST(ReviewBanner, FollowsTheDocumentAndOffersOnlyTheStepsAllowedNow)
{
    const ReadResult read = ReportReader::read(readSeed(Seed));
    ASSERT_TRUE(read.isReport);
    ReportDocument document(read.report);
    QAction submit(QStringLiteral("提交审核"));
    submit.setObjectName(QStringLiteral("submitAction"));
    QAction approve(QStringLiteral("审核通过"));
    approve.setObjectName(QStringLiteral("approveAction"));
    approve.setEnabled(false);
    ReviewBanner banner(&document, {&submit, &approve});
    banner.setStatus(ReportStatus::Draft);
    ReviewNotes submittedThrice;
    submittedThrice.submissions = 3;
    banner.setNotes(submittedThrice);
    banner.show();
    auto *submitButton = banner.findChild<QToolButton *>(QStringLiteral("submitActionButton"));
    auto *approveButton = banner.findChild<QToolButton *>(QStringLiteral("approveActionButton"));
    ASSERT_NE(submitButton, nullptr);
    ASSERT_NE(approveButton, nullptr);
    EXPECT_TRUE(submitButton->isVisible());
    EXPECT_FALSE(approveButton->isVisible());
    submit.setEnabled(false);
    approve.setEnabled(true);
    EXPECT_FALSE(submitButton->isVisible());
    EXPECT_TRUE(approveButton->isVisible());

    EXPECT_TRUE(banner.statusLabel()->text().contains(reportStatusLabel(ReportStatus::Draft)));
    EXPECT_TRUE(banner.statusLabel()->text().contains(QStringLiteral("第 3 次提交")));
    const QString why = QStringLiteral("已提交审核，不能修改。");
    EXPECT_FALSE(banner.statusLabel()->text().contains(why));
    document.setReadOnly(true, why);
    EXPECT_TRUE(banner.statusLabel()->text().contains(why));
    document.setReadOnly(false);
    EXPECT_FALSE(banner.statusLabel()->text().contains(why));

    EXPECT_FALSE(banner.sealLabel()->isVisible());
    banner.showBrokenSeal(QStringLiteral("内容与审核通过时不一致"));
    EXPECT_TRUE(banner.sealLabel()->isVisible());
    EXPECT_TRUE(banner.sealLabel()->text().contains(QStringLiteral("内容与审核通过时不一致")));
}
