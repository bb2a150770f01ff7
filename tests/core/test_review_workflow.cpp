// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "review/commentstore.h"
#include "review/supervisedagencies.h"
#include "review/userdirectory.h"
#include "reviewtestsupport.h"
#include "storage/agencydirectory.h"
#include "storage/storeschema.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "textlayout/reportwriter.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

enum class Actor : quint8 { OwnClerk, OtherClerk, Supervisor };

const char *actorName(Actor actor)
{
    switch (actor) {
    case Actor::OwnClerk:
        return "OwnClerk";
    case Actor::OtherClerk:
        return "OtherClerk";
    case Actor::Supervisor:
        break;
    }
    return "Supervisor";
}

struct TransitionCase
{
    ReportStatus from;
    ReviewAction action;
    Actor actor;
};

// The workflow of the issue, written out: clerks of the agency submit drafts and returned reports;
// the supervisor returns or approves submitted ones. Everything else is refused.
bool allowedBySpec(const TransitionCase &c)
{
    switch (c.action) {
    case ReviewAction::Submit:
        return c.actor == Actor::OwnClerk &&
               (c.from == ReportStatus::Draft || c.from == ReportStatus::Returned);
    case ReviewAction::Return:
    case ReviewAction::Approve:
        return c.actor == Actor::Supervisor && c.from == ReportStatus::Submitted;
    }
    return false;
}

ReportStatus expectedTarget(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Submit:
        return ReportStatus::Submitted;
    case ReviewAction::Return:
        return ReportStatus::Returned;
    case ReviewAction::Approve:
        break;
    }
    return ReportStatus::Approved;
}

QList<TransitionCase> everyTransition()
{
    QList<TransitionCase> cases;
    for (const ReportStatus from :
         {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned, ReportStatus::Approved}) {
        for (const ReviewAction action :
             {ReviewAction::Submit, ReviewAction::Return, ReviewAction::Approve}) {
            for (const Actor actor : {Actor::OwnClerk, Actor::OtherClerk, Actor::Supervisor})
                cases.append({from, action, actor});
        }
    }
    return cases;
}

class ReviewTransitionTest : public OnEachBackendWith<ReviewFixture, TransitionCase>
{
protected:
    const User &userFor(Actor actor) const
    {
        return actor == Actor::OwnClerk ? clerk() : actor == Actor::OtherClerk ? otherClerk() : supervisor();
    }
};

} // namespace

TEST_P(ReviewTransitionTest, AllowsExactlyTheWorkflowsTransitions)
{
    const TransitionCase c = testCase();
    bringTo(m_reportId, c.from);
    const int revisionBefore = m_store->loadReport(m_reportId)->revision;
    const qsizetype logBefore = m_store->auditLog(m_reportId)->size();
    const User &user = userFor(c.actor);
    const QString note = QStringLiteral("备注：第%1次").arg(int(c.action));

    const StoreResult<ReviewCheck> check = m_workflow->check(m_reportId, c.action, user);
    ASSERT_TRUE(check);
    EXPECT_EQ(!check->refusal, allowedBySpec(c));
    const StoreResult<int> result = c.action == ReviewAction::Submit
                                        ? submitAcknowledged(m_reportId, user)
                                        : m_workflow->perform(m_reportId, c.action, user, note);
    if (!allowedBySpec(c)) {
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code, StoreError::Code::Refused);
        EXPECT_FALSE(result.error().message.isEmpty());
        EXPECT_EQ(statusOf(m_reportId), c.from);
        EXPECT_EQ(m_store->loadReport(m_reportId)->revision, revisionBefore);
        EXPECT_EQ(m_store->auditLog(m_reportId)->size(), logBefore);
        return;
    }
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result.value(), revisionBefore + 1);
    EXPECT_EQ(statusOf(m_reportId), expectedTarget(c.action));
    const QList<ReviewTransition> history = m_workflow->history(m_reportId).value();
    ASSERT_FALSE(history.isEmpty());
    const ReviewTransition &last = history.constLast();
    EXPECT_EQ(last.action, c.action);
    EXPECT_EQ(last.actor, user.name);
    EXPECT_EQ(last.from, c.from);
    EXPECT_EQ(last.to, expectedTarget(c.action));
    EXPECT_EQ(last.revision, result.value());
    if (c.action != ReviewAction::Submit) {
        EXPECT_EQ(last.note, note);
    }
    EXPECT_LE(qAbs(last.at.secsTo(QDateTime::currentDateTimeUtc())), 60);
}

INSTANTIATE_TEST_SUITE_P(EveryStatusActionAndRole, ReviewTransitionTest,
                         ::testing::Combine(backends(), ::testing::ValuesIn(everyTransition())),
                         backendAndCaseName<TransitionCase>([](const TransitionCase &c) {
                             return reportStatusId(c.from).toStdString() + "_" +
                                    reviewActionId(c.action).toStdString() + "_" + actorName(c.actor);
                         }));

namespace {

class ReviewLockTest : public OnEachBackendWith<ReviewFixture, ReportStatus>
{
protected:
    bool editable() const
    {
        return testCase() == ReportStatus::Draft || testCase() == ReportStatus::Returned;
    }
};

} // namespace

