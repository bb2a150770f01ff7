// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 11: on a server each person logs in as their own role and PostgreSQL itself decides what
// they see and change. Each test logs in as a clerk or a supervisor and tries, with raw SQL
// through the QPSQL connection — what psql would do —, what the program never offers them.
#include "cli/secretinput.h"
#include "review/identity.h"
#include "review/officedeadline.h"
#include "review/officelog.h"
#include "review/reviewworkflow.h"
#include "review/userdirectory.h"
#include "reviewtestsupport.h"
#include "storage/agencydirectory.h"
#include "storage/serveraccounts.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <unistd.h>

namespace nianbao::test {
namespace {

const QString password = QStringLiteral("密码 correct horse");
const QString agencyA = QStringLiteral("南定镇人民政府");
const QString agencyB = QStringLiteral("坎市镇人民政府");

/// What a raw statement did: the rows it changed, or the server's refusal.
struct Outcome
{
    bool refused = false;
    int rows = 0;
    QString error;
};

class ServerRightsTest : public StoreFixture
{
protected:
    Backend backend() const override { return Backend::Postgres; }

    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_admin = openStore();
        ASSERT_TRUE(m_admin);
        // Login roles belong to the whole cluster: named after the test's database.
        const QString prefix = location().database;
        UserDirectory users(*m_admin);
        for (const auto &[login, role, agencies] :
             {std::tuple{prefix + QStringLiteral("_sup"), UserRole::Supervisor, QStringList{}},
              std::tuple{prefix + QStringLiteral("_clerk_a"), UserRole::Clerk, QStringList{agencyA}},
              std::tuple{prefix + QStringLiteral("_clerk_b"), UserRole::Clerk, QStringList{agencyB}}}) {
            const StoreResult<User> added = users.addLogin(login, role, agencies, password);
            ASSERT_TRUE(added) << added.error().message.toStdString();
        }
        m_supervisorLogin = prefix + QStringLiteral("_sup");
        m_clerkLogin = prefix + QStringLiteral("_clerk_a");
        const StoreResult<ImportedReport> a = m_admin->importReport(nandingReport());
        ASSERT_TRUE(a) << a.error().message.toStdString();
        m_reportA = a->id;
        Report other = nandingReport();
        other.meta.agencyName = agencyB;
        const StoreResult<ImportedReport> b = m_admin->importReport(other);
        ASSERT_TRUE(b) << b.error().message.toStdString();
        m_reportB = b->id;
        m_clerk = loginAs(m_clerkLogin);
        m_supervisor = loginAs(m_supervisorLogin);
        ASSERT_TRUE(m_clerk && m_supervisor);
    }

    std::unique_ptr<ReportStore> loginAs(const QString &login) const
    {
        StoreLocation as = location();
        as.user = login;
        as.password = password;
        StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(as);
        EXPECT_TRUE(store) << login.toStdString() << ": " << store.error().message.toStdString();
        return store ? std::move(store).value() : nullptr;
    }

    static Outcome raw(ReportStore &store, const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        if (!query.exec(sql))
            return {true, 0, query.lastError().text()};
        return {false, query.numRowsAffected(), {}};
    }

    static int count(ReportStore &store, const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
        return query.next() ? query.value(0).toInt() : -1;
    }

    // The acting user as the server knows it.
    static User userOf(ReportStore &store)
    {
        const StoreResult<Identity> identity = Identity::of(store, {});
        EXPECT_TRUE(identity && identity->user);
        return identity && identity->user ? *identity->user : User{};
    }

    // Submitted by the clerk logged in to store.
    static void submit(ReportStore &store, qint64 reportId)
    {
        ReviewWorkflow clerkFlow(store);
        const User clerk = userOf(store);
        const StoreResult<ReviewCheck> check = clerkFlow.check(reportId, ReviewAction::Submit, clerk);
        ASSERT_TRUE(check) << check.error().message.toStdString();
        const StoredReport stored = store.loadReport(reportId).value();
        const StoreResult<int> submitted = clerkFlow.submit(
            reportId, clerk,
            SubmitRequest::acknowledgeAll(*stored.report.format(), check->warnings, QStringLiteral("属实")));
        ASSERT_TRUE(submitted) << submitted.error().message.toStdString();
    }

