// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting a draft report (issue 16 item 5): only a draft, only by a clerk of its agency or a
// supervisor, with everything kept about it and nothing else — and the database itself refuses to
// delete any other report, or the history of a report that stays.
#include "cli/reviewcommands.h"
#include "cli/storecommands.h"
#include "review/identity.h"
#include "review/officelog.h"
#include "review/reportintake.h"
#include "reviewtestsupport.h"
#include "storage/agencydirectory.h"
#include "storage/sqldialect.h"
#include "storage/storeconnection.h"
#include "storage/storeschema.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

namespace nianbao::test {
namespace {

const QStringList keptTables{QStringLiteral("report_meta"), QStringLiteral("narratives"),
                             QStringLiteral("cells"),       QStringLiteral("revisions"),
                             QStringLiteral("audit_log"),   QStringLiteral("report_counts")};

/// 南定镇's draft, edited once after its import, beside 坎市镇's draft that nothing here may touch.
class DraftDeletionFixture : public ReviewFixture
{
protected:
    void SetUp() override
    {
        ReviewFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        Report other = nandingReport();
        other.meta.agencyName = otherAgency;
        const StoreResult<ImportedReport> imported = m_store->importReport(other);
        ASSERT_TRUE(imported) << imported.error().message.toStdString();
        m_otherId = imported->id;
        const StoredReport stored = m_store->loadReport(m_reportId).value();
        const StoreResult<int> edited =
            m_store->setNarrative(m_reportId, 1, QStringLiteral("新的总体情况。"), stored.revision);
        ASSERT_TRUE(edited) << edited.error().message.toStdString();
    }

    /// How many rows of table belong to the report.
    int rowsOf(const QString &table, qint64 reportId)
    {
        QSqlQuery query(QSqlDatabase::database(m_store->connectionName()));
        EXPECT_TRUE(query.exec(
            QStringLiteral("SELECT count(*) FROM %1 WHERE report_id = %2").arg(table).arg(reportId)))
            << query.lastError().text().toStdString();
        return query.next() ? query.value(0).toInt() : -1;
    }

    StoreResult<StoredReport> deleteAs(const User &user, qint64 reportId)
    {
        return ReportIntake(*m_store, Identity::ofUser(user)).deleteDraft(reportId);
    }

    /// How many deletions the office's log holds.
    int deletionsLogged()
    {
        QSqlQuery query(QSqlDatabase::database(m_store->connectionName()));
        EXPECT_TRUE(
            query.exec(QStringLiteral("SELECT count(*) FROM office_log WHERE action = 'draft-deleted'")))
            << query.lastError().text().toStdString();
        return query.next() ? query.value(0).toInt() : -1;
    }

    /// Whom the office's log names for user's deletion: in a file the user the program acts as, on a
    /// server the login (here the administrator's, who logs in for every user of these tests).
    QString loggedActor(const User &user) { return test::loggedActor(*m_store, user.name); }

    CommandRun deleteRun(QStringList arguments)
    {
        return runCommand(runDeleteCommand, arguments << QStringLiteral("--db") << dbAddress());
    }