TEST_P(ReviewLockTest, StoreEditsObeyTheLock)
{
    bringTo(m_reportId, testCase());
    const StoredReport before = m_store->loadReport(m_reportId).value();
    const QString cellId = QStringLiteral("p3/received/natural");
    const int cell = before.report.format()->cellIndex(cellId);
    const qint64 oldCount = before.report.cell(cell).number().units();

    const StoreResult<int> setCell = m_store->setCell(
        m_reportId, cellId, CellValue::amount(Decimal::fromUnits(oldCount + 10000), AmountUnit::None),
        before.revision);
    const StoreResult<int> setText =
        m_store->setNarrative(m_reportId, 1, QStringLiteral("改写的总体情况。"), before.revision);
    ReportMeta meta = before.report.meta;
    meta.documentNumber = QStringLiteral("南政〔2022〕9号");
    const StoreResult<int> setMeta = m_store->setMeta(m_reportId, meta, before.revision);
    Report replacement = nandingReport();
    replacement.preamble = QStringLiteral("另一份报告。");
    const StoreResult<ImportedReport> replaced = m_store->importReport(replacement, true);

    if (editable()) {
        EXPECT_TRUE(setCell) << setCell.error().message.toStdString();
        EXPECT_FALSE(setText); // conflict: the revision moved on with the cell
        EXPECT_TRUE(replaced) << replaced.error().message.toStdString();
        EXPECT_EQ(statusOf(m_reportId), testCase()); // a replacing import keeps the status
        return;
    }
    for (const StoreError &error : {setCell.error(), setText.error(), setMeta.error(), replaced.error()}) {
        EXPECT_EQ(error.code, StoreError::Code::Locked);
        EXPECT_FALSE(error.message.isEmpty());
    }
    const StoredReport after = m_store->loadReport(m_reportId).value();
    EXPECT_EQ(after.report, before.report);
    EXPECT_EQ(after.revision, before.revision);
}

TEST_P(ReviewLockTest, DirectSqlOnALockedReportFails)
{
    bringTo(m_reportId, testCase());
    const QString id = QString::number(m_reportId);
    const QStringList statements = {
        QStringLiteral(
            "UPDATE cells SET units = units + 10000 WHERE report_id = %1 AND cell = 'p3/received/natural'")
            .arg(id),
        QStringLiteral("DELETE FROM cells WHERE report_id = %1 AND cell = 'p3/received/business'").arg(id),
        QStringLiteral("INSERT INTO cells (report_id, cell, units, unit, text)"
                       " VALUES (%1, 'p3/received/research', 990000, '', '99')"
                       " ON CONFLICT (report_id, cell) DO UPDATE SET units = excluded.units")
            .arg(id),
        QStringLiteral("UPDATE narratives SET text = '篡改' WHERE report_id = %1 AND part = 1").arg(id),
        QStringLiteral("DELETE FROM narratives WHERE report_id = %1 AND part = 2").arg(id),
        QStringLiteral("UPDATE report_meta SET issuer = '别的单位' WHERE report_id = %1").arg(id),
        QStringLiteral("UPDATE reports SET revision = revision + 1 WHERE id = %1").arg(id),
        QStringLiteral("UPDATE reports SET format = format WHERE id = %1").arg(id),
    };
    for (const QString &sql : statements) {
        const QString failure = rawSql(sql);
        if (editable())
            EXPECT_EQ(failure, QString()) << sql.toStdString();
        else
            EXPECT_TRUE(failure.contains(QStringLiteral("nianbao: report locked"))) << sql.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    EveryStatus, ReviewLockTest,
    ::testing::Combine(backends(), ::testing::Values(ReportStatus::Draft, ReportStatus::Submitted,
                                                     ReportStatus::Returned, ReportStatus::Approved)),
    backendAndCaseName<ReportStatus>([](ReportStatus status) {
        return reportStatusId(status).toStdString();
    }));

namespace {

struct StatusChange
{
    const char *from;
    const char *to;
    bool allowed;
};

class ReviewStatusTriggerTest : public OnEachBackendWith<ReviewFixture, StatusChange>
{
};

} // namespace

TEST_P(ReviewStatusTriggerTest, TheDatabaseKnowsTheStatusGraph)
{
    const StatusChange change = testCase();
    // Put the row into the starting status without the trigger, then try the change with it.
    ASSERT_EQ(dropGuard(QStringLiteral("reports_status_change")), QString());
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE reports SET status = '%1' WHERE id = %2")
                         .arg(QLatin1StringView(change.from))
                         .arg(m_reportId)),
              QString());
    ASSERT_EQ(restoreGuard(QStringLiteral("reports_status_change")), QString());
    const QString failure = rawSql(QStringLiteral("UPDATE reports SET status = '%1' WHERE id = %2")
                                       .arg(QLatin1StringView(change.to))
                                       .arg(m_reportId));
    if (change.allowed)
        EXPECT_EQ(failure, QString());
    else
        EXPECT_TRUE(failure.contains(QStringLiteral("nianbao: status change refused")))
            << failure.toStdString();
}

INSTANTIATE_TEST_SUITE_P(StatusPairs, ReviewStatusTriggerTest,
                         ::testing::Combine(backends(),
                                            ::testing::Values(StatusChange{"draft", "submitted", true},
                                                              StatusChange{"returned", "submitted", true},
                                                              StatusChange{"submitted", "returned", true},
                                                              StatusChange{"submitted", "approved", true},
                                                              StatusChange{"draft", "returned", false},
                                                              StatusChange{"draft", "approved", false},
                                                              StatusChange{"submitted", "draft", false},
                                                              StatusChange{"returned", "approved", false},
                                                              StatusChange{"returned", "draft", false},
                                                              StatusChange{"approved", "draft", false},
                                                              StatusChange{"approved", "submitted", false},
                                                              StatusChange{"approved", "returned", false},
                                                              StatusChange{"draft", "deleted", false})),
                         backendAndCaseName<StatusChange>([](const StatusChange &change) {
                             return std::string(change.from) + "_to_" + change.to;
                         }));

