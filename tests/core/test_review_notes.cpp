// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "review/reviewhistorymodel.h"
#include "review/reviewnotes.h"
#include "reviewtestsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class ReviewNotesTest : public ReviewTest
{
protected:
    const Format &format()
    {
        const StoreResult<StoredReport> stored = m_store->loadReport(m_reportId);
        EXPECT_TRUE(stored);
        m_format = stored->report.format();
        return *m_format;
    }

    /// Submits with the note and a reason of its own for each warning ("理由 1", "理由 2", …).
    QList<Finding> submitWithReasons(const QString &note)
    {
        const StoreResult<ReviewCheck> check = m_workflow->check(m_reportId, ReviewAction::Submit, clerk());
        EXPECT_TRUE(check);
        SubmitRequest request;
        request.note = note;
        for (qsizetype i = 0; i < check->warnings.size(); ++i)
            request.acknowledgements.append(WarningAcknowledgement::of(format(), check->warnings[i],
                                                                       QStringLiteral("理由 %1").arg(i + 1)));
        const StoreResult<int> submitted = m_workflow->submit(m_reportId, clerk(), request);
        EXPECT_TRUE(submitted) << submitted.error().message.toStdString();
        return check->warnings;
    }

    ReviewNotes notes()
    {
        const StoreResult<ReviewNotes> loaded = m_workflow->notes(m_reportId);
        EXPECT_TRUE(loaded) << loaded.error().message.toStdString();
        return loaded ? loaded.value() : ReviewNotes();
    }

    const Format *m_format = nullptr;
};

ReviewTransition step(ReviewAction action, const QString &note)
{
    ReviewTransition transition;
    transition.action = action;
    transition.note = note;
    return transition;
}

} // namespace

TEST_P(ReviewNotesTest, ADraftHasNoNotes)
{
    const ReviewNotes none = notes();
    EXPECT_FALSE(none.returned);
    EXPECT_FALSE(none.submission);
    EXPECT_TRUE(none.acknowledgements.isEmpty());
}

TEST_P(ReviewNotesTest, TheSupervisorReadsTheSubmissionNoteAndEachReasonBesideItsWarning)
{
    const QList<Finding> warnings = submitWithReasons(QStringLiteral("请审核，第三部分已核对"));
    ASSERT_GE(warnings.size(), 2) << "the 2021 seed should keep several warnings";

    const ReviewNotes submitted = notes();
    EXPECT_FALSE(submitted.returned);
    ASSERT_TRUE(submitted.submission);
    EXPECT_EQ(submitted.submission->note, QStringLiteral("请审核，第三部分已核对"));
    EXPECT_EQ(submitted.submission->actor, clerk().name);
    ASSERT_EQ(submitted.acknowledgements.size(), warnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        const WarningAcknowledgement *reason = submitted.reasonFor(format(), warnings[i]);
        ASSERT_NE(reason, nullptr) << warnings[i].message.toStdString();
        EXPECT_EQ(reason->reason, QStringLiteral("理由 %1").arg(i + 1)) << warnings[i].message.toStdString();
        EXPECT_EQ(reason->actor, clerk().name);
    }
}

TEST_P(ReviewNotesTest, AnErrorOrAnUnacknowledgedFindingHasNoReason)
{
    const QList<Finding> warnings = submitWithReasons({});
    ASSERT_FALSE(warnings.isEmpty());
    Finding error = warnings.first();
    error.severity = Severity::Error;
    EXPECT_EQ(notes().reasonFor(format(), error), nullptr);
    Finding elsewhere = warnings.first();
    elsewhere.rule = QStringLiteral("no.such.rule");
    EXPECT_EQ(notes().reasonFor(format(), elsewhere), nullptr);
}

TEST_P(ReviewNotesTest, TheReturnNoteStandsForTheClerkUntilTheNextSubmission)
{
    submitWithReasons(QStringLiteral("第一次提交"));
    ASSERT_TRUE(m_workflow->returnReport(m_reportId, supervisor(), QStringLiteral("请核对第三部分的申请数")));

    const ReviewNotes returned = notes();
    ASSERT_TRUE(returned.returned);
    EXPECT_EQ(returned.returned->note, QStringLiteral("请核对第三部分的申请数"));
    EXPECT_EQ(returned.returned->actor, supervisor().name);
    EXPECT_FALSE(returned.submission) << "the returned submission no longer speaks for the report";
    EXPECT_TRUE(returned.acknowledgements.isEmpty());

    submitWithReasons(QStringLiteral("已按意见修改"));
    const ReviewNotes resubmitted = notes();
    EXPECT_FALSE(resubmitted.returned);
    ASSERT_TRUE(resubmitted.submission);
    EXPECT_EQ(resubmitted.submission->note, QStringLiteral("已按意见修改"));
}