    void submitAndApprove()
    {
        ASSERT_NO_FATAL_FAILURE(submit(*m_clerk, m_reportA));
        ReviewWorkflow supervisorFlow(*m_supervisor);
        const StoreResult<int> approved = supervisorFlow.approve(m_reportA, userOf(*m_supervisor));
        ASSERT_TRUE(approved) << approved.error().message.toStdString();
    }

    QString status(qint64 reportId) const
    {
        return reportStatusId(m_admin->loadReport(reportId).value().status);
    }

    std::unique_ptr<ReportStore> m_admin;
    std::unique_ptr<ReportStore> m_clerk;
    std::unique_ptr<ReportStore> m_supervisor;
    QString m_clerkLogin;
    QString m_supervisorLogin;
    qint64 m_reportA = 0;
    qint64 m_reportB = 0;
};

TEST_F(ServerRightsTest, AClerkSeesOnlyTheReportsOfTheirAgencies)
{
    const QList<ReportSummary> listed = m_clerk->listReports().value();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().agency, agencyA);
    EXPECT_EQ(count(*m_clerk, QStringLiteral("SELECT count(*) FROM reports")), 1);
    EXPECT_EQ(
        count(*m_clerk, QStringLiteral("SELECT count(*) FROM cells WHERE report_id = %1").arg(m_reportB)), 0);
    EXPECT_FALSE(m_clerk->loadReport(m_reportB));
    EXPECT_EQ(m_supervisor->listReports().value().size(), 2);
}

TEST_F(ServerRightsTest, TheYearsLastSubmissionsAreThoseOfTheReportsTheLoginReads)
{
    const QString clerkBLogin = location().database + QStringLiteral("_clerk_b");
    const std::unique_ptr<ReportStore> clerkB = loginAs(clerkBLogin);
    ASSERT_TRUE(clerkB);
    ASSERT_NO_FATAL_FAILURE(submit(*m_clerk, m_reportA));
    ASSERT_NO_FATAL_FAILURE(submit(*clerkB, m_reportB));

    const QHash<qint64, RevisionInfo> all = m_supervisor->lastSubmissions(2021).value();
    EXPECT_EQ(all.size(), 2);
    EXPECT_EQ(all.value(m_reportA).actor, m_clerkLogin);
    EXPECT_EQ(all.value(m_reportB).actor, clerkBLogin);
    // Each clerk what revisions() shows them: their agency's report, not the other's.
    EXPECT_EQ(m_clerk->lastSubmissions(2021)->keys(), QList<qint64>{m_reportA});
    EXPECT_EQ(clerkB->lastSubmissions(2021)->keys(), QList<qint64>{m_reportB});
    EXPECT_FALSE(m_clerk->revisions(m_reportB));
    EXPECT_EQ(m_clerk->lastSubmissions(2021)->value(m_reportA).revision,
              m_clerk->revisions(m_reportA)->constLast().revision);
}

TEST_F(ServerRightsTest, AClerkCannotChangeAnotherAgencysReport)
{
    const int cellsBefore =
        count(*m_admin, QStringLiteral("SELECT count(*) FROM cells WHERE report_id = %1").arg(m_reportB));
    ASSERT_GT(cellsBefore, 0);
    EXPECT_EQ(
        raw(*m_clerk, QStringLiteral("UPDATE cells SET text = '999' WHERE report_id = %1").arg(m_reportB))
            .rows,
        0);
    EXPECT_EQ(raw(*m_clerk, QStringLiteral("DELETE FROM cells WHERE report_id = %1").arg(m_reportB)).rows, 0);
    EXPECT_TRUE(raw(*m_clerk, QStringLiteral("INSERT INTO cells (report_id, cell, units, unit, text)"
                                             " VALUES (%1, 'x', 1, '', '1')")
                                  .arg(m_reportB))
                    .refused);
    EXPECT_EQ(raw(*m_clerk,
                  QStringLiteral("UPDATE reports SET revision = revision + 1 WHERE id = %1").arg(m_reportB))
                  .rows,
              0);
    EXPECT_EQ(
        count(*m_admin, QStringLiteral("SELECT count(*) FROM cells WHERE report_id = %1 AND text = '999'")
                            .arg(m_reportB)),
        0);
    EXPECT_EQ(
        count(*m_admin, QStringLiteral("SELECT count(*) FROM cells WHERE report_id = %1").arg(m_reportB)),
        cellsBefore);
    // Nor can they take the agency over by renaming it, or give themselves another.
    EXPECT_TRUE(raw(*m_clerk, QStringLiteral("UPDATE agencies SET name = 'x'")).refused);
    EXPECT_TRUE(raw(*m_clerk, QStringLiteral("INSERT INTO user_agencies (user_id, agency)"
                                             " SELECT id, '%1' FROM users WHERE name = current_user")
                                  .arg(agencyB))
                    .refused);
    EXPECT_TRUE(raw(*m_clerk, QStringLiteral("UPDATE users SET role = 'supervisor'")).refused);
}