    qint64 m_otherId = 0;
};

class DraftDeletionTest : public OnEachBackend<DraftDeletionFixture>
{
};

TEST_P(DraftDeletionTest, TheClerkDeletesTheirDraftWithItsHistoryAndNothingElse)
{
    const StoredReport other = m_store->loadReport(m_otherId).value();
    const qsizetype otherLog = m_store->auditLog(m_otherId)->size();
    for (const QString &table : {QStringLiteral("revisions"), QStringLiteral("audit_log")})
        ASSERT_GT(rowsOf(table, m_reportId), 0) << table.toStdString();

    const StoreResult<StoredReport> deleted = deleteAs(clerk(), m_reportId);
    ASSERT_TRUE(deleted) << deleted.error().message.toStdString();
    EXPECT_EQ(deleted->report.meta.agencyName, agency);
    EXPECT_EQ(deleted->report.meta.year, 2021);

    const StoreResult<StoredReport> gone = m_store->loadReport(m_reportId);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, StoreError::Code::NotFound);
    for (const QString &table : keptTables)
        EXPECT_EQ(rowsOf(table, m_reportId), 0) << table.toStdString();
    // The other report is as it was; the agency stays in the list.
    const StoredReport otherNow = m_store->loadReport(m_otherId).value();
    EXPECT_EQ(otherNow.revision, other.revision);
    EXPECT_EQ(otherNow.report.preamble, other.report.preamble);
    EXPECT_EQ(m_store->auditLog(m_otherId)->size(), otherLog);
    EXPECT_EQ(m_store->listReports()->size(), 1);
    const QList<Agency> agencies = AgencyDirectory(m_store->connection()).agencies().value();
    EXPECT_TRUE(
        std::any_of(agencies.cbegin(), agencies.cend(), [](const Agency &a) { return a.name == agency; }));
    // The agency's report of the year can be started again.
    EXPECT_TRUE(m_store->createReport(agency, QStringLiteral("township"), 2021));
}

TEST_P(DraftDeletionTest, OnlyAClerkOfTheAgencyOrASupervisorDeletes)
{
    const StoreResult<StoredReport> stranger = deleteAs(otherClerk(), m_reportId);
    ASSERT_FALSE(stranger);
    EXPECT_EQ(stranger.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(stranger.error().message.contains(otherClerk().name))
        << stranger.error().message.toStdString();
    EXPECT_TRUE(m_store->loadReport(m_reportId));

    const StoreResult<StoredReport> bySupervisor = deleteAs(supervisor(), m_reportId);
    ASSERT_TRUE(bySupervisor) << bySupervisor.error().message.toStdString();
    EXPECT_FALSE(m_store->loadReport(m_reportId));
    EXPECT_TRUE(m_store->loadReport(m_otherId));
}

TEST_P(DraftDeletionTest, TheDatabaseKeepsTheHistoryOfAReportThatStays)
{
    for (const QString &table : {QStringLiteral("audit_log"), QStringLiteral("revisions")}) {
        const int rows = rowsOf(table, m_reportId);
        ASSERT_GT(rows, 0) << table.toStdString();
        const QString refused =
            rawSql(QStringLiteral("DELETE FROM %1 WHERE report_id = %2").arg(table).arg(m_reportId));
        EXPECT_TRUE(refused.contains(QStringLiteral("nianbao: history append-only")))
            << table.toStdString() << ": " << refused.toStdString();
        EXPECT_EQ(rowsOf(table, m_reportId), rows) << table.toStdString();
    }
}

// Where did 南定镇's 2021 draft go? The office's log says, though the draft's own history is gone.
TEST_P(DraftDeletionTest, TheOfficesLogSaysWhoDeletedWhichDraftAndWhen)
{
    const int revision = m_store->loadReport(m_reportId)->revision;
    ASSERT_GT(revision, 1);
    const StoreResult<StoredReport> deleted = deleteAs(clerk(), m_reportId);
    ASSERT_TRUE(deleted) << deleted.error().message.toStdString();

    const StoreResult<QList<DeletedDraft>> logged = OfficeLog(*m_store).deletedDrafts(2021);
    ASSERT_TRUE(logged) << logged.error().message.toStdString();
    ASSERT_EQ(logged->size(), 1);
    const DeletedDraft &draft = logged->first();
    EXPECT_EQ(draft.agency, agency);
    EXPECT_EQ(draft.year, 2021);
    EXPECT_EQ(draft.revision, revision);
    EXPECT_EQ(draft.actor, loggedActor(clerk()));
    EXPECT_LE(qAbs(draft.at.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_TRUE(OfficeLog(*m_store).deletedDrafts(2020)->isEmpty()) << "each year its own";
    const QString line = OfficeLog::describe(draft);
    EXPECT_TRUE(
        line.contains(QStringLiteral("删除了 %1 2021 年度报告草稿（第 %2 版）").arg(agency).arg(revision)) &&
        line.contains(draft.actor))
        << line.toStdString();

    // `nianbao review deadline` says it after the deadline's changes.
    const CommandRun shown =
        runCommand(runReviewCommand, {QStringLiteral("deadline"), QStringLiteral("--db"), dbAddress(),
                                      QStringLiteral("--year"), QStringLiteral("2021")});
    ASSERT_EQ(shown.code, ExitOk) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QString(QStringLiteral("  ") + line + u'\n'))) << shown.out.toStdString();

    // The supervisor deletes the other agency's draft: a second line, after the first.
    ASSERT_TRUE(deleteAs(supervisor(), m_otherId));
    const QList<DeletedDraft> both = OfficeLog(*m_store).deletedDrafts(2021).value();
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both[1].agency, otherAgency);
    EXPECT_EQ(both[1].actor, loggedActor(supervisor()));
    // Like every line of the office's log, these are never changed or taken away.
    EXPECT_TRUE(rawSql(QStringLiteral("DELETE FROM office_log")).contains(QStringLiteral("append-only")));
    EXPECT_EQ(deletionsLogged(), 2);
}

TEST_P(DraftDeletionTest, ARefusedDeletionLeavesNoLine)
{
    ASSERT_FALSE(deleteAs(otherClerk(), m_reportId)) << "another agency's clerk";
    bringTo(m_reportId, ReportStatus::Submitted);
    ASSERT_FALSE(deleteAs(clerk(), m_reportId)) << "not a draft";
    ASSERT_FALSE(m_store->deleteDraft(m_reportId));
    EXPECT_FALSE(rawSql(QStringLiteral("DELETE FROM reports WHERE id = %1").arg(m_reportId)).isEmpty());
    EXPECT_TRUE(m_store->loadReport(m_reportId));
    EXPECT_EQ(deletionsLogged(), 0);
    EXPECT_TRUE(OfficeLog(*m_store).deletedDrafts(2021)->isEmpty());
}

// A database of schema 13, from before deleted drafts were logged, logs them once it is brought up
// to date (on a server by the administrator's `nianbao server init`, whose open this is).
TEST_P(DraftDeletionTest, ADatabaseOfSchemaThirteenLogsDeletionsOnceUpgraded)
{
    const SqlDialect &dialect = SqlDialect::of(backend());
    if (backend() == Backend::Postgres) {
        for (const QString &statement : dialect.statements(
                 SchemaStep::dropGuard(QStringLiteral("reports_deleted_logged"), QStringLiteral("reports"))))
            ASSERT_EQ(rawSql(statement), QString()) << statement.toStdString();
    }
    // What the later migrations made goes too, so that they run again as on a database of 13.
    ASSERT_EQ(dropGuard(QStringLiteral("agencies_assigned_kept")), QString());
    ASSERT_EQ(dropTriggersOf(*m_store, 16), QString());
    ASSERT_TRUE(dialect.setSchemaVersion(m_store->connection(), 13));
    m_workflow.reset();
    m_store.reset();

    StoreResult<std::unique_ptr<ReportStore>> upgraded =
        ReportStore::open(location(), ReportStore::OpenMode::Administer);
    ASSERT_TRUE(upgraded) << upgraded.error().message.toStdString();
    m_store = std::move(upgraded).value();
    m_workflow = std::make_unique<ReviewWorkflow>(*m_store);
    EXPECT_EQ(dialect.schemaVersion(m_store->connection()).value(), StoreSchema::currentVersion());
    if (backend() == Backend::Postgres) {
        QSqlQuery trigger(QSqlDatabase::database(m_store->connectionName()));
        ASSERT_TRUE(trigger.exec(
            QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'reports_deleted_logged'")));
        ASSERT_TRUE(trigger.next());
        EXPECT_EQ(trigger.value(0).toInt(), 1);
    }
    ASSERT_TRUE(deleteAs(clerk(), m_reportId));
    const QList<DeletedDraft> logged = OfficeLog(*m_store).deletedDrafts(2021).value();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().agency, agency);
    EXPECT_EQ(logged.first().actor, loggedActor(clerk()));
}

TEST_P(DraftDeletionTest, TheCommandAsksForYesAndDeletesOnlyADraft)
{
    const QString year = QStringLiteral("2021");
    CommandRun run = deleteRun({QStringLiteral("--agency"), agency, QStringLiteral("--year"), year,
                                QStringLiteral("--as"), clerk().name});
    EXPECT_EQ(run.code, ExitFindings) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(agency) && run.out.contains(year) &&
                run.out.contains(QStringLiteral("--yes")))
        << run.out.toStdString();
    EXPECT_TRUE(m_store->loadReport(m_reportId)) << "without --yes nothing is deleted";

    run = deleteRun({QStringLiteral("--agency"), agency, QStringLiteral("--year"), year,
                     QStringLiteral("--as"), otherClerk().name, QStringLiteral("--yes")});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.err.contains(otherClerk().name)) << run.err.toStdString();
    EXPECT_TRUE(m_store->loadReport(m_reportId));