TEST_P(ReviewTest, SubmittingWithErrorsIsRefusedWithTheErrors)
{
    Report broken = nandingReport();
    const int received = broken.format()->cellIndex(QStringLiteral("p3/received/total"));
    broken.setCell(received, CellValue::count(broken.cell(received).number().units() / 10000 + 7));
    ASSERT_TRUE(m_store->importReport(broken, true));
    const StoreResult<ReviewCheck> check = m_workflow->check(m_reportId, ReviewAction::Submit, clerk());
    ASSERT_TRUE(check);
    ASSERT_FALSE(check->errors.isEmpty());
    EXPECT_FALSE(check->allowed());

    const StoreResult<int> submitted = submitAcknowledged(m_reportId);
    ASSERT_FALSE(submitted);
    EXPECT_EQ(submitted.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(submitted.error().message.contains(check->errors.constFirst().message))
        << submitted.error().message.toStdString();
    EXPECT_EQ(statusOf(m_reportId), ReportStatus::Draft);
}

TEST_P(ReviewTest, EveryWarningNeedsAReason)
{
    const StoreResult<ReviewCheck> check = m_workflow->check(m_reportId, ReviewAction::Submit, clerk());
    ASSERT_TRUE(check);
    ASSERT_TRUE(check->errors.isEmpty());
    ASSERT_GE(check->warnings.size(), 2);
    const Format &format = *Format::byId(QStringLiteral("2021"));

    // Nothing acknowledged: refused, listing the warnings.
    const StoreResult<int> bare = m_workflow->submit(m_reportId, clerk(), {});
    ASSERT_FALSE(bare);
    EXPECT_EQ(bare.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(bare.error().message.contains(check->warnings.constFirst().message));

    // All but the last: still refused, naming the one left.
    SubmitRequest partial = SubmitRequest::acknowledgeAll(format, check->warnings, QStringLiteral("属实"));
    partial.acknowledgements.removeLast();
    const StoreResult<int> incomplete = m_workflow->submit(m_reportId, clerk(), partial);
    ASSERT_FALSE(incomplete);
    EXPECT_TRUE(incomplete.error().message.contains(check->warnings.constLast().message));

    // An empty reason does not count.
    const StoreResult<int> blank = m_workflow->submit(
        m_reportId, clerk(), SubmitRequest::acknowledgeAll(format, check->warnings, QStringLiteral("  ")));
    ASSERT_FALSE(blank);
    EXPECT_EQ(statusOf(m_reportId), ReportStatus::Draft);

    SubmitRequest request = SubmitRequest::acknowledgeAll(format, check->warnings, QStringLiteral("属实"));
    request.acknowledgements.last().reason = QStringLiteral("金山镇是邻镇，合作项目");
    request.note = QStringLiteral("请审核");
    const StoreResult<int> submitted = m_workflow->submit(m_reportId, clerk(), request);
    ASSERT_TRUE(submitted) << submitted.error().message.toStdString();
    const QList<WarningAcknowledgement> stored = m_workflow->acknowledgements(m_reportId).value();
    ASSERT_EQ(stored.size(), check->warnings.size());
    EXPECT_EQ(stored.constLast().reason, QStringLiteral("金山镇是邻镇，合作项目"));
    EXPECT_EQ(stored.constLast().rule, check->warnings.constLast().rule);
    EXPECT_EQ(stored.constLast().actor, clerk().name);
    EXPECT_EQ(stored.constLast().revision, submitted.value());
    EXPECT_EQ(m_workflow->history(m_reportId)->constLast().note, QStringLiteral("请审核"));
}

TEST_P(ReviewTest, EachSubmissionKeepsASnapshot)
{
    const Report content = m_store->loadReport(m_reportId)->report;
    bringTo(m_reportId, ReportStatus::Returned);
    ASSERT_TRUE(m_store->setNarrative(m_reportId, 6, QStringLiteral("无其他需要报告的事项。"),
                                      m_store->loadReport(m_reportId)->revision));
    ASSERT_TRUE(submitAcknowledged(m_reportId));

    const QList<int> submitted = m_workflow->submittedRevisions(m_reportId).value();
    ASSERT_EQ(submitted.size(), 2);
    EXPECT_EQ(m_store->loadRevision(m_reportId, submitted[0]).value(), content);
    EXPECT_EQ(m_store->loadRevision(m_reportId, submitted[1]).value(),
              m_store->loadReport(m_reportId)->report);
    EXPECT_EQ(m_store->loadRevision(m_reportId, submitted[1])->parts[5],
              QStringLiteral("无其他需要报告的事项。"));
}

TEST_P(ReviewTest, ReturningNeedsANoteOrAnOpenComment)
{
    bringTo(m_reportId, ReportStatus::Submitted);
    const StoreResult<int> silent = m_workflow->returnReport(m_reportId, supervisor(), QStringLiteral(" "));
    ASSERT_FALSE(silent);
    EXPECT_EQ(silent.error().code, StoreError::Code::Refused);

    CommentStore comments(*m_store);
    ASSERT_TRUE(comments.addComment(m_reportId, CommentAnchor::ofCell(QStringLiteral("p3/received/total")),
                                    QStringLiteral("申请数与正文不符"), supervisor()));
    EXPECT_TRUE(m_workflow->returnReport(m_reportId, supervisor(), {}));
    EXPECT_EQ(statusOf(m_reportId), ReportStatus::Returned);
}

TEST_P(ReviewTest, UsersAndRoles)
{
    UserDirectory users(*m_store);
    const QList<User> all = users.users().value();
    ASSERT_EQ(all.size(), 3);
    const User wang = users.user(QStringLiteral("王审核")).value();
    EXPECT_EQ(wang.role, UserRole::Supervisor);
    EXPECT_EQ(users.user(QStringLiteral("李填报"))->agencies, QStringList{agency});

    // Only a supervisor adds users; names are unique; a clerk needs an agency.
    const StoreResult<User> byClerk =
        users.addUser(QStringLiteral("钱"), UserRole::Clerk, {agency}, clerk().name);
    ASSERT_FALSE(byClerk);
    EXPECT_EQ(byClerk.error().code, StoreError::Code::Refused);
    EXPECT_FALSE(users.addUser(QStringLiteral("钱"), UserRole::Clerk, {agency}));
    EXPECT_FALSE(users.addUser(QStringLiteral("李填报"), UserRole::Clerk, {agency}, wang.name));
    EXPECT_FALSE(users.addUser(QStringLiteral("孙"), UserRole::Clerk, {}, wang.name));
    const StoreResult<User> second =
        users.addUser(QStringLiteral("周审核"), UserRole::Supervisor, {}, wang.name);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->createdBy, wang.name);

    const StoreResult<User> moved =
        users.setAgencies(clerk().name, {agency, otherAgency}, QStringLiteral("周审核"));
    ASSERT_TRUE(moved);
    EXPECT_TRUE(moved->coversAgency(otherAgency));
    EXPECT_FALSE(users.setAgencies(clerk().name, {agency}, otherClerk().name));
}

TEST_P(ReviewTest, TheFirstUserBecomesTheSupervisor)
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    std::unique_ptr<ReportStore> fresh = ReportStore::open(path).value();
    UserDirectory users(*fresh);
    EXPECT_TRUE(users.isEmpty().value());
    const StoreResult<User> first = users.addUser(QStringLiteral("第一人"), UserRole::Clerk, {agency});
    ASSERT_TRUE(first);
    EXPECT_EQ(first->role, UserRole::Supervisor);
    EXPECT_FALSE(users.isEmpty().value());
    EXPECT_EQ(users.addUser(QStringLiteral("第二人"), UserRole::Clerk, {agency}).error().code,
              StoreError::Code::Refused);
}

