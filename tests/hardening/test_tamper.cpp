// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 3: the database guards itself. Each test runs, on SQLite and on PostgreSQL, the
// statements a tamperer with the database's rights would run — as the probe did with the sqlite3
// tool — and checks that the database refuses them and nothing changed.
#include "core/reviewtestsupport.h"
#include "review/commentstore.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString recordFixed = QStringLiteral("nianbao: record fixed");
const QString appendOnly = QStringLiteral("nianbao: history append-only");

struct Tamper
{
    QString sql;
    QString refusal; ///< the guard's word in the database's error
};

class TamperTest : public ReviewTest
{
protected:
    void SetUp() override
    {
        ReviewTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        // The sqlite3 tool runs without foreign keys, so they cannot be what stops it.
        if (backend() == Backend::Sqlite) {
            ASSERT_EQ(rawSql(QStringLiteral("PRAGMA foreign_keys = OFF")), QString());
        }
        Report other = nandingReport();
        other.meta.agencyName = otherAgency;
        const StoreResult<ImportedReport> imported = m_store->importReport(other);
        ASSERT_TRUE(imported) << imported.error().message.toStdString();
        m_draftId = imported->id;
    }

    // Runs each statement and expects the database to refuse it with the guard's word.
    void expectRefused(const QList<Tamper> &tampers)
    {
        for (const Tamper &tamper : tampers) {
            const QString failure = rawSql(tamper.sql);
            EXPECT_TRUE(failure.contains(tamper.refusal))
                << tamper.sql.toStdString() << " → "
                << (failure.isEmpty() ? "accepted" : failure.toStdString());
        }
    }

    QString id(qint64 reportId) const { return QString::number(reportId); }

    qint64 m_draftId = 0;
};

} // namespace

TEST_P(TamperTest, TheProbesIdSwapCannotUnlockASubmittedReport)
{
    // The probe: change reports.id, edit the cells under the old id, change it back — the tampered
    // content would then be approved as submitted.
    bringTo(m_reportId, ReportStatus::Submitted);
    const StoredReport before = m_store->loadReport(m_reportId).value();
    expectRefused({
        {QStringLiteral("UPDATE reports SET id = 999999 WHERE id = %1").arg(id(m_reportId)), recordFixed},
        {QStringLiteral("UPDATE cells SET report_id = 999999 WHERE report_id = %1").arg(id(m_reportId)),
         QStringLiteral("nianbao:")},
    });
    const StoredReport after = m_store->loadReport(m_reportId).value();
    EXPECT_EQ(after.report, before.report);
    EXPECT_EQ(after.revision, before.revision);
    const StoreResult<int> approved = m_workflow->approve(m_reportId, supervisor());
    ASSERT_TRUE(approved) << approved.error().message.toStdString();
    EXPECT_TRUE(m_workflow->verifyApproval(m_reportId)->intact());
}

TEST_P(TamperTest, IdsAndOwnersNeverChange)
{
    const QString draft = id(m_draftId);
    const QString other = id(m_reportId);
    expectRefused({
        {QStringLiteral("UPDATE reports SET id = 999999 WHERE id = %1").arg(draft), recordFixed},
        {QStringLiteral("UPDATE reports SET agency_id = 424242 WHERE id = %1").arg(draft), recordFixed},
        {QStringLiteral("UPDATE reports SET year = 2020 WHERE id = %1").arg(draft), recordFixed},
        {QStringLiteral("UPDATE reports SET created = '2000-01-01' WHERE id = %1").arg(draft), recordFixed},
        {QStringLiteral("UPDATE cells SET report_id = %1 WHERE report_id = %2").arg(other, draft),
         recordFixed},
        {QStringLiteral("UPDATE narratives SET report_id = %1 WHERE report_id = %2").arg(other, draft),
         recordFixed},
        {QStringLiteral("UPDATE report_meta SET report_id = %1 WHERE report_id = %2").arg(other, draft),
         recordFixed},
        {QStringLiteral("UPDATE agencies SET id = 424242"), recordFixed},
        {QStringLiteral("UPDATE users SET name = '王审核二' WHERE name = '王审核'"), recordFixed},
        {QStringLiteral("UPDATE users SET id = id + 100"), recordFixed},
    });
    // Ordinary columns stay writable: a draft's content and an agency's kind.
    EXPECT_EQ(rawSql(QStringLiteral("UPDATE narratives SET text = '改写' WHERE report_id = %1 AND part = 1")
                         .arg(draft)),
              QString());
    EXPECT_EQ(rawSql(QStringLiteral("UPDATE agencies SET kind = kind")), QString());
}

TEST_P(TamperTest, ARevisionOnlyGoesForward)
{
    const StoredReport stored = m_store->loadReport(m_draftId).value();
    const StoreResult<int> edited =
        m_store->setNarrative(m_draftId, 1, QStringLiteral("新的总体情况。"), stored.revision);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    expectRefused({{QStringLiteral("UPDATE reports SET revision = %1 WHERE id = %2")
                        .arg(stored.revision)
                        .arg(m_draftId),
                    recordFixed}});
    EXPECT_EQ(
        rawSql(QStringLiteral("UPDATE reports SET revision = revision + 1 WHERE id = %1").arg(m_draftId)),
        QString());
}