TEST_F(ServerRightsTest, AClerkCannotApproveOrReturnEvenWithRawSql)
{
    ReviewWorkflow clerkFlow(*m_clerk);
    User claimed = userOf(*m_clerk);
    const StoreResult<ReviewCheck> check = clerkFlow.check(m_reportA, ReviewAction::Submit, claimed);
    ASSERT_TRUE(check);
    const StoredReport stored = m_clerk->loadReport(m_reportA).value();
    ASSERT_TRUE(clerkFlow.submit(
        m_reportA, claimed,
        SubmitRequest::acknowledgeAll(*stored.report.format(), check->warnings, QStringLiteral("属实"))));
    ASSERT_EQ(status(m_reportA), QStringLiteral("submitted"));

    // A program that lies about the role gets no further than psql.
    claimed.role = UserRole::Supervisor;
    EXPECT_FALSE(clerkFlow.approve(m_reportA, claimed));
    EXPECT_EQ(
        raw(*m_clerk, QStringLiteral("UPDATE reports SET status = 'approved' WHERE id = %1").arg(m_reportA))
            .rows,
        0);
    EXPECT_EQ(
        raw(*m_clerk, QStringLiteral("UPDATE reports SET status = 'returned' WHERE id = %1").arg(m_reportA))
            .rows,
        0);
    EXPECT_TRUE(raw(*m_clerk, QStringLiteral("INSERT INTO approvals (report_id, revision, at, actor, sha256)"
                                             " VALUES (%1, 99, 'now', 'x', 'x')")
                                  .arg(m_reportA))
                    .refused);
    // A submitted report is not the clerk's to change any more.
    EXPECT_EQ(
        raw(*m_clerk, QStringLiteral("UPDATE cells SET text = '1' WHERE report_id = %1").arg(m_reportA)).rows,
        0);
    EXPECT_EQ(status(m_reportA), QStringLiteral("submitted"));
}

TEST_F(ServerRightsTest, ApprovedReportsAndTheirSealsAreChangedByNobody)
{
    submitAndApprove();
    ASSERT_EQ(status(m_reportA), QStringLiteral("approved"));
    for (ReportStore *store : {m_clerk.get(), m_supervisor.get()}) {
        SCOPED_TRACE(store == m_clerk.get() ? "clerk" : "supervisor");
        const Outcome cells =
            raw(*store, QStringLiteral("UPDATE cells SET text = '1' WHERE report_id = %1").arg(m_reportA));
        EXPECT_TRUE(cells.refused || cells.rows == 0);
        EXPECT_EQ(
            raw(*store, QStringLiteral("UPDATE reports SET status = 'returned' WHERE id = %1").arg(m_reportA))
                .rows,
            0);
        EXPECT_TRUE(raw(*store, QStringLiteral("UPDATE approvals SET sha256 = 'forged'")).refused);
        EXPECT_TRUE(raw(*store, QStringLiteral("DELETE FROM approvals")).refused);
    }
    EXPECT_EQ(count(*m_admin, QStringLiteral("SELECT count(*) FROM approvals WHERE sha256 = 'forged'")), 0);
    EXPECT_EQ(status(m_reportA), QStringLiteral("approved"));
}