TEST_P(ReviewTest, PolicyForEditing)
{
    for (const ReportStatus status :
         {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned, ReportStatus::Approved}) {
        const bool open = status == ReportStatus::Draft || status == ReportStatus::Returned;
        EXPECT_EQ(!ReviewPolicy::editRefusal(clerk(), agency, status), open);
        EXPECT_TRUE(ReviewPolicy::editRefusal(otherClerk(), agency, status));
        EXPECT_TRUE(ReviewPolicy::editRefusal(supervisor(), agency, status));
        EXPECT_EQ(reportStatusAllowsEdits(status), open);
    }
    EXPECT_EQ(ReviewPolicy::allowedActions(supervisor(), agency, ReportStatus::Submitted),
              (QList<ReviewAction>{ReviewAction::Return, ReviewAction::Approve}));
    EXPECT_EQ(ReviewPolicy::allowedActions(clerk(), agency, ReportStatus::Returned),
              QList<ReviewAction>{ReviewAction::Submit});
    EXPECT_TRUE(ReviewPolicy::allowedActions(clerk(), agency, ReportStatus::Approved).isEmpty());
}

TEST_P(ReviewTest, StatusLabelsAreChinese)
{
    EXPECT_EQ(reportStatusLabel(ReportStatus::Draft), QStringLiteral("草稿"));
    EXPECT_EQ(reportStatusLabel(ReportStatus::Submitted), QStringLiteral("已提交"));
    EXPECT_EQ(reportStatusLabel(ReportStatus::Returned), QStringLiteral("退回修改"));
    EXPECT_EQ(reportStatusLabel(ReportStatus::Approved), QStringLiteral("已审核"));
    EXPECT_EQ(userRoleLabel(UserRole::Clerk), QStringLiteral("填报人"));
    EXPECT_EQ(userRoleLabel(UserRole::Supervisor), QStringLiteral("审核人"));
    for (const ReportStatus status :
         {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned, ReportStatus::Approved})
        EXPECT_EQ(reportStatusFromId(reportStatusId(status)), status);
}

TEST_P(ReviewTest, ApprovalHashDetectsTamperingWithTheContent)
{
    bringTo(m_reportId, ReportStatus::Approved);
    const Report approved = m_store->loadReport(m_reportId)->report;
    const ApprovalCheck intact = m_workflow->verifyApproval(m_reportId).value();
    EXPECT_TRUE(intact.intact());
    EXPECT_EQ(intact.approvedBy, supervisor().name);
    EXPECT_EQ(intact.storedHash,
              QString::fromLatin1(
                  QCryptographicHash::hash(ReportWriter::write(approved).toUtf8(), QCryptographicHash::Sha256)
                      .toHex()));
    EXPECT_TRUE(intact.problem().isEmpty());

    // Someone with the database open bypasses the lock to change a figure.
    ASSERT_EQ(dropGuard(QStringLiteral("cells_locked_update")), QString());
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE cells SET units = units + 10000, text = text || '1'"
                                    " WHERE report_id = %1 AND cell = 'p3/disclosed/natural'")
                         .arg(m_reportId)),
              QString());
    const ApprovalCheck tampered = m_workflow->verifyApproval(m_reportId).value();
    EXPECT_FALSE(tampered.intact());
    EXPECT_FALSE(tampered.contentMatches);
    EXPECT_TRUE(tampered.snapshotMatches);
    EXPECT_FALSE(tampered.problem().isEmpty());
}