TEST_P(ReviewNotesTest, AnApprovedReportKeepsTheSubmissionItApproved)
{
    submitWithReasons(QStringLiteral("请审核"));
    ASSERT_TRUE(m_workflow->approve(m_reportId, supervisor(), QStringLiteral("同意")));
    const ReviewNotes approved = notes();
    EXPECT_FALSE(approved.returned);
    ASSERT_TRUE(approved.submission);
    EXPECT_EQ(approved.submission->note, QStringLiteral("请审核"));
    EXPECT_FALSE(approved.acknowledgements.isEmpty());
}

TEST(ReviewNotes, OnlyTheLatestSubmissionOrReturnSpeaks)
{
    const QList<WarningAcknowledgement> kept = {WarningAcknowledgement{}};
    const ReviewNotes afterReturn = ReviewNotes::of(
        {step(ReviewAction::Submit, QStringLiteral("一")), step(ReviewAction::Return, QStringLiteral("二"))},
        kept);
    ASSERT_TRUE(afterReturn.returned);
    EXPECT_EQ(afterReturn.returned->note, QStringLiteral("二"));
    EXPECT_FALSE(afterReturn.submission);
    EXPECT_TRUE(afterReturn.acknowledgements.isEmpty());

    const ReviewNotes afterApproval = ReviewNotes::of(
        {step(ReviewAction::Submit, QStringLiteral("一")), step(ReviewAction::Return, QStringLiteral("二")),
         step(ReviewAction::Submit, QStringLiteral("三")), step(ReviewAction::Approve, QStringLiteral("四"))},
        kept);
    EXPECT_FALSE(afterApproval.returned);
    ASSERT_TRUE(afterApproval.submission);
    EXPECT_EQ(afterApproval.submission->note, QStringLiteral("三"));
    EXPECT_EQ(afterApproval.acknowledgements.size(), 1);
    EXPECT_EQ(afterReturn.submissions, 1);
    EXPECT_EQ(afterApproval.submissions, 2) << "submissions, not steps";

    const ReviewNotes nothing = ReviewNotes::of({}, kept);
    EXPECT_FALSE(nothing.returned || nothing.submission);
    EXPECT_TRUE(nothing.acknowledgements.isEmpty());
    EXPECT_EQ(nothing.submissions, 0);
    EXPECT_FALSE(ReviewNotes{}.submissions) << "unknown until a history is read";
}

TEST_P(ReviewNotesTest, TheHistoryTableShowsEveryStepWithWhoAndTheNote)
{
    submitWithReasons(QStringLiteral("第一次提交"));
    ASSERT_TRUE(m_workflow->returnReport(m_reportId, supervisor(), QStringLiteral("请核对")));
    submitWithReasons(QStringLiteral("已修改"));
    ASSERT_TRUE(m_workflow->approve(m_reportId, supervisor(), {}));

    const StoreResult<QList<ReviewTransition>> history = m_workflow->history(m_reportId);
    ASSERT_TRUE(history);
    ReviewHistoryModel model;
    model.setHistory(history.value());
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), ReviewHistoryModel::ColumnCount);
    const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    const QStringList actions = {
        cell(0, ReviewHistoryModel::ActionColumn), cell(1, ReviewHistoryModel::ActionColumn),
        cell(2, ReviewHistoryModel::ActionColumn), cell(3, ReviewHistoryModel::ActionColumn)};
    EXPECT_EQ(
        actions,
        (QStringList{reviewActionLabel(ReviewAction::Submit), reviewActionLabel(ReviewAction::Return),
                     reviewActionLabel(ReviewAction::Submit), reviewActionLabel(ReviewAction::Approve)}));
    EXPECT_EQ(cell(0, ReviewHistoryModel::ActorColumn), clerk().name);
    EXPECT_EQ(cell(1, ReviewHistoryModel::ActorColumn), supervisor().name);
    EXPECT_EQ(cell(3, ReviewHistoryModel::ActorColumn), supervisor().name);
    EXPECT_EQ(cell(0, ReviewHistoryModel::NoteColumn), QStringLiteral("第一次提交"));
    EXPECT_EQ(cell(1, ReviewHistoryModel::NoteColumn), QStringLiteral("请核对"));
    EXPECT_EQ(cell(2, ReviewHistoryModel::NoteColumn), QStringLiteral("已修改"));
    EXPECT_TRUE(
        cell(1, ReviewHistoryModel::StatusColumn).contains(reportStatusLabel(ReportStatus::Returned)));
    EXPECT_TRUE(
        cell(3, ReviewHistoryModel::StatusColumn).endsWith(reportStatusLabel(ReportStatus::Approved)));
    EXPECT_EQ(cell(3, ReviewHistoryModel::RevisionColumn), QString::number(history->last().revision));
    EXPECT_EQ(cell(0, ReviewHistoryModel::WhenColumn),
              history->first().at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    EXPECT_FALSE(cell(0, ReviewHistoryModel::WhenColumn).isEmpty());
}

NIANBAO_ON_EACH_BACKEND(ReviewNotesTest);