TEST_F(ServerRightsTest, NobodyRewritesTheAuditLogAndItNamesTheLogin)
{
    // The program claims another name; the server writes the login.
    m_clerk->setActor(QStringLiteral("王审核"));
    const StoredReport stored = m_clerk->loadReport(m_reportA).value();
    ASSERT_TRUE(m_clerk->setNarrative(m_reportA, 1, QStringLiteral("新的文字"), stored.revision));
    QSqlQuery last(QSqlDatabase::database(m_admin->connectionName()));
    ASSERT_TRUE(last.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(last.next());
    EXPECT_EQ(last.value(0).toString(), m_clerkLogin);

    for (ReportStore *store : {m_clerk.get(), m_supervisor.get()}) {
        EXPECT_TRUE(raw(*store, QStringLiteral("UPDATE audit_log SET actor = 'x'")).refused);
        EXPECT_TRUE(raw(*store, QStringLiteral("DELETE FROM audit_log")).refused);
        EXPECT_TRUE(raw(*store, QStringLiteral("UPDATE revisions SET snapshot = ''")).refused);
    }
}

// Deleting a report: a clerk their agencies' drafts, a supervisor any draft, nobody a report that
// was submitted — decided by the server whatever the program (or psql) sends.
TEST_F(ServerRightsTest, AClerkDeletesOnlyTheirAgencysDrafts)
{
    EXPECT_EQ(raw(*m_clerk, QStringLiteral("DELETE FROM reports WHERE id = %1").arg(m_reportB)).rows, 0);
    EXPECT_TRUE(m_admin->loadReport(m_reportB));
    const StoreResult<void> deleted = m_clerk->deleteDraft(m_reportA);
    ASSERT_TRUE(deleted) << deleted.error().message.toStdString();
    EXPECT_FALSE(m_admin->loadReport(m_reportA));
    EXPECT_EQ(
        count(*m_admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE report_id = %1").arg(m_reportA)),
        0);
    EXPECT_TRUE(m_admin->loadReport(m_reportB));
}

// A clerk may not write to the office's log, yet their deletion is in it, under their login: the
// server writes the line, whatever name the program sends.
TEST_F(ServerRightsTest, AClerksDeletionIsInTheOfficesLogThoughTheyCannotWriteToIt)
{
    const Outcome forged =
        raw(*m_clerk, QStringLiteral("INSERT INTO office_log (at, actor, action, target, old_value)"
                                     " VALUES ('2022-01-01T00:00:00.000Z', 'x', 'draft-deleted',"
                                     " '坎市镇人民政府 2021', 'draft, revision 1')"));
    EXPECT_TRUE(forged.refused) << "a clerk wrote a line of the office's log";
    EXPECT_TRUE(forged.error.contains(QStringLiteral("office_log"))) << forged.error.toStdString();
    // Another agency's draft: nothing deleted, nothing logged.
    EXPECT_EQ(raw(*m_clerk, QStringLiteral("DELETE FROM reports WHERE id = %1").arg(m_reportB)).rows, 0);
    EXPECT_TRUE(OfficeLog(*m_admin).deletedDrafts(2021)->isEmpty());

    const int revision = m_clerk->loadReport(m_reportA)->revision;
    m_clerk->setActor(QStringLiteral("王审核"));
    const StoreResult<void> deleted = m_clerk->deleteDraft(m_reportA);
    ASSERT_TRUE(deleted) << deleted.error().message.toStdString();
    const QList<DeletedDraft> logged = OfficeLog(*m_clerk).deletedDrafts(2021).value();
    ASSERT_EQ(logged.size(), 1) << "everyone reads the office's log";
    EXPECT_EQ(logged.first().agency, agencyA);
    EXPECT_EQ(logged.first().year, 2021);
    EXPECT_EQ(logged.first().revision, revision);
    EXPECT_EQ(logged.first().actor, m_clerkLogin);
    EXPECT_LE(qAbs(logged.first().at.secsTo(QDateTime::currentDateTimeUtc())), 60);

    ASSERT_TRUE(m_supervisor->deleteDraft(m_reportB));
    EXPECT_EQ(count(*m_admin, QStringLiteral("SELECT count(*) FROM office_log WHERE action = 'draft-deleted'"
                                             " AND actor = '%1'")
                                  .arg(m_supervisorLogin)),
              1);
    for (ReportStore *store : {m_clerk.get(), m_supervisor.get()})
        EXPECT_TRUE(raw(*store, QStringLiteral("DELETE FROM office_log")).refused);
}

TEST_F(ServerRightsTest, ASupervisorDeletesADraftButNoSubmittedReport)
{
    ReviewWorkflow clerkFlow(*m_clerk);
    const User clerk = userOf(*m_clerk);
    const StoreResult<ReviewCheck> check = clerkFlow.check(m_reportA, ReviewAction::Submit, clerk);
    ASSERT_TRUE(check);
    const StoredReport stored = m_clerk->loadReport(m_reportA).value();
    ASSERT_TRUE(clerkFlow.submit(
        m_reportA, clerk,
        SubmitRequest::acknowledgeAll(*stored.report.format(), check->warnings, QStringLiteral("属实"))));
    for (ReportStore *store : {m_clerk.get(), m_supervisor.get()}) {
        const Outcome submitted =
            raw(*store, QStringLiteral("DELETE FROM reports WHERE id = %1").arg(m_reportA));
        EXPECT_TRUE(submitted.refused || submitted.rows == 0) << submitted.error.toStdString();
        EXPECT_FALSE(store->deleteDraft(m_reportA));
    }
    EXPECT_EQ(status(m_reportA), QStringLiteral("submitted"));
    const StoreResult<void> draft = m_supervisor->deleteDraft(m_reportB);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_FALSE(m_admin->loadReport(m_reportB));
}

TEST_F(ServerRightsTest, OnAServerTheLoginActsAndAsIsRefused)
{
    const StoreResult<Identity> self = Identity::of(*m_clerk, {});
    ASSERT_TRUE(self && self->user);
    EXPECT_EQ(self->user->name, m_clerkLogin);
    EXPECT_EQ(self->user->agencies, QStringList{agencyA});
    const StoreResult<Identity> other = Identity::of(*m_clerk, m_supervisorLogin);
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, StoreError::Code::Refused);
    // Naming oneself is no claim.
    EXPECT_TRUE(Identity::of(*m_clerk, m_clerkLogin));
}

TEST_F(ServerRightsTest, OnlyTheAdministratorAddsLogins)
{
    UserDirectory users(*m_supervisor);
    const StoreResult<User> added =
        users.addLogin(location().database + QStringLiteral("_new"), UserRole::Clerk, {agencyA}, password);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, StoreError::Code::PermissionDenied) << added.error().message.toStdString();
}