TEST_P(ReviewTest, ApprovalHashDetectsTamperingWithTheSnapshot)
{
    bringTo(m_reportId, ReportStatus::Approved);
    const int revision = m_workflow->verifyApproval(m_reportId)->revision;
    ASSERT_EQ(changeSnapshot(m_reportId, revision), QString());
    const ApprovalCheck tampered = m_workflow->verifyApproval(m_reportId).value();
    EXPECT_FALSE(tampered.snapshotMatches);
    EXPECT_TRUE(tampered.contentMatches);
    EXPECT_FALSE(tampered.intact());
}

TEST_P(ReviewTest, ApprovalsCannotBeRewritten)
{
    bringTo(m_reportId, ReportStatus::Approved);
    EXPECT_FALSE(rawSql(QStringLiteral("UPDATE approvals SET sha256 = 'x'")).isEmpty());
    EXPECT_FALSE(rawSql(QStringLiteral("DELETE FROM approvals")).isEmpty());
    EXPECT_FALSE(rawSql(QStringLiteral("DELETE FROM reports WHERE id = %1").arg(m_reportId)).isEmpty());
    EXPECT_TRUE(m_workflow->verifyApproval(m_reportId)->intact());
}

TEST_P(ReviewTest, AnApprovalBySqlAloneIsDetected)
{
    // The trigger allows 已提交 → 已审核, so a direct update passes; the missing approval record shows.
    bringTo(m_reportId, ReportStatus::Submitted);
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE reports SET status = 'approved' WHERE id = %1").arg(m_reportId)),
              QString());
    const ApprovalCheck check = m_workflow->verifyApproval(m_reportId).value();
    EXPECT_TRUE(check.approved);
    EXPECT_TRUE(check.storedHash.isEmpty());
    EXPECT_FALSE(check.intact());
    EXPECT_TRUE(check.problem().contains(QStringLiteral("审核记录"))) << check.problem().toStdString();
}

TEST_P(ReviewTest, ANotApprovedReportHasNothingToVerify)
{
    const ApprovalCheck check = m_workflow->verifyApproval(m_reportId).value();
    EXPECT_FALSE(check.approved);
    EXPECT_TRUE(check.problem().isEmpty());
}

TEST_P(ReviewTest, ChangesSinceThePreviousSubmission)
{
    EXPECT_FALSE(m_workflow->changesSincePreviousSubmission(m_reportId).value());
    bringTo(m_reportId, ReportStatus::Returned);
    EXPECT_TRUE(m_workflow->changesSincePreviousSubmission(m_reportId).value()->isEmpty());

    const StoredReport returned = m_store->loadReport(m_reportId).value();
    const QString cellId = QStringLiteral("p2.item5/licensing/decisions");
    const int cell = returned.report.format()->cellIndex(cellId);
    const QString oldText = returned.report.cell(cell).toText(CellKind::Count);
    const int revision =
        m_store
            ->setNarrative(m_reportId, 6, returned.report.parts[5] + QStringLiteral("补充说明。"),
                           returned.revision)
            .value();
    ASSERT_TRUE(m_store->setCell(m_reportId, cellId, CellValue::count(3), revision));
    // A report that is not submitted compares with its latest submission.
    const std::optional<RevisionDiff> pending =
        m_workflow->changesSincePreviousSubmission(m_reportId).value();
    ASSERT_TRUE(pending);
    EXPECT_TRUE(pending->changesCell(cellId));
    ASSERT_TRUE(submitAcknowledged(m_reportId));

    const std::optional<RevisionDiff> diff = m_workflow->changesSincePreviousSubmission(m_reportId).value();
    ASSERT_TRUE(diff);
    const QList<int> submitted = m_workflow->submittedRevisions(m_reportId).value();
    EXPECT_EQ(diff->oldRevision, submitted[0]);
    EXPECT_EQ(diff->newRevision, submitted[1]);
    ASSERT_EQ(diff->cells.size(), 1);
    EXPECT_EQ(diff->cells[0].cellId, cellId);
    EXPECT_EQ(diff->cells[0].oldText, oldText);
    EXPECT_EQ(diff->cells[0].newText, QStringLiteral("3"));
    ASSERT_EQ(diff->narrative.size(), 1);
    EXPECT_EQ(diff->narrative[0].part, 6);
    EXPECT_EQ(diff->narrative[0].segments.constLast(),
              (DiffSegment{DiffSegment::Kind::Added, QStringLiteral("补充说明。")}));
}

