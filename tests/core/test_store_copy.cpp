// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 11: moving an office to the server — `nianbao db copy` takes every report with its
// revisions, snapshots, comments, audit log and approvals, and the approvals still verify.
#include "cli/dbcommands.h"
#include "review/commentstore.h"
#include "review/userdirectory.h"
#include "reviewtestsupport.h"
#include "storage/storecopy.h"
#include "storage/storeschema.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

/// An SQLite file of an office that used the review (ReviewFixture), copied into a new database
/// on each backend.
class StoreCopyTest : public ReviewFixture, public ::testing::WithParamInterface<Backend>
{
protected:
    void SetUp() override
    {
        ReviewFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        if (GetParam() == Backend::Postgres && TestDatabase::clusterHost().isEmpty())
            GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
        ASSERT_TRUE(m_targetDir.isValid());
        if (const std::optional<QString> problem = m_target.create(GetParam(), m_targetDir.path()))
            FAIL() << problem->toStdString();

        Report other = nandingReport();
        other.meta.agencyName = otherAgency;
        m_otherId = m_store->importReport(other).value().id;
        CommentStore comments(*m_store);
        const StoreResult<Comment> asked = comments.addComment(m_reportId, CommentAnchor::ofReport(),
                                                               QStringLiteral("请核对"), supervisor());
        ASSERT_TRUE(asked) << asked.error().message.toStdString();
        ASSERT_TRUE(comments.reply(asked->id, QStringLiteral("已核对"), clerk()));
        bringTo(m_reportId, ReportStatus::Approved);
    }

    std::unique_ptr<ReportStore> openTarget() const
    {
        StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(m_target.location());
        EXPECT_TRUE(store) << store.error().message.toStdString();
        return store ? std::move(store).value() : nullptr;
    }

    QTemporaryDir m_targetDir;
    TestDatabase m_target;
    qint64 m_otherId = 0;
};

QStringList auditLines(ReportStore &store, qint64 reportId)
{
    QStringList lines;
    const QList<AuditEntry> log = store.auditLog(reportId).value();
    for (const AuditEntry &entry : log)
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(entry.revision)
                     .arg(entry.at.toString(Qt::ISODateWithMs), entry.actor, entry.target, entry.oldValue,
                          entry.newValue);
    return lines;
}

TEST_P(StoreCopyTest, EveryReportArrivesWithItsHistoryAndTheApprovalStillVerifies)
{
    const std::unique_ptr<ReportStore> target = openTarget();
    ASSERT_TRUE(target);
    const StoreResult<StoreCopy::Copied> copied = StoreCopy::copy(*m_store, *target);
    ASSERT_TRUE(copied) << copied.error().message.toStdString();
    EXPECT_EQ(copied->reports, 2);

    const QList<ReportSummary> before = m_store->listReports().value();
    const QList<ReportSummary> after = target->listReports().value();
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after[i].id, before[i].id);
        EXPECT_EQ(after[i].agency, before[i].agency);
        EXPECT_EQ(after[i].status, before[i].status);
        EXPECT_EQ(after[i].revision, before[i].revision);
    }
    for (const qint64 id : {m_reportId, m_otherId}) {
        EXPECT_EQ(auditLines(*target, id), auditLines(*m_store, id));
        const QList<RevisionInfo> revisions = m_store->revisions(id).value();
        ASSERT_EQ(target->revisions(id).value().size(), revisions.size());
        for (const RevisionInfo &revision : revisions)
            EXPECT_TRUE(target->loadRevision(id, revision.revision).value() ==
                        m_store->loadRevision(id, revision.revision).value());
        EXPECT_TRUE(target->loadReport(id).value().report == m_store->loadReport(id).value().report);
    }
    const QList<CommentThread> threads = CommentStore(*target).threads(m_reportId).value();
    ASSERT_EQ(threads.size(), 1);
    EXPECT_EQ(threads.first().comment.text, QStringLiteral("请核对"));
    ASSERT_EQ(threads.first().replies.size(), 1);
    EXPECT_EQ(UserDirectory(*target).users().value().size(), 3);

    const ApprovalCheck seal = ReviewWorkflow(*target).verifyApproval(m_reportId).value();
    EXPECT_TRUE(seal.intact()) << seal.problem().toStdString();
    // The copy is locked as the original was, and new rows follow the copied ids.
    EXPECT_EQ(target->setNarrative(m_reportId, 1, QStringLiteral("改"), after.first().revision).error().code,
              StoreError::Code::Locked);
    Report third = nandingReport();
    third.meta.agencyName = QStringLiteral("第三镇人民政府");
    const StoreResult<ImportedReport> added = target->importReport(third);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_GT(added->id, m_otherId);
}

TEST_P(StoreCopyTest, ADatabaseThatHoldsReportsIsNeverCopiedInto)
{
    const std::unique_ptr<ReportStore> target = openTarget();
    ASSERT_TRUE(target);
    ASSERT_TRUE(target->importReport(nandingReport()));
    const StoreResult<StoreCopy::Copied> copied = StoreCopy::copy(*m_store, *target);
    ASSERT_FALSE(copied);
    EXPECT_EQ(copied.error().code, StoreError::Code::Refused);
    EXPECT_EQ(target->listReports().value().size(), 1);
}

TEST_P(StoreCopyTest, TheCommandCopiesAFileOntoAnotherDatabase)
{
    m_store.reset();
    const CommandRun run = runCommand(runDbCommand, {QStringLiteral("copy"), QStringLiteral("--from"),
                                                     dbPath(), QStringLiteral("--to"), m_target.address()});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2"))) << run.out.toStdString();
    EXPECT_EQ(openTarget()->listReports().value().size(), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreCopyTest, backends(),
                         [](const ::testing::TestParamInfo<Backend> &info) { return backendName(info); });

// A table a migration adds but db copy does not know would be lost in a copy.
TEST_F(StoreFixture, TheCopyKnowsEveryTable)
{
    const std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store);
    QSqlQuery tables(QSqlDatabase::database(store->connectionName()));
    ASSERT_TRUE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QStringList known = StoreSchema::tables();
    known.sort();
    EXPECT_EQ(names, known);
}

} // namespace
} // namespace nianbao::test
