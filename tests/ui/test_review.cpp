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
#include "review/commentmarks.h"
#include "review/commentspanel.h"
#include "review/reviewcontroller.h"
#include "review/reviewsession.h"
#include "review/revisiondiffview.h"
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
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    submitWithReason();
    ASSERT_EQ(status(), ReportStatus::Submitted) << review()->lastMessage().toStdString();
    EXPECT_TRUE(window->document()->isReadOnly()) << "a submitted report is locked";
    EXPECT_TRUE(window->windowTitle().contains(reportStatusLabel(ReportStatus::Submitted)));

    // The supervisor comments on a part 三 cell through the cell's context menu.
    signIn(Supervisor);
    ASSERT_TRUE(window->document()->isReadOnly()) << "a supervisor reviews, never edits";
    EXPECT_FALSE(review()->submitAction()->isEnabled());
    window->editor()->showSection(3);
    QTest::qWait(20);
    const QString comment = QStringLiteral("自然人申请数与登记台账不一致，请核对。");
    const std::unique_ptr<QMenu> menu = review()->cellMenu(p3View(), cellCenter("p3/received/natural"));
    auto *commentCell = menu->findChild<QAction *>(QStringLiteral("commentCellAction"));
    ASSERT_NE(commentCell, nullptr);
    onNextDialog<QInputDialog>([comment](QInputDialog *dialog) {
        EXPECT_EQ(dialog->objectName(), QStringLiteral("commentDialog"));
        dialog->setTextValue(comment);
        dialog->accept();
    });
    commentCell->trigger();
    settle();
    ASSERT_EQ(review()->commentsPanel()->threads().size(), 1);
    EXPECT_EQ(review()->commentsPanel()->threads().first().comment.anchor,
              CommentAnchor::ofCell(QStringLiteral("p3/received/natural")));

    onNextDialog<QInputDialog>([](QInputDialog *dialog) {
        EXPECT_EQ(dialog->objectName(), QStringLiteral("returnDialog"));
        dialog->setTextValue(QStringLiteral("请按意见修改后重新提交。"));
        dialog->accept();
    });
    ASSERT_TRUE(review()->returnAction()->isEnabled());
    review()->returnAction()->trigger();
    settle();
    ASSERT_EQ(status(), ReportStatus::Returned) << review()->lastMessage().toStdString();

    // The clerk sees the comment on that cell: a mark over it, the text in its tooltip.
    signIn(Clerk);
    ASSERT_FALSE(window->document()->isReadOnly()) << "a returned report is editable again";
    window->editor()->showSection(3);
    QTest::qWait(20);
    const int natural = cellOf("p3/received/natural");
    ASSERT_NE(review()->commentMarks(), nullptr);
    EXPECT_TRUE(review()->commentMarks()->markedCells().contains(natural));
    EXPECT_TRUE(review()->commentMarks()->cellToolTip(natural).contains(comment));
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
    const qint64 thread = review()->commentsPanel()->threads().first().comment.id;
    ASSERT_TRUE(review()->commentsPanel()->reply(thread, QStringLiteral("已核对台账并更正。")));
    int unresolvedListed = -1;
    submitWithReason(&unresolvedListed);
    EXPECT_EQ(unresolvedListed, 1) << "resubmitting lists the comments not marked resolved";
    ASSERT_EQ(status(), ReportStatus::Submitted) << review()->lastMessage().toStdString();

    // The supervisor sees the cell in the diff and approves.
    signIn(Supervisor);
    const std::optional<RevisionDiff> &diff = review()->diffView()->diff();
    ASSERT_TRUE(diff.has_value());
    EXPECT_TRUE(diff->changesCell(QStringLiteral("p3/received/natural")));
    const QString cellName = window->document()->format().cellName(natural);
    const auto change = std::find_if(diff->cells.cbegin(), diff->cells.cend(),
                                     [natural](const CellChange &c) { return c.cell == natural; });
    ASSERT_NE(change, diff->cells.cend());
    EXPECT_EQ(change->newText, QString::number(value + 1));
    QTableWidget *changes = review()->diffView()->changesTable();
    EXPECT_TRUE(changes->isVisibleTo(window.get()));
    bool listed = false;
    for (int row = 0; row < changes->rowCount(); ++row) {
        if (changes->item(row, 0)->text() == cellName) {
            listed = true;
            EXPECT_EQ(changes->item(row, 2)->text(), change->newText);
        }
    }
    EXPECT_TRUE(listed) << "the diff table names the changed cell";
    onNextDialog<QInputDialog>([](QInputDialog *dialog) {
        EXPECT_EQ(dialog->objectName(), QStringLiteral("approveDialog"));
        dialog->accept();
    });
    ASSERT_TRUE(review()->approveAction()->isEnabled());
    review()->approveAction()->trigger();
    settle();
    ASSERT_EQ(status(), ReportStatus::Approved) << review()->lastMessage().toStdString();
    EXPECT_TRUE(window->document()->isReadOnly());
    EXPECT_FALSE(review()->tamperBanner()->isVisible()) << "an untouched approval is intact";
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
    QString shown;
    onNextDialog<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    review()->submitAction()->trigger();
    settle();
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
    ASSERT_TRUE(review()->approve());
    settle();
    ASSERT_EQ(status(), ReportStatus::Approved);
    EXPECT_FALSE(review()->tamperBanner()->isVisible());

    // Someone with a database tool drops the lock and edits the approved text.
    {
        QSqlDatabase db = QSqlDatabase::database(window->store()->connectionName());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER narratives_locked_update")));
        ASSERT_TRUE(query.prepare(
            QStringLiteral("UPDATE narratives SET text = text || ? WHERE report_id = ? AND part = 1")));
        query.addBindValue(QStringLiteral("（已篡改）"));
        query.addBindValue(reportId);
        ASSERT_TRUE(query.exec());
    }
    ASSERT_TRUE(window->openReport(reportId));
    QLabel *banner = review()->tamperBanner();
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
    onNextDialog<QDialog>([](QDialog *dialog) {
        EXPECT_EQ(dialog->objectName(), QStringLiteral("signInDialog"));
        dialog->findChild<QLineEdit *>(QStringLiteral("signInName"))->setText(QStringLiteral("赵主任"));
        dialog->accept();
    });
    ASSERT_TRUE(review()->ensureUser());
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