TEST_P(ReviewTest, CommentsOnCellsTablesPartsAndPassages)
{
    CommentStore comments(*m_store);
    const QString partText = m_store->loadReport(m_reportId)->report.parts[0];
    const int at = int(partText.indexOf(QStringLiteral("主动公开政府信息")));
    ASSERT_GE(at, 0);
    const CommentAnchor anchors[] = {CommentAnchor::ofCell(QStringLiteral("p3/received/total")),
                                     CommentAnchor::ofTable(QStringLiteral("p4")), CommentAnchor::ofPart(2),
                                     CommentAnchor::ofPassage(1, partText, at, 8), CommentAnchor::ofReport()};
    QList<qint64> ids;
    for (const CommentAnchor &anchor : anchors) {
        const StoreResult<Comment> added =
            comments.addComment(m_reportId, anchor, QStringLiteral("请核实"), supervisor());
        ASSERT_TRUE(added) << added.error().message.toStdString();
        EXPECT_EQ(added->anchor, anchor);
        EXPECT_EQ(added->author, supervisor().name);
        ids.append(added->id);
    }
    EXPECT_EQ(anchors[3].quote, QStringLiteral("主动公开政府信息"));

    const StoreResult<Comment> answer = comments.reply(ids[0], QStringLiteral("已改正"), clerk());
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->parentId, ids[0]);
    // A reply to a reply joins the same thread.
    ASSERT_TRUE(comments.reply(answer->id, QStringLiteral("好的"), supervisor()));
    ASSERT_TRUE(comments.setResolved(answer->id, true, clerk()));

    const QList<CommentThread> threads = comments.threads(m_reportId).value();
    ASSERT_EQ(threads.size(), 5);
    EXPECT_EQ(threads[0].replies.size(), 2);
    EXPECT_EQ(threads[0].replies[0].text, QStringLiteral("已改正"));
    EXPECT_TRUE(threads[0].resolved);
    EXPECT_EQ(threads[0].resolvedBy, clerk().name);
    EXPECT_EQ(threads[3].comment.anchor.quote, QStringLiteral("主动公开政府信息"));
    EXPECT_EQ(comments.unresolved(m_reportId)->size(), 4);
    EXPECT_EQ(m_workflow->check(m_reportId, ReviewAction::Submit, clerk())->unresolvedComments, 4);
    ASSERT_TRUE(comments.setResolved(ids[0], false, supervisor()));
    EXPECT_EQ(comments.unresolved(m_reportId)->size(), 5);
}

TEST_P(ReviewTest, CommentsAreRefusedOutsideTheReport)
{
    CommentStore comments(*m_store);
    const StoreResult<Comment> foreign = comments.addComment(m_reportId, CommentAnchor::ofReport(),
                                                             QStringLiteral("我不是这里的"), otherClerk());
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().code, StoreError::Code::Refused);
    EXPECT_FALSE(comments.addComment(m_reportId, CommentAnchor::ofCell(QStringLiteral("p9/x/y")),
                                     QStringLiteral("无此单元格"), supervisor()));
    EXPECT_FALSE(
        comments.addComment(m_reportId, CommentAnchor::ofPart(7), QStringLiteral("无此部分"), supervisor()));
    EXPECT_FALSE(
        comments.addComment(m_reportId, CommentAnchor::ofReport(), QStringLiteral("  "), supervisor()));
    // Comments never touch the report, so they are allowed on a locked one.
    bringTo(m_reportId, ReportStatus::Approved);
    EXPECT_TRUE(
        comments.addComment(m_reportId, CommentAnchor::ofReport(), QStringLiteral("已归档"), supervisor()));
}

TEST_P(ReviewTest, OverviewListsTheYearWithKeyFigures)
{
    Report other = nandingReport();
    other.meta.agencyName = otherAgency;
    const int received = other.format()->cellIndex(QStringLiteral("p3/received/total"));
    other.setCell(received, CellValue::count(42));
    ASSERT_TRUE(m_store->importReport(other));
    bringTo(m_reportId, ReportStatus::Submitted);

    const QList<ReviewOverviewRow> rows = m_workflow->overview(2021).value();
    ASSERT_EQ(rows.size(), 2);
    const auto rowOf = [&](const QString &name) {
        return *std::find_if(rows.cbegin(), rows.cend(),
                             [&](const ReviewOverviewRow &row) { return row.summary.agency == name; });
    };
    const ReviewOverviewRow nanding = rowOf(agency);
    EXPECT_EQ(nanding.summary.status, ReportStatus::Submitted);
    ASSERT_TRUE(nanding.submitted);
    EXPECT_EQ(nanding.submittedBy, clerk().name);
    EXPECT_EQ(nanding.figures.size(), KeyFigures::definitions().size());
    const ReviewOverviewRow kanshi = rowOf(otherAgency);
    EXPECT_FALSE(kanshi.submitted);
    EXPECT_EQ(kanshi.figures[0].id, QStringLiteral("received"));
    EXPECT_EQ(kanshi.figures[0].value, Decimal::fromInteger(42));

    const QByteArray csv = ReviewWorkflow::overviewCsv(rows);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("收到申请,予以公开,行政复议,行政诉讼")));
    EXPECT_TRUE(lines.filter(otherAgency).value(0).contains(QStringLiteral(",42,")));
    EXPECT_TRUE(lines.filter(agency).value(0).contains(QStringLiteral("已提交")));
}