TEST_F(ServerRightsTest, OnlyASupervisorSetsTheOfficesDeadlineEvenWithRawSql)
{
    // A clerk who goes round the program (which refuses them too) is refused by the server.
    const Outcome inserted =
        raw(*m_clerk, QStringLiteral("INSERT INTO office_deadlines (year, due, set_by, set_at)"
                                     " VALUES (2021, '2022-02-28', 'x', '2022-01-01T00:00:00.000Z')"));
    EXPECT_TRUE(inserted.refused) << "a clerk gave everyone a month more";
    EXPECT_TRUE(inserted.error.contains(QStringLiteral("office_deadlines"))) << inserted.error.toStdString();
    const Identity clerk = Identity::of(*m_clerk, {}).value();
    EXPECT_EQ(OfficeDeadline(*m_clerk).set(2021, QDate(2022, 1, 10), clerk).error().code,
              StoreError::Code::Refused);

    const Identity supervisor = Identity::of(*m_supervisor, {}).value();
    const StoreResult<ReviewDeadline> set =
        OfficeDeadline(*m_supervisor).set(2021, QDate(2022, 1, 10), supervisor);
    ASSERT_TRUE(set) << set.error().message.toStdString();
    EXPECT_EQ(OfficeDeadline(*m_clerk).of(2021).value().date(), QDate(2022, 1, 10)) << "everyone reads it";
    EXPECT_TRUE(raw(*m_clerk, QStringLiteral("UPDATE office_deadlines SET due = '2022-01-31'")).refused);
    EXPECT_TRUE(raw(*m_clerk, QStringLiteral("DELETE FROM office_deadlines")).refused);
    EXPECT_EQ(count(*m_admin, QStringLiteral("SELECT count(*) FROM office_deadlines WHERE set_by = '%1'")
                                  .arg(m_supervisorLogin)),
              1);
    // The office's log names the login, and a clerk writes nothing into it.
    EXPECT_EQ(
        count(*m_admin,
              QStringLiteral("SELECT count(*) FROM office_log WHERE actor = '%1'").arg(m_supervisorLogin)),
        1);
    EXPECT_TRUE(raw(*m_clerk, QStringLiteral("INSERT INTO office_log (at, actor, action, target)"
                                             " VALUES ('2022-01-01T00:00:00.000Z', 'x', 'deadline', '2021')"))
                    .refused);
}