    // A short name finds the agency's draft, as everywhere.
    run = deleteRun({QStringLiteral("--agency"), QStringLiteral("南定镇"), QStringLiteral("--year"), year,
                     QStringLiteral("--as"), clerk().name, QStringLiteral("--yes")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(agency)) << run.out.toStdString();
    EXPECT_FALSE(m_store->loadReport(m_reportId));
    EXPECT_TRUE(m_store->loadReport(m_otherId));

    run = deleteRun({QStringLiteral("--agency"), agency, QStringLiteral("--year"), year,
                     QStringLiteral("--as"), clerk().name, QStringLiteral("--yes")});
    EXPECT_EQ(run.code, ExitFindings) << "nothing left to delete";
    EXPECT_EQ(deleteRun({QStringLiteral("--agency"), agency}).code, ExitBadInput);
}

NIANBAO_ON_EACH_BACKEND(DraftDeletionTest);

/// A report that was ever submitted stays, whoever asks and however.
class SubmittedReportDeletionTest : public OnEachBackendWith<DraftDeletionFixture, ReportStatus>
{
};

TEST_P(SubmittedReportDeletionTest, IsRefusedByTheProgramAndByTheDatabase)
{
    bringTo(m_reportId, testCase());
    const qsizetype log = m_store->auditLog(m_reportId)->size();
    for (const User &user : {clerk(), supervisor()}) {
        const StoreResult<StoredReport> refused = deleteAs(user, m_reportId);
        ASSERT_FALSE(refused) << user.name.toStdString();
        EXPECT_EQ(refused.error().code, StoreError::Code::Refused);
        EXPECT_TRUE(refused.error().message.contains(reportStatusLabel(testCase())))
            << refused.error().message.toStdString();
    }
    const StoreResult<void> byStore = m_store->deleteDraft(m_reportId);
    ASSERT_FALSE(byStore);
    EXPECT_EQ(byStore.error().code, StoreError::Code::Locked);
    const QString bySql = rawSql(QStringLiteral("DELETE FROM reports WHERE id = %1").arg(m_reportId));
    EXPECT_TRUE(bySql.contains(QStringLiteral("nianbao: only a draft"))) << bySql.toStdString();
    EXPECT_EQ(statusOf(m_reportId), testCase());
    EXPECT_EQ(m_store->auditLog(m_reportId)->size(), log);
    const CommandRun run =
        deleteRun({QStringLiteral("--agency"), agency, QStringLiteral("--year"), QStringLiteral("2021"),
                   QStringLiteral("--as"), supervisor().name, QStringLiteral("--yes")});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(m_store->loadReport(m_reportId));
}

INSTANTIATE_TEST_SUITE_P(Statuses, SubmittedReportDeletionTest,
                         ::testing::Combine(backends(),
                                            ::testing::Values(ReportStatus::Submitted, ReportStatus::Returned,
                                                              ReportStatus::Approved)),
                         backendAndCaseName<ReportStatus>([](ReportStatus status) {
                             return reportStatusId(status).toStdString();
                         }));

} // namespace
} // namespace nianbao::test