TEST_P(ReviewTest, TheYearsLastSubmissionsAreThoseTheOverviewShows)
{
    // 南定镇: submitted, returned and submitted again; 坎市镇: submitted once, and for 2020 too;
    // 东升镇: never submitted.
    bringTo(m_reportId, ReportStatus::Returned);
    ASSERT_TRUE(submitAcknowledged(m_reportId));
    const auto imported = [&](const QString &name, int year) {
        Report report = nandingReport();
        report.meta.agencyName = name;
        report.meta.year = year;
        const StoreResult<ImportedReport> stored = m_store->importReport(report);
        EXPECT_TRUE(stored) << stored.error().message.toStdString();
        return stored ? stored->id : 0;
    };
    const qint64 kanshi = imported(otherAgency, 2021);
    const qint64 never = imported(QStringLiteral("东升镇人民政府"), 2021);
    ASSERT_TRUE(submitAcknowledged(kanshi, m_otherClerk));
    // Of another year: submitted in the store alone (the workflow's checks of a 2020 report made of
    // the 2021 seed are not what this tests).
    const qint64 kanshi2020 = imported(otherAgency, 2020);
    m_store->setActor(m_otherClerk.name);
    ASSERT_TRUE(m_store->changeStatus(kanshi2020, ReportStatus::Submitted, AuditEntry::Action::Submit,
                                      QStringLiteral("请审核"), m_store->loadReport(kanshi2020)->revision));

    // What the report's whole list of revisions says.
    const auto lastSubmissionOf = [&](qint64 reportId) {
        std::optional<RevisionInfo> last;
        const QList<RevisionInfo> revisions = m_store->revisions(reportId).value();
        for (const RevisionInfo &revision : revisions) {
            if (revision.reason == AuditEntry::Action::Submit)
                last = revision;
        }
        return last;
    };
    const QHash<qint64, RevisionInfo> submissions = m_store->lastSubmissions(2021).value();
    QList<qint64> ids = submissions.keys();
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (QList<qint64>{m_reportId, kanshi})) << "never submitted, or of 2020: none";
    for (const qint64 id : {m_reportId, kanshi}) {
        const std::optional<RevisionInfo> expected = lastSubmissionOf(id);
        ASSERT_TRUE(expected);
        EXPECT_EQ(submissions[id].revision, expected->revision);
        EXPECT_EQ(submissions[id].at, expected->at);
        EXPECT_EQ(submissions[id].actor, expected->actor);
        EXPECT_EQ(submissions[id].reason, AuditEntry::Action::Submit);
    }
    const QList<int> nanding = m_workflow->submittedRevisions(m_reportId).value();
    ASSERT_EQ(nanding.size(), 2);
    EXPECT_EQ(submissions[m_reportId].revision, nanding.constLast())
        << "the second submission, not the first";
    EXPECT_EQ(submissions[m_reportId].actor, clerk().name);
    EXPECT_EQ(submissions[kanshi].actor, m_otherClerk.name);
    EXPECT_EQ(m_store->lastSubmissions(2020)->keys(), QList<qint64>{kanshi2020});
    EXPECT_TRUE(m_store->lastSubmissions(2019)->isEmpty());

    const QList<ReviewOverviewRow> rows = m_workflow->overview(2021).value();
    ASSERT_EQ(rows.size(), 3);
    for (const ReviewOverviewRow &row : rows) {
        const std::optional<RevisionInfo> expected = lastSubmissionOf(row.summary.id);
        EXPECT_EQ(row.submitted, expected ? std::optional<QDateTime>(expected->at) : std::nullopt)
            << row.summary.agency.toStdString();
        EXPECT_EQ(row.submittedBy, expected ? expected->actor : QString())
            << row.summary.agency.toStdString();
        EXPECT_EQ(expected.has_value(), row.summary.id != never);
    }
}

TEST_P(ReviewTest, OverviewListsEverySupervisedAgencyWithoutAReportAsNotStarted)
{
    // 坎市镇 reported for 2020 and 2022 but not for 2021; 洪合镇 only from 2022 on; 赵填报 writes 坎市镇's
    // reports; 东升镇 has a clerk but no report at all.
    for (const int year : {2020, 2022}) {
        Report earlier = nandingReport();
        earlier.meta.agencyName = otherAgency;
        earlier.meta.agencyKind = QStringLiteral("乡镇");
        earlier.meta.year = year;
        ASSERT_TRUE(m_store->importReport(earlier));
    }
    Report later = nandingReport();
    later.meta.agencyName = QStringLiteral("洪合镇人民政府");
    later.meta.year = 2022;
    ASSERT_TRUE(m_store->importReport(later));
    UserDirectory users(*m_store);
    ASSERT_TRUE(users.addUser(QStringLiteral("钱填报"), UserRole::Clerk, {QStringLiteral("东升镇人民政府")},
                              supervisor().name));
    const QHash<QString, int> firstYears{
        {agency, 2021}, {otherAgency, 2020}, {QStringLiteral("洪合镇人民政府"), 2022}};
    EXPECT_EQ(m_store->firstReportYears().value(), firstYears) << "东升镇 has no report";

    const QList<ReviewOverviewRow> rows = m_workflow->overview(2021).value();
    QMap<QString, ReviewOverviewRow> byAgency;
    for (const ReviewOverviewRow &row : rows)
        byAgency.insert(row.summary.agency, row);
    QStringList expected = {QStringLiteral("东升镇人民政府"), otherAgency, agency};
    expected.sort();
    EXPECT_EQ(byAgency.keys(), expected) << "洪合镇 was not yet there in 2021";
    EXPECT_TRUE(byAgency[agency].started());
    EXPECT_EQ(byAgency[agency].status(), ReportStatus::Draft);
    const ReviewOverviewRow kanshi = byAgency[otherAgency];
    EXPECT_FALSE(kanshi.started());
    EXPECT_EQ(kanshi.status(), std::nullopt);
    EXPECT_EQ(kanshi.summary.year, 2021);
    EXPECT_EQ(kanshi.summary.agencyKind, QStringLiteral("乡镇"));
    EXPECT_EQ(ReviewWorkflow::statusLabel(kanshi), QStringLiteral("未开始"));
    EXPECT_FALSE(byAgency[QStringLiteral("东升镇人民政府")].started());

    const QStringList lines = QString::fromUtf8(ReviewWorkflow::overviewCsv(rows).mid(3))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.filter(otherAgency).value(0).contains(QStringLiteral(",未开始,")));

    const QList<ReviewOverviewRow> later2022 = m_workflow->overview(2022).value();
    EXPECT_EQ(std::count_if(later2022.cbegin(), later2022.cend(),
                            [](const ReviewOverviewRow &row) { return row.started(); }),
              2);
    EXPECT_EQ(later2022.size(), 4) << "南定镇 (reported for 2021) and 东升镇 have not started 2022";
}