// The list of agencies: a supervisor deletes one entered by mistake or moves it under another; a
// clerk who goes round the program (which refuses them too) is refused by the server.
TEST_F(ServerRightsTest, OnlyASupervisorDeletesAnAgencyOrChangesItsParent)
{
    const QString county = QStringLiteral("永定区人民政府");
    const QString dongsheng = QStringLiteral("东升镇人民政府");
    AgencyDirectory admin(m_admin->connection());
    ASSERT_TRUE(admin.add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(admin.add(dongsheng, QStringLiteral("township"), {QStringLiteral("东升")}));

    const Outcome deleted =
        raw(*m_clerk, QStringLiteral("DELETE FROM agencies WHERE name = '%1'").arg(dongsheng));
    EXPECT_TRUE(deleted.refused) << "a clerk deleted an agency";
    EXPECT_TRUE(deleted.error.contains(QStringLiteral("agencies"))) << deleted.error.toStdString();
    const Outcome moved = raw(*m_clerk, QStringLiteral("UPDATE agencies SET parent_id ="
                                                       " (SELECT id FROM agencies WHERE name = '%1')"
                                                       " WHERE name = '%2'")
                                            .arg(county, dongsheng));
    EXPECT_TRUE(moved.refused) << "a clerk changed an agency's parent";
    AgencyDirectory clerk(m_clerk->connection());
    EXPECT_EQ(clerk.setParent(dongsheng, county).error().code, StoreError::Code::PermissionDenied);
    EXPECT_EQ(clerk.remove(dongsheng).error().code, StoreError::Code::PermissionDenied);
    EXPECT_EQ(admin.match(dongsheng)->agency.parent, QString()) << "nothing changed";

    AgencyDirectory supervisor(m_supervisor->connection());
    const StoreResult<Agency> under = supervisor.setParent(QStringLiteral("东升"), county);
    ASSERT_TRUE(under) << under.error().message.toStdString();
    EXPECT_EQ(admin.match(dongsheng)->agency.parent, county);
    EXPECT_EQ(supervisor.setParent(county, dongsheng).error().code, StoreError::Code::Refused);
    const StoreResult<Agency> removed = supervisor.remove(dongsheng);
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    const QList<Agency> left = admin.agencies().value();
    for (const Agency &each : left)
        EXPECT_NE(each.name, dongsheng) << "still in the list";
    EXPECT_EQ(admin.match(QStringLiteral("东升"))->kind, AgencyMatchKind::None);

    // Not an agency its reports or its clerk belong to, not even with raw SQL.
    const StoreResult<Agency> kept = supervisor.remove(agencyA);
    ASSERT_FALSE(kept);
    EXPECT_TRUE(kept.error().message.contains(m_clerkLogin)) << kept.error().message.toStdString();
    EXPECT_TRUE(
        raw(*m_supervisor, QStringLiteral("DELETE FROM agencies WHERE name = '%1'").arg(agencyA)).refused);
    EXPECT_TRUE(m_admin->loadReport(m_reportA));
}

// The server itself refuses an agency under itself, which the program refuses first: a supervisor's
// raw SQL, or the administrator's, cannot close a loop of parents. And whatever changes the list,
// the program or psql, the office's log names the login.
TEST_F(ServerRightsTest, NoAgencyIsUnderItselfAndTheListsChangesNameTheLogin)
{
    const QString county = QStringLiteral("永定区人民政府");
    const QString dongsheng = QStringLiteral("东升镇人民政府");
    const QString village = QStringLiteral("东升镇某村村民委员会");
    AgencyDirectory admin(m_admin->connection());
    ASSERT_TRUE(admin.add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(admin.add(dongsheng, QStringLiteral("township"), {}, county));
    ASSERT_TRUE(admin.add(village, {}, {}, dongsheng));
    const QString under = QStringLiteral("UPDATE agencies SET parent_id = (SELECT id FROM agencies WHERE"
                                         " name = '%1') WHERE name = '%2'");
    for (const QString &loop : {under.arg(village, county), under.arg(county, county)}) {
        const Outcome refused = raw(*m_supervisor, loop);
        EXPECT_TRUE(refused.refused) << loop.toStdString();
        EXPECT_TRUE(refused.error.contains(QStringLiteral("nianbao: agency under itself")))
            << refused.error.toStdString();
        const std::optional<StoreError> said = StoreError::fromGuard(refused.error);
        ASSERT_TRUE(said) << "the user reads a sentence, not the database's words";
        EXPECT_EQ(said->code, StoreError::Code::Refused);
    }
    EXPECT_TRUE(raw(*m_admin, QStringLiteral("INSERT INTO agencies (id, name, parent_id)"
                                             " VALUES (990001, '自己的上级', 990001)"))
                    .refused)
        << "added under itself";
    EXPECT_TRUE(admin.match(county)->agency.parent.isEmpty()) << "nothing changed";

    // Round the program, and through it under another name: the server names the login.
    ASSERT_FALSE(raw(*m_supervisor, under.arg(county, village)).refused);
    ASSERT_FALSE(
        raw(*m_supervisor, QStringLiteral("DELETE FROM agencies WHERE name = '%1'").arg(village)).refused);
    ASSERT_TRUE(AgencyDirectory(m_supervisor->connection(), QStringLiteral("王审核"))
                    .rename(dongsheng, QStringLiteral("东升镇政府")));
    const QList<AgencyChange> changes = OfficeLog(*m_clerk).agencyChanges().value();
    ASSERT_EQ(changes.size(), 3) << "everyone reads the office's log";
    EXPECT_EQ(changes[0].kind, AgencyChange::Kind::Moved);
    EXPECT_EQ(changes[0].from, dongsheng);
    EXPECT_EQ(changes[0].to, county);
    EXPECT_EQ(changes[1].kind, AgencyChange::Kind::Deleted);
    EXPECT_EQ(changes[1].agency, village);
    EXPECT_EQ(changes[2].kind, AgencyChange::Kind::Renamed);
    for (const AgencyChange &change : changes)
        EXPECT_EQ(change.actor, m_supervisorLogin) << OfficeLog::describe(change).toStdString();
}

TEST(ServerAccounts, TheVerifierIsPostgresqlsScramSha256)
{
    // The password and salt of RFC 7677's example; the keys as Python's hashlib.pbkdf2_hmac and hmac
    // derive them. The logins of the tests above prove that the server accepts such a verifier.
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    EXPECT_EQ(ServerAccounts::scramVerifier(QStringLiteral("pencil"), salt),
              QStringLiteral(
                  "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                  "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
}

TEST(ServerAccounts, LoginNamesAreAsciiRoleNames)
{
    EXPECT_FALSE(ServerAccounts::loginRefusal(QStringLiteral("zhangsan")));
    EXPECT_FALSE(ServerAccounts::loginRefusal(QStringLiteral("kanshi_clerk2")));
    EXPECT_TRUE(ServerAccounts::loginRefusal(QStringLiteral("张三")));
    EXPECT_TRUE(ServerAccounts::loginRefusal(QStringLiteral("Zhang")));
    EXPECT_TRUE(ServerAccounts::loginRefusal(QStringLiteral("a\"; DROP ROLE postgres; --")));
    EXPECT_TRUE(ServerAccounts::loginRefusal(QString(64, u'a')));
}

// What a script pipes in: the first line is the password, and an empty one is refused.
std::optional<QString> readFromPipe(const QByteArray &input, QString *message)
{
    int ends[2];
    EXPECT_EQ(pipe(ends), 0);
    EXPECT_EQ(write(ends[1], input.constData(), size_t(input.size())), input.size());
    close(ends[1]);
    QTextStream err(message);
    const std::optional<QString> read = SecretInput::readNew(ends[0], QStringLiteral("zhangsan"), err);
    close(ends[0]);
    return read;
}

TEST(SecretInput, AScriptGivesThePasswordOnTheFirstLine)
{
    QString message;
    EXPECT_EQ(readFromPipe("密码 one\nsecond line\n", &message), QStringLiteral("密码 one"));
    EXPECT_EQ(readFromPipe("last\r\n", &message), QStringLiteral("last"));
    EXPECT_FALSE(readFromPipe("\nsecret\n", &message));
    EXPECT_TRUE(message.contains(QStringLiteral("zhangsan"))) << message.toStdString();
    EXPECT_FALSE(readFromPipe("", &message));
}

} // namespace
} // namespace nianbao::test
