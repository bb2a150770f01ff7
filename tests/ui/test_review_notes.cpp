// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/findingsmodel.h"
#include "editor/findingspanel.h"
#include "review/reviewbanner.h"
#include "review/reviewdock.h"
#include "review/reviewhistorymodel.h"
#include "review/reviewtransitions.h"
#include "reviewtestsupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// The two sides of the review reading each other's notes in the main window.
class ReviewNotesUiTest : public ReviewUiTest
{
protected:
    /// Submits with a note and a reason of its own for each warning ("理由 1", "理由 2", …); returns
    /// the warnings with their reasons.
    QMap<QString, QString> submitWithNote(const QString &note)
    {
        QMap<QString, QString> reasons;
        ExpectDialog<SubmitDialog> dialog([&](SubmitDialog *submit) {
            QTableWidget *warnings = submit->warningsTable();
            for (int row = 0; row < warnings->rowCount(); ++row) {
                const QString reason = QStringLiteral("理由 %1").arg(row + 1);
                warnings->item(row, 1)->setText(reason);
                reasons.insert(warnings->item(row, 0)->text(), reason);
            }
            submit->noteEdit()->setPlainText(note);
            submit->accept();
        });
        andReload([this] { review()->submitAction()->trigger(); });
        return reasons;
    }

    FindingsPanel *findings() const
    {
        return window->findChild<FindingsPanel *>(QStringLiteral("findingsPanel"));
    }

    /// The reason column of every finding row, by the finding's message.
    QMap<QString, QString> reasonsShown() const
    {
        QMap<QString, QString> shown;
        FindingsModel *model = findings()->model();
        for (int severity = 0; severity < model->rowCount(); ++severity) {
            const QModelIndex severityIndex = model->index(severity, 0);
            for (int part = 0; part < model->rowCount(severityIndex); ++part) {
                const QModelIndex partIndex = model->index(part, 0, severityIndex);
                for (int row = 0; row < model->rowCount(partIndex); ++row) {
                    const QModelIndex index = model->index(row, FindingsModel::FindingColumn, partIndex);
                    const QString reason =
                        index.siblingAtColumn(FindingsModel::ReasonColumn).data().toString();
                    if (!reason.isEmpty())
                        shown.insert(index.data().toString(), reason);
                }
            }
        }
        return shown;
    }
};

} // namespace

TEST_F(ReviewNotesUiTest, TheSupervisorSeesTheSubmissionNoteAndEachReasonBesideItsWarning)
{
    signIn(Clerk);
    openSeed();
    const QMap<QString, QString> reasons = submitWithNote(QStringLiteral("第三部分已与台账核对"));
    ASSERT_GE(reasons.size(), 2) << "the seed keeps several warnings";
    ASSERT_EQ(status(), ReportStatus::Submitted) << review()->lastMessage().toStdString();

    signIn(Supervisor);
    QLabel *note = review()->banner()->noteLabel();
    EXPECT_TRUE(note->isVisibleTo(window.get()));
    EXPECT_TRUE(note->text().contains(QStringLiteral("第三部分已与台账核对"))) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(Clerk));
    EXPECT_TRUE(review()->dock()->noteLabel()->text().contains(QStringLiteral("第三部分已与台账核对")));

    EXPECT_EQ(reasonsShown(), reasons) << "each warning shows the reason the clerk gave for it";
    EXPECT_FALSE(findings()->tree()->isColumnHidden(FindingsModel::ReasonColumn));
    EXPECT_EQ(findings()->model()->headerData(FindingsModel::ReasonColumn, Qt::Horizontal).toString(),
              QStringLiteral("填报人说明"));
}

TEST_F(ReviewNotesUiTest, TheClerkSeesTheReturnNoteUntilTheNextSubmission)
{
    signIn(Clerk);
    openSeed();
    EXPECT_FALSE(review()->banner()->noteLabel()->isVisibleTo(window.get())) << "a draft has no note";
    EXPECT_TRUE(findings()->tree()->isColumnHidden(FindingsModel::ReasonColumn)) << "nor any reason";
    submitWithNote(QStringLiteral("请审核"));
    signIn(Supervisor);
    andReload([this] {
        ASSERT_TRUE(review()->transitions()->returnReport(QStringLiteral("请核对第三部分的申请数")));
    });
    ASSERT_EQ(status(), ReportStatus::Returned);

    signIn(Clerk);
    QLabel *note = review()->banner()->noteLabel();
    EXPECT_TRUE(note->isVisibleTo(window.get()));
    EXPECT_TRUE(note->text().contains(QStringLiteral("请核对第三部分的申请数")))
        << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(Supervisor));
    QLabel *dockNote = review()->dock()->noteLabel();
    EXPECT_TRUE(dockNote->isVisibleTo(window.get()));
    EXPECT_EQ(dockNote->text(), note->text());
    EXPECT_TRUE(reasonsShown().isEmpty()) << "the returned submission's reasons no longer stand";

    submitWithNote(QStringLiteral("已按意见修改"));
    EXPECT_FALSE(review()->banner()->noteLabel()->text().contains(QStringLiteral("请核对第三部分的申请数")));
    EXPECT_TRUE(review()->banner()->noteLabel()->text().contains(QStringLiteral("已按意见修改")));
}

TEST_F(ReviewNotesUiTest, TheHistoryTabListsEveryStepWithWhoWhenAndTheNote)
{
    signIn(Clerk);
    openSeed();
    submitWithNote(QStringLiteral("第一次提交"));
    signIn(Supervisor);
    andReload([this] { ASSERT_TRUE(review()->transitions()->returnReport(QStringLiteral("请核对"))); });
    signIn(Clerk);
    submitWithNote(QStringLiteral("已修改"));
    signIn(Supervisor);
    andReload([this] { ASSERT_TRUE(review()->transitions()->approve(QStringLiteral("同意"))); });

    ReviewDock *dock = review()->dock();
    dock->showHistory();
    QTableView *view = dock->historyView();
    ASSERT_TRUE(view->isVisibleTo(window.get()));
    ASSERT_EQ(view->model()->rowCount(), 4);
    const auto cell = [view](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };
    EXPECT_EQ(view->model()->headerData(ReviewHistoryModel::ActorColumn, Qt::Horizontal).toString(),
              QStringLiteral("操作人"));
    const QStringList who = {
        cell(0, ReviewHistoryModel::ActorColumn), cell(1, ReviewHistoryModel::ActorColumn),
        cell(2, ReviewHistoryModel::ActorColumn), cell(3, ReviewHistoryModel::ActorColumn)};
    EXPECT_EQ(who, (QStringList{Clerk, Supervisor, Clerk, Supervisor}));
    const QStringList notes = {
        cell(0, ReviewHistoryModel::NoteColumn), cell(1, ReviewHistoryModel::NoteColumn),
        cell(2, ReviewHistoryModel::NoteColumn), cell(3, ReviewHistoryModel::NoteColumn)};
    EXPECT_EQ(notes, (QStringList{QStringLiteral("第一次提交"), QStringLiteral("请核对"),
                                  QStringLiteral("已修改"), QStringLiteral("同意")}));
    EXPECT_EQ(cell(3, ReviewHistoryModel::ActionColumn), QStringLiteral("审核通过"));
    for (int row = 0; row < 4; ++row)
        EXPECT_FALSE(cell(row, ReviewHistoryModel::WhenColumn).isEmpty());
}