TEST_P(ReviewTest, OverviewListsEveryAgencyOfTheListAndASupervisorsPartOfIt)
{
    // 永定区人民政府 above 湖坑镇, which is above its 便民服务中心: added to the list, no report, no clerk.
    AgencyDirectory directory(m_store->connection());
    const QString county = QStringLiteral("永定区人民政府");
    const QString hukeng = QStringLiteral("湖坑镇人民政府");
    const QString centre = QStringLiteral("湖坑镇便民服务中心");
    ASSERT_TRUE(directory.add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(directory.add(hukeng, QStringLiteral("township"), {QStringLiteral("湖坑镇")}, county));
    ASSERT_TRUE(directory.add(centre, QStringLiteral("other"), {}, hukeng));
    UserDirectory users(*m_store);
    const StoreResult<User> township =
        users.addUser(QStringLiteral("孙审核"), UserRole::Supervisor, {}, supervisor().name);
    ASSERT_TRUE(township) << township.error().message.toStdString();
    const StoreResult<User> ofHukeng =
        users.setAgencies(township->name, {QStringLiteral("湖坑镇")}, supervisor().name);
    ASSERT_TRUE(ofHukeng) << ofHukeng.error().message.toStdString();

    const auto agenciesOf = [&](int year, const std::optional<User> &viewer) {
        QStringList names;
        const StoreResult<QList<ReviewOverviewRow>> rows = m_workflow->overview(year, viewer);
        EXPECT_TRUE(rows) << rows.error().message.toStdString();
        for (const ReviewOverviewRow &row : rows ? rows.value() : QList<ReviewOverviewRow>())
            names.append(row.summary.agency);
        names.sort();
        return names;
    };
    QStringList everyone = {agency, otherAgency, county, hukeng, centre};
    everyone.sort();
    EXPECT_EQ(agenciesOf(2021, std::nullopt), everyone);
    EXPECT_EQ(agenciesOf(2021, supervisor()), everyone) << "a supervisor without agencies has the whole list";
    QStringList below = {hukeng, centre};
    below.sort();
    EXPECT_EQ(agenciesOf(2021, ofHukeng.value()), below) << "湖坑镇 and the agency below it, not the county";
    EXPECT_EQ(agenciesOf(2021, clerk()), QStringList{agency});
    everyone.removeOne(agency);
    EXPECT_EQ(agenciesOf(2019, std::nullopt), everyone) << "南定镇 reports from 2021 on";

    const QList<ReviewOverviewRow> rows = m_workflow->overview(2021, ofHukeng.value()).value();
    ASSERT_EQ(rows.size(), 2);
    for (const ReviewOverviewRow &row : rows) {
        EXPECT_FALSE(row.started());
        EXPECT_EQ(ReviewWorkflow::statusLabel(row), QStringLiteral("未开始"));
    }
}

TEST(SupervisedAgencies, FollowsTheParentsDownAndStopsAtALoop)
{
    const auto agencyOf = [](qint64 id, const QString &name, qint64 parent) {
        Agency agency;
        agency.id = id;
        agency.name = name;
        agency.parentId = parent;
        return agency;
    };
    // 甲 → 乙 → 丙 → 甲 (a loop), 丁 alone.
    const QList<Agency> list = {agencyOf(1, QStringLiteral("甲"), 3), agencyOf(2, QStringLiteral("乙"), 1),
                                agencyOf(3, QStringLiteral("丙"), 2), agencyOf(4, QStringLiteral("丁"), 0)};
    User supervisor;
    supervisor.role = UserRole::Supervisor;
    supervisor.agencies = {QStringLiteral("乙")};
    QStringList names;
    for (const Agency &agency : SupervisedAgencies::of(list, supervisor))
        names.append(agency.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")}));
    User clerk;
    clerk.agencies = {QStringLiteral("乙")};
    ASSERT_EQ(SupervisedAgencies::of(list, clerk).size(), 1)
        << "a clerk writes their own agency's reports only";
    EXPECT_EQ(SupervisedAgencies::of(list, std::nullopt).size(), 4);
}

TEST_P(ReviewTest, AuditLogNamesTheActingUser)
{
    bringTo(m_reportId, ReportStatus::Returned);
    const QList<AuditEntry> log = m_store->auditLog(m_reportId).value();
    ASSERT_GE(log.size(), 3);
    EXPECT_EQ(log[log.size() - 2].action, AuditEntry::Action::Submit);
    EXPECT_EQ(log[log.size() - 2].actor, clerk().name);
    EXPECT_EQ(log.constLast().action, AuditEntry::Action::Return);
    EXPECT_EQ(log.constLast().actor, supervisor().name);
    EXPECT_EQ(log.constLast().note, QStringLiteral("请核对第三部分"));
    EXPECT_EQ(log.constLast().oldValue, QStringLiteral("submitted"));
    EXPECT_EQ(log.constLast().newValue, QStringLiteral("returned"));
    EXPECT_TRUE(log.constLast().describe(nullptr).contains(QStringLiteral("请核对第三部分")));
    // The store's own actor is left as it was.
    EXPECT_NE(m_store->actor(), supervisor().name);
}

NIANBAO_ON_EACH_BACKEND(ReviewTest);