TEST_P(TamperTest, TheHistoryIsOnlyAddedTo)
{
    bringTo(m_reportId, ReportStatus::Approved);
    const QString approved = id(m_reportId);
    const qsizetype logSize = m_store->auditLog(m_reportId)->size();
    const qsizetype revisions = m_store->revisions(m_reportId)->size();
    const qsizetype acknowledged = m_workflow->acknowledgements(m_reportId)->size();
    ASSERT_GT(acknowledged, 0);
    expectRefused({
        {QStringLiteral("UPDATE audit_log SET actor = '王审核' WHERE report_id = %1").arg(approved),
         appendOnly},
        {QStringLiteral("UPDATE audit_log SET note = '' WHERE report_id = %1").arg(approved), appendOnly},
        {QStringLiteral("DELETE FROM audit_log WHERE report_id = %1").arg(approved), appendOnly},
        {QStringLiteral("DELETE FROM revisions WHERE report_id = %1").arg(approved), appendOnly},
        {QStringLiteral("UPDATE acknowledgements SET reason = '无' WHERE report_id = %1").arg(approved),
         appendOnly},
        {QStringLiteral("DELETE FROM acknowledgements WHERE report_id = %1").arg(approved), appendOnly},
    });
    EXPECT_EQ(m_store->auditLog(m_reportId)->size(), logSize);
    EXPECT_EQ(m_store->revisions(m_reportId)->size(), revisions);
    EXPECT_EQ(m_workflow->acknowledgements(m_reportId)->size(), acknowledged);
    EXPECT_TRUE(m_workflow->verifyApproval(m_reportId)->intact());
}

TEST_P(TamperTest, AnApprovalIsRecordedOnlyForTheApprovedRevision)
{
    bringTo(m_reportId, ReportStatus::Submitted);
    const int revision = m_store->loadReport(m_reportId)->revision;
    for (const qint64 reportId : {m_draftId, m_reportId}) {
        expectRefused({{QStringLiteral("INSERT INTO approvals (report_id, revision, at, actor, sha256)"
                                       " VALUES (%1, %2, '2026-01-01T00:00:00.000Z', '王审核', 'x')")
                            .arg(reportId)
                            .arg(revision),
                        QStringLiteral("nianbao: approval refused")}});
    }
    const StoreResult<int> approved = m_workflow->approve(m_reportId, supervisor());
    ASSERT_TRUE(approved) << approved.error().message.toStdString();
}

TEST_P(TamperTest, ACommentKeepsItsReportAndAuthor)
{
    CommentStore comments(*m_store);
    const StoreResult<Comment> comment =
        comments.addComment(m_reportId, CommentAnchor::ofCell(QStringLiteral("p3/received/natural")),
                            QStringLiteral("请核对"), supervisor());
    ASSERT_TRUE(comment) << comment.error().message.toStdString();
    expectRefused({
        {QStringLiteral("UPDATE comments SET author = '李填报'"), recordFixed},
        {QStringLiteral("UPDATE comments SET report_id = %1").arg(m_draftId), recordFixed},
    });
    // Resolving stays possible.
    EXPECT_TRUE(comments.setResolved(comment->id, true, clerk()));
}

TEST_P(TamperTest, ApprovalRefusesContentThatIsNotTheSubmittedOne)
{
    bringTo(m_reportId, ReportStatus::Submitted);
    // A tamperer who can drop a guard changes a figure of the submitted report and restores the guard.
    ASSERT_EQ(dropGuard(QStringLiteral("cells_locked_update")), QString());
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE cells SET units = units + 10000, text = text || '1'"
                                    " WHERE report_id = %1 AND cell = 'p3/disclosed/natural'")
                         .arg(m_reportId)),
              QString());
    ASSERT_EQ(restoreGuard(QStringLiteral("cells_locked_update")), QString());

    const StoreResult<int> approved = m_workflow->approve(m_reportId, supervisor());
    ASSERT_FALSE(approved);
    EXPECT_EQ(approved.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(approved.error().message.contains(QStringLiteral("提交")))
        << approved.error().message.toStdString();
    EXPECT_EQ(statusOf(m_reportId), ReportStatus::Submitted);
    // Returning it stays possible, so that the clerk can look at it.
    EXPECT_TRUE(m_workflow->returnReport(m_reportId, supervisor(), QStringLiteral("内容被改动，请核对")));
}

TEST_P(TamperTest, EveryRefusalHasAMessageForTheUser)
{
    for (const QString &word : {recordFixed, appendOnly, QStringLiteral("nianbao: approval refused")}) {
        const std::optional<StoreError> error = StoreError::fromGuard(word);
        ASSERT_TRUE(error) << word.toStdString();
        EXPECT_EQ(error->code, StoreError::Code::Refused);
        EXPECT_FALSE(error->message.isEmpty());
    }
}

NIANBAO_ON_EACH_BACKEND(TamperTest);
