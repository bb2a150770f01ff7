// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Agencies are things, not strings: the matcher, the database's list, reports that meet across the
// years under another form of their agency's name, and `nianbao agency`.
#include "agencymatcher.h"
#include "cli/agencycommands.h"
#include "cli/storecommands.h"
#include "review/identity.h"
#include "review/officelog.h"
#include "review/reportintake.h"
#include "review/userdirectory.h"
#include "storage/agencydirectory.h"
#include "storage/reportstore.h"
#include "storage/sqldialect.h"
#include "storage/storeconnection.h"
#include "storage/storeschema.h"
#include "storetestsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kanshi = QStringLiteral("坎市镇人民政府");
const QString kanshiShort = QStringLiteral("坎市镇");

Agency agency(qint64 id, const QString &name, const QStringList &aliases = {})
{
    Agency made;
    made.id = id;
    made.name = name;
    made.aliases = aliases;
    return made;
}

QList<qint64> idsOf(const QList<Agency> &agencies)
{
    QList<qint64> ids;
    for (const Agency &each : agencies)
        ids.append(each.id);
    return ids;
}

} // namespace

TEST(AgencyMatcher, FullNameAliasAndShortNameAreSure)
{
    const AgencyMatcher matcher({agency(1, kanshi), agency(2, QStringLiteral("龙岩市永定区教育局"),
                                                           {QStringLiteral("永定区教育局")})});
    const AgencyMatch exact = matcher.match(kanshi);
    EXPECT_EQ(exact.kind, AgencyMatchKind::Exact);
    EXPECT_EQ(exact.agency.id, 1);
    // Spaces (an ideographic one too) and full-width characters do not count.
    EXPECT_EQ(matcher.match(QStringLiteral(" 坎市镇　人民政府 ")).kind, AgencyMatchKind::Exact);

    const AgencyMatch alias = matcher.match(QStringLiteral("永定区教育局"));
    EXPECT_EQ(alias.kind, AgencyMatchKind::Alias);
    EXPECT_EQ(alias.agency.id, 2);

    for (const QString &name : {kanshiShort, QStringLiteral("坎市镇政府")}) {
        const AgencyMatch shortName = matcher.match(name);
        EXPECT_EQ(shortName.kind, AgencyMatchKind::ShortName) << name.toStdString();
        EXPECT_EQ(shortName.agency.id, 1) << name.toStdString();
        EXPECT_TRUE(shortName.isSure());
        EXPECT_TRUE(shortName.explanation(name).contains(kanshi));
    }
    EXPECT_EQ(AgencyMatcher::shortName(kanshi), kanshiShort);
    EXPECT_EQ(AgencyMatcher::shortName(QStringLiteral("东城街道办事处")), QStringLiteral("东城街道"));
}

TEST(AgencyMatcher, SaysWhenItIsUnsure)
{
    // Two agencies of the same short name: the name may mean either.
    const AgencyMatcher twice({agency(1, kanshi), agency(2, kanshiShort)});
    EXPECT_EQ(twice.match(kanshiShort).kind, AgencyMatchKind::Exact);
    const AgencyMatch both = twice.match(QStringLiteral("坎市镇政府"));
    EXPECT_EQ(both.kind, AgencyMatchKind::Unsure);
    EXPECT_FALSE(both.isSure());
    EXPECT_EQ(idsOf(both.candidates), (QList<qint64>{1, 2}));
    EXPECT_TRUE(both.explanation(QStringLiteral("坎市镇政府")).contains(kanshiShort));

    // Only the ending agrees: a name with the county before it is probably, not surely, the same.
    const AgencyMatcher one({agency(1, kanshi), agency(3, QStringLiteral("南定镇人民政府"))});
    const AgencyMatch partly = one.match(QStringLiteral("永定区坎市镇"));
    EXPECT_EQ(partly.kind, AgencyMatchKind::Unsure);
    EXPECT_EQ(idsOf(partly.candidates), (QList<qint64>{1}));

    EXPECT_EQ(one.match(QStringLiteral("洪河镇")).kind, AgencyMatchKind::None);
    EXPECT_EQ(one.match(QStringLiteral("  ")).kind, AgencyMatchKind::None);
    // One character in common says nothing (镇 would match every township).
    EXPECT_EQ(one.match(QStringLiteral("镇")).kind, AgencyMatchKind::None);
}

class AgencyTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_store = openStore();
        ASSERT_TRUE(m_store);
    }
    AgencyDirectory directory() { return AgencyDirectory(m_store->connection()); }
    /// The supervisor 王审核 and the clerk 李填报 of agencies.
    User addUsers(const QStringList &agencies)
    {
        UserDirectory users(*m_store);
        EXPECT_TRUE(users.addUser(QStringLiteral("王审核"), UserRole::Supervisor, {}, {}));
        const StoreResult<User> clerk =
            users.addUser(QStringLiteral("李填报"), UserRole::Clerk, agencies, QStringLiteral("王审核"));
        EXPECT_TRUE(clerk) << clerk.error().message.toStdString();
        return clerk ? clerk.value() : User{};
    }
    Agency listed(const QString &name)
    {
        const StoreResult<QList<Agency>> all = directory().agencies();
        EXPECT_TRUE(all) << all.error().message.toStdString();
        for (const Agency &each : all.value())
            if (each.name == name)
                return each;
        ADD_FAILURE() << "no agency " << name.toStdString();
        return {};
    }
    /// A statement sent past the program, as any SQL tool would: the database's refusal, or empty.
    QString rawSql(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_store->connectionName()));
        return query.exec(sql) ? QString() : query.lastError().text();
    }
    /// Marks the database as of schema version (the caller has dropped what the later migrations
    /// made) and opens it as the administrator's `nianbao server init` does, which brings it up to date.
    void upgradeFrom(int version)
    {
        const SqlDialect &dialect = SqlDialect::of(backend());
        ASSERT_TRUE(dialect.setSchemaVersion(m_store->connection(), version));
        m_store.reset();
        StoreResult<std::unique_ptr<ReportStore>> upgraded =
            ReportStore::open(location(), ReportStore::OpenMode::Administer);
        ASSERT_TRUE(upgraded) << upgraded.error().message.toStdString();
        m_store = std::move(upgraded).value();
        EXPECT_EQ(dialect.schemaVersion(m_store->connection()).value(), StoreSchema::currentVersion());
    }
    CommandRun agencyRun(QStringList arguments) const
    {
        return runCommand(runAgencyCommand, arguments << QStringLiteral("--db") << dbAddress());
    }
    std::unique_ptr<ReportStore> m_store;
};

TEST_P(AgencyTest, KeepsFullNameAliasesKindAndParent)
{
    const StoreResult<Agency> county =
        directory().add(QStringLiteral("永定区人民政府"), QStringLiteral("county_government"));
    ASSERT_TRUE(county) << county.error().message.toStdString();
    const StoreResult<Agency> added =
        directory().add(kanshi, QStringLiteral("township"), {kanshiShort, QStringLiteral("坎市")},
                        QStringLiteral("永定区人民政府"));
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(added->aliases, (QStringList{QStringLiteral("坎市"), kanshiShort}));
    EXPECT_EQ(added->parent, QStringLiteral("永定区人民政府"));
    EXPECT_EQ(added->parentId, county->id);

    const Agency stored = listed(kanshi);
    EXPECT_EQ(stored.kind, QStringLiteral("township"));
    EXPECT_EQ(stored.aliases, added->aliases);
    EXPECT_EQ(stored.reports, 0);

    // A name, alias or short form of an agency in the list is that agency, never a second one.
    for (const QString &again : {kanshi, kanshiShort, QStringLiteral("坎市镇政府")}) {
        const StoreResult<Agency> twice = directory().add(again, {});
        ASSERT_FALSE(twice) << again.toStdString();
        EXPECT_EQ(twice.error().code, StoreError::Code::AlreadyExists);
        EXPECT_TRUE(twice.error().message.contains(kanshi)) << twice.error().message.toStdString();
    }
    EXPECT_EQ(directory().add(QStringLiteral("南定镇人民政府"), QStringLiteral("village")).error().code,
              StoreError::Code::InvalidInput);
    EXPECT_EQ(
        directory().add(QStringLiteral("南定镇人民政府"), {}, {}, QStringLiteral("无此县")).error().code,
        StoreError::Code::NotFound);
    EXPECT_EQ(directory().agencies()->size(), 2);
}

TEST_P(AgencyTest, AReportImportedUnderTheShortNameIsTheAgencysAndCarriesOver)
{
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township")));
    const StoreResult<ImportedReport> imported = m_store->importReport(sampleReport(kanshiShort, 2020));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    const QList<ReportSummary> reports = m_store->listReports().value();
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports[0].agency, kanshi);
    EXPECT_EQ(directory().agencies()->size(), 1);
    EXPECT_EQ(listed(kanshi).reports, 1);

    // Found under either name.
    EXPECT_EQ(m_store->findReport(kanshiShort, 2020).value(), imported->id);
    EXPECT_EQ(m_store->findReport(kanshi, 2020).value(), imported->id);

    const StoreResult<CreatedReport> created =
        m_store->createReport(kanshi, QStringLiteral("township"), 2021);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_FALSE(created->carried.isEmpty());
    const auto previous = m_store->previousReport(created->id);
    ASSERT_TRUE(previous && previous.value());
    EXPECT_EQ(previous.value()->id, imported->id);
    // The short name again is the same agency: its 2021 report exists.
    EXPECT_EQ(m_store->createReport(kanshiShort, {}, 2021).error().code, StoreError::Code::AlreadyExists);
}

// A database from before agencies had aliases may hold one agency twice: 坎市镇 from an import and
// 坎市镇人民政府 typed later. Their reports still meet.
TEST_P(AgencyTest, TheSameAgencyStoredTwiceStillCarriesOver)
{
    ASSERT_TRUE(m_store->importReport(sampleReport(kanshiShort, 2020)));
    ASSERT_TRUE(
        m_store->connection().insert(QStringLiteral("INSERT INTO agencies (name, kind) VALUES (?, ?)"),
                                     {kanshi, QStringLiteral("township")}));
    const StoreResult<CreatedReport> created =
        m_store->createReport(kanshi, QStringLiteral("township"), 2021);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_FALSE(created->carried.isEmpty());
    const auto previous = m_store->previousReport(created->id);
    ASSERT_TRUE(previous && previous.value());
    EXPECT_EQ(previous.value()->report.meta.agencyName, kanshiShort);
    EXPECT_EQ(m_store->loadReport(created->id)->report.meta.agencyName, kanshi);
}

TEST_P(AgencyTest, AnUnknownNameIsANewAgency)
{
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township")));
    ASSERT_TRUE(m_store->importReport(sampleReport(QStringLiteral("南定镇人民政府"), 2021)));
    EXPECT_EQ(directory().agencies()->size(), 2);
    EXPECT_EQ(listed(QStringLiteral("南定镇人民政府")).kind, QStringLiteral("township"));
}

TEST_P(AgencyTest, RenamingKeepsTheOldNameAndTheClerks)
{
    // Assigned under the short name: the clerk is the agency's, under its full name.
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township")));
    EXPECT_EQ(addUsers({kanshiShort}).agencies, QStringList{kanshi});
    UserDirectory users(*m_store);
    ASSERT_TRUE(m_store->importReport(sampleReport(kanshi, 2020)));

    const QString newName = QStringLiteral("龙岩市永定区坎市镇人民政府");
    const StoreResult<Agency> renamed = directory().rename(kanshiShort, newName);
    ASSERT_TRUE(renamed) << renamed.error().message.toStdString();
    EXPECT_EQ(renamed->name, newName);
    EXPECT_TRUE(renamed->aliases.contains(kanshi));
    EXPECT_EQ(users.user(QStringLiteral("李填报"))->agencies, QStringList{newName});
    EXPECT_EQ(m_store->listReports().value()[0].agency, newName);
    // The old name still finds it.
    EXPECT_EQ(directory().match(kanshi)->agency.name, newName);
    EXPECT_TRUE(m_store->findReport(kanshi, 2020));

    // Back to a name it has as an alias: the alias becomes the name.
    ASSERT_TRUE(directory().rename(newName, kanshi));
    EXPECT_FALSE(listed(kanshi).aliases.contains(kanshi));
    EXPECT_TRUE(listed(kanshi).aliases.contains(newName));

    ASSERT_TRUE(directory().add(QStringLiteral("南定镇人民政府"), {}));
    EXPECT_EQ(directory().rename(kanshi, QStringLiteral("南定镇人民政府")).error().code,
              StoreError::Code::AlreadyExists);
    EXPECT_EQ(directory().rename(QStringLiteral("洪河镇"), QStringLiteral("洪河镇人民政府")).error().code,
              StoreError::Code::NotFound);
}

TEST_P(AgencyTest, AClerkAddsTheReportOfTheirAgencyUnderItsShortName)
{
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township")));
    ReportIntake intake(*m_store, Identity::ofUser(addUsers({kanshi})));
    const StoreResult<ImportedReport> imported = intake.importReport(sampleReport(kanshiShort, 2020));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(m_store->loadReport(imported->id)->report.meta.agencyName, kanshi);
    const StoreResult<ImportedReport> other =
        intake.importReport(sampleReport(QStringLiteral("南定镇人民政府"), 2020));
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, StoreError::Code::Refused);
}

TEST_P(AgencyTest, AnAgencyWithAnApprovedReportKeepsItsName)
{
    const StoreResult<ImportedReport> imported = m_store->importReport(sampleReport(kanshi, 2020));
    ASSERT_TRUE(imported);
    for (const char *status : {"submitted", "approved"})
        ASSERT_TRUE(m_store->connection().exec(QStringLiteral("UPDATE reports SET status = ? WHERE id = ?"),
                                               {QString::fromLatin1(status), imported->id}));
    const StoreResult<Agency> renamed = directory().rename(kanshi, QStringLiteral("坎市镇政府"));
    ASSERT_FALSE(renamed);
    EXPECT_EQ(renamed.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(renamed.error().message.contains(QStringLiteral("2020")));
    EXPECT_EQ(listed(kanshi).name, kanshi);
}

TEST_P(AgencyTest, TheCommandAddsListsRenamesAndMatches)
{
    const auto agencyRun = [this](QStringList arguments) {
        return runCommand(runAgencyCommand, arguments << QStringLiteral("--db") << dbAddress());
    };
    m_store.reset();
    CommandRun run = agencyRun({QStringLiteral("add"), kanshi, QStringLiteral("--kind"),
                                QStringLiteral("乡镇"), QStringLiteral("--alias"), kanshiShort});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(kanshi)) << run.out.toStdString();

    run = agencyRun({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][u"name"].toString(), kanshi);
    EXPECT_EQ(list[0][u"kind"].toString(), QStringLiteral("township"));
    EXPECT_TRUE(list[0][u"aliases"].toArray() == QJsonArray{kanshiShort});
    EXPECT_EQ(list[0][u"reports"].toInt(), 0);

    run = agencyRun({QStringLiteral("match"), QStringLiteral("坎市镇政府")});
    EXPECT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), kanshi);
    run = agencyRun({QStringLiteral("match"), QStringLiteral("永定区坎市镇")});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.err.contains(kanshi)) << run.err.toStdString();

    run = agencyRun({QStringLiteral("rename"), kanshi, QStringLiteral("永定区坎市镇人民政府")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    run = agencyRun({QStringLiteral("list")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("永定区坎市镇人民政府\t乡镇\t"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(kanshi)) << run.out.toStdString();

    EXPECT_EQ(agencyRun({QStringLiteral("add"), kanshiShort}).code, ExitFindings);
    EXPECT_EQ(agencyRun({QStringLiteral("add"), QStringLiteral("南定镇"), QStringLiteral("--kind"),
                         QStringLiteral("村")})
                  .code,
              ExitBadInput);
    EXPECT_EQ(agencyRun({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("乡镇")}).code,
              ExitBadInput);
    EXPECT_EQ(agencyRun({QStringLiteral("rename"), kanshi}).code, ExitBadInput);
}

// nianbao import stores a report under the agency its name surely means and says which; a name that
// may mean an agency of the list, or another, is not stored until --agency says which.
TEST_P(AgencyTest, ImportSaysTheAgencyAndDoesNotGuess)
{
    ASSERT_TRUE(directory().add(QStringLiteral("龙岩市永定区坎市镇人民政府"), QStringLiteral("township")));
    m_store.reset();
    const QString seed = seedPath(QStringLiteral("2020_kanshi")); // 坎市镇
    const auto importRun = [this](QStringList arguments) {
        return runCommand(runImportCommand, arguments << QStringLiteral("--db") << dbAddress());
    };
    CommandRun run = importRun({seed});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.err.contains(QStringLiteral("龙岩市永定区坎市镇人民政府"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("--agency"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();

    run = importRun({seed, QStringLiteral("--agency"), QStringLiteral("龙岩市永定区坎市镇人民政府")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    m_store = openStore();
    ASSERT_TRUE(m_store);
    const QList<ReportSummary> reports = m_store->listReports().value();
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports[0].agency, QStringLiteral("龙岩市永定区坎市镇人民政府"));

    // Surely the agency of its short name: the message names the agency it went to.
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township")));
    m_store.reset();
    run = importRun({seed, QStringLiteral("--year"), QStringLiteral("2019")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(kanshi)) << run.out.toStdString();
}

TEST_P(AgencyTest, OnlyASupervisorChangesTheList)
{
    addUsers({kanshi});
    m_store.reset();
    const auto agencyRun = [this](QStringList arguments) {
        return runCommand(runAgencyCommand, arguments << QStringLiteral("--db") << dbAddress());
    };
    const CommandRun clerk = agencyRun({QStringLiteral("add"), QStringLiteral("南定镇人民政府"),
                                        QStringLiteral("--as"), QStringLiteral("李填报")});
    EXPECT_EQ(clerk.code, ExitFindings);
    EXPECT_TRUE(clerk.err.contains(QStringLiteral("李填报"))) << clerk.err.toStdString();
    EXPECT_EQ(agencyRun({QStringLiteral("add"), QStringLiteral("南定镇人民政府")}).code, ExitFindings);
    const CommandRun supervisor = agencyRun({QStringLiteral("add"), QStringLiteral("南定镇人民政府"),
                                             QStringLiteral("--as"), QStringLiteral("王审核")});
    EXPECT_EQ(supervisor.code, ExitOk) << supervisor.err.toStdString();
}

TEST_P(AgencyTest, OtherNamesAreAddedAndTakenAway)
{
    const QString nanding = QStringLiteral("南定镇人民政府");
    const QString alias = QStringLiteral("坎市");
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township")));
    ASSERT_TRUE(directory().add(nanding, QStringLiteral("township")));
    // Named by its short name, the agency gets the alias; the alias then means the agency.
    const StoreResult<Agency> added = directory().addAlias(kanshiShort, alias);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(added->name, kanshi);
    EXPECT_TRUE(listed(kanshi).aliases.contains(alias));
    const AgencyMatch meant = directory().match(alias).value();
    EXPECT_EQ(meant.kind, AgencyMatchKind::Alias);
    EXPECT_EQ(meant.agency.name, kanshi);

    // A name means one agency only.
    EXPECT_EQ(directory().addAlias(kanshi, alias).error().code, StoreError::Code::AlreadyExists);
    const StoreResult<Agency> taken = directory().addAlias(nanding, alias);
    ASSERT_FALSE(taken);
    EXPECT_TRUE(taken.error().message.contains(kanshi)) << taken.error().message.toStdString();
    EXPECT_EQ(directory().addAlias(nanding, kanshiShort).error().code, StoreError::Code::AlreadyExists);
    EXPECT_FALSE(listed(nanding).aliases.contains(alias));

    const StoreResult<Agency> removed = directory().removeAlias(kanshi, alias);
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    EXPECT_FALSE(removed->aliases.contains(alias));
    EXPECT_EQ(directory().match(alias)->kind, AgencyMatchKind::None);
    EXPECT_EQ(directory().removeAlias(kanshi, alias).error().code, StoreError::Code::NotFound);
    EXPECT_EQ(directory().removeAlias(kanshi, kanshi).error().code, StoreError::Code::NotFound);
    EXPECT_EQ(listed(kanshi).name, kanshi);
}

TEST_P(AgencyTest, TheCommandAddsAndRemovesOtherNamesForASupervisor)
{
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township")));
    addUsers({kanshi});
    m_store.reset();
    const auto agencyRun = [this](QStringList arguments) {
        return runCommand(runAgencyCommand, arguments << QStringLiteral("--db") << dbAddress());
    };
    const QString alias = QStringLiteral("坎市");
    CommandRun run = agencyRun({QStringLiteral("alias"), QStringLiteral("add"), kanshi, alias,
                                QStringLiteral("--as"), QStringLiteral("李填报")});
    EXPECT_EQ(run.code, ExitFindings) << "a clerk does not change the list";
    run = agencyRun({QStringLiteral("alias"), QStringLiteral("add"), kanshi, alias, QStringLiteral("--as"),
                     QStringLiteral("王审核")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(kanshi) && run.out.contains(alias)) << run.out.toStdString();
    run = agencyRun({QStringLiteral("match"), alias});
    EXPECT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), kanshi);
    run = agencyRun({QStringLiteral("alias"), QStringLiteral("remove"), kanshi, alias, QStringLiteral("--as"),
                     QStringLiteral("王审核")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_EQ(agencyRun({QStringLiteral("match"), alias}).code, ExitFindings);
    EXPECT_EQ(agencyRun({QStringLiteral("alias"), QStringLiteral("remove"), kanshi, alias,
                         QStringLiteral("--as"), QStringLiteral("王审核")})
                  .code,
              ExitFindings);
    EXPECT_EQ(agencyRun({QStringLiteral("alias"), QStringLiteral("rename"), kanshi, alias}).code,
              ExitBadInput);
    EXPECT_EQ(agencyRun({QStringLiteral("alias"), QStringLiteral("add"), kanshi}).code, ExitBadInput);
}

// An agency entered by mistake leaves the list with its other names; what the office's log says of
// its drafts stays, as history.
TEST_P(AgencyTest, AnAgencyEnteredByMistakeIsDeletedWithItsOtherNames)
{
    ASSERT_TRUE(directory().add(QStringLiteral("永定区人民政府"), QStringLiteral("county_government")));
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township"), {kanshiShort, QStringLiteral("坎市")},
                                QStringLiteral("永定区人民政府")));
    const StoreResult<ImportedReport> draft = m_store->importReport(sampleReport(kanshi, 2021));
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    ASSERT_TRUE(m_store->deleteDraft(draft->id));
    ASSERT_EQ(OfficeLog(*m_store).deletedDrafts(2021)->size(), 1);

    // Named by its short name, like everywhere.
    const StoreResult<Agency> removed = directory().remove(kanshiShort);
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    EXPECT_EQ(removed->name, kanshi);
    EXPECT_EQ(removed->aliases, (QStringList{QStringLiteral("坎市"), kanshiShort}));
    const QList<Agency> left = directory().agencies().value();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().name, QStringLiteral("永定区人民政府"));
    for (const QString &name : {kanshi, kanshiShort, QStringLiteral("坎市")})
        EXPECT_EQ(directory().match(name)->kind, AgencyMatchKind::None) << name.toStdString();
    QSqlQuery names(QSqlDatabase::database(m_store->connectionName()));
    ASSERT_TRUE(names.exec(QStringLiteral("SELECT count(*) FROM agency_names")));
    ASSERT_TRUE(names.next());
    EXPECT_EQ(names.value(0).toInt(), 0) << "its other names go with it";
    const QList<DeletedDraft> logged = OfficeLog(*m_store).deletedDrafts(2021).value();
    ASSERT_EQ(logged.size(), 1) << "the office's log keeps its history";
    EXPECT_EQ(logged.first().agency, kanshi);

    EXPECT_EQ(directory().remove(kanshi).error().code, StoreError::Code::NotFound);
    // The name is free again.
    EXPECT_TRUE(directory().add(kanshiShort, QStringLiteral("township")));
}

TEST_P(AgencyTest, AnAgencyWithReportsUsersOrAgenciesUnderItStays)
{
    const QString county = QStringLiteral("永定区人民政府");
    const QString nanding = QStringLiteral("南定镇人民政府");
    const QString dongsheng = QStringLiteral("东升镇人民政府");
    ASSERT_TRUE(directory().add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township")));
    ASSERT_TRUE(directory().add(nanding, QStringLiteral("township")));
    ASSERT_TRUE(directory().add(dongsheng, QStringLiteral("township"), {}, county));
    addUsers({nanding});
    ASSERT_TRUE(m_store->importReport(sampleReport(kanshi, 2020)));
    ASSERT_TRUE(m_store->importReport(sampleReport(kanshi, 2021)));

    const StoreResult<Agency> withReports = directory().remove(kanshi);
    ASSERT_FALSE(withReports);
    EXPECT_EQ(withReports.error().code, StoreError::Code::Refused);
    for (const QString &said : {kanshi, QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2 "),
                                QStringLiteral("nianbao delete")})
        EXPECT_TRUE(withReports.error().message.contains(said))
            << said.toStdString() << ": " << withReports.error().message.toStdString();

    const StoreResult<Agency> withClerk = directory().remove(QStringLiteral("南定镇"));
    ASSERT_FALSE(withClerk);
    EXPECT_EQ(withClerk.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(withClerk.error().message.contains(QStringLiteral("李填报")))
        << withClerk.error().message.toStdString();
    EXPECT_FALSE(withClerk.error().message.contains(QStringLiteral("王审核")))
        << "the supervisor works for no agency of their own";

    const StoreResult<Agency> asParent = directory().remove(county);
    ASSERT_FALSE(asParent);
    EXPECT_EQ(asParent.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(asParent.error().message.contains(dongsheng)) << asParent.error().message.toStdString();
    EXPECT_TRUE(asParent.error().message.contains(QStringLiteral("set-parent")))
        << asParent.error().message.toStdString();
    EXPECT_EQ(directory().agencies()->size(), 4) << "nothing changed";

    // The database refuses too, whatever program sends the statement: the reports' and the
    // children's references, and a guard for the users (their assignments name the agency).
    EXPECT_FALSE(rawSql(QStringLiteral("DELETE FROM agencies WHERE name = '%1'").arg(kanshi)).isEmpty());
    const QString assigned = rawSql(QStringLiteral("DELETE FROM agencies WHERE name = '%1'").arg(nanding));
    EXPECT_TRUE(assigned.contains(QStringLiteral("nianbao: agency has users"))) << assigned.toStdString();
    const std::optional<StoreError> said = StoreError::fromGuard(assigned);
    ASSERT_TRUE(said) << "the user reads a sentence, not the database's words";
    EXPECT_EQ(said->code, StoreError::Code::Refused);
    EXPECT_EQ(directory().agencies()->size(), 4);

    // Once nothing holds it, it goes.
    ASSERT_TRUE(directory().setParent(dongsheng, {}));
    EXPECT_TRUE(directory().remove(county)) << "no agency under it any more";
}

TEST_P(AgencyTest, AnAgencyIsPutUnderAnotherOrNone)
{
    const QString county = QStringLiteral("永定区人民政府");
    const QString bureau = QStringLiteral("永定区政务服务管理局");
    const QString village = QStringLiteral("坎市镇某村村民委员会");
    ASSERT_TRUE(directory().add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(directory().add(bureau, QStringLiteral("county_department"), {QStringLiteral("区政务局")}));
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township"), {}, county));
    ASSERT_TRUE(directory().add(village, {}, {}, kanshi));

    // Any of its names for the agency, the full name or an alias for the parent.
    StoreResult<Agency> moved = directory().setParent(kanshiShort, QStringLiteral("区政务局"));
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->parent, bureau);
    EXPECT_EQ(listed(kanshi).parent, bureau);
    moved = directory().setParent(kanshi, {});
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(listed(kanshi).parentId, 0);
    EXPECT_TRUE(listed(kanshi).parent.isEmpty());
    ASSERT_TRUE(directory().setParent(kanshi, county));

    const StoreResult<Agency> unknown = directory().setParent(kanshi, QStringLiteral("无此县人民政府"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, StoreError::Code::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("无此县人民政府")))
        << unknown.error().message.toStdString();
    EXPECT_EQ(directory().setParent(QStringLiteral("洪河镇人民政府"), county).error().code,
              StoreError::Code::NotFound);

    // The county under the village, which is under 坎市镇, which is under the county: a loop.
    const StoreResult<Agency> loop = directory().setParent(county, village);
    ASSERT_FALSE(loop);
    EXPECT_EQ(loop.error().code, StoreError::Code::Refused);
    for (const QString &name : {county, village, kanshi})
        EXPECT_TRUE(loop.error().message.contains(name)) << loop.error().message.toStdString();
    const StoreResult<Agency> itself = directory().setParent(kanshi, kanshi);
    ASSERT_FALSE(itself);
    EXPECT_EQ(itself.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(itself.error().message.contains(kanshi)) << itself.error().message.toStdString();
    EXPECT_TRUE(listed(county).parent.isEmpty()) << "nothing changed";
    EXPECT_EQ(listed(kanshi).parent, county);
}

TEST_P(AgencyTest, TheCommandDeletesAndMovesAgencies)
{
    const QString county = QStringLiteral("永定区人民政府");
    ASSERT_TRUE(directory().add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township"), {kanshiShort}));
    ASSERT_TRUE(m_store->importReport(sampleReport(QStringLiteral("南定镇人民政府"), 2021)));
    m_store.reset();

    CommandRun run = agencyRun({QStringLiteral("set-parent"), kanshiShort, county});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(kanshi) && run.out.contains(county)) << run.out.toStdString();
    run = agencyRun({QStringLiteral("set-parent"), county, kanshi});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.err.contains(county) && run.err.contains(kanshi)) << run.err.toStdString();
    run = agencyRun({QStringLiteral("set-parent"), kanshi, QStringLiteral("无此县人民政府")});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.err.contains(QStringLiteral("无此县人民政府"))) << run.err.toStdString();
    run = agencyRun({QStringLiteral("set-parent"), kanshi, QStringLiteral("--none")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(kanshi)) << run.out.toStdString();
    run = agencyRun({QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const QJsonValue &agency : list)
        EXPECT_TRUE(agency[u"parent"].isNull()) << agency[u"name"].toString().toStdString();

    run = agencyRun({QStringLiteral("delete"), QStringLiteral("南定镇")});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.err.contains(QStringLiteral("南定镇人民政府")) &&
                run.err.contains(QStringLiteral("2021")))
        << run.err.toStdString();
    run = agencyRun({QStringLiteral("delete"), kanshi});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(kanshi) && run.out.contains(kanshiShort)) << run.out.toStdString();
    EXPECT_EQ(agencyRun({QStringLiteral("match"), kanshiShort}).code, ExitFindings);
    EXPECT_EQ(agencyRun({QStringLiteral("delete"), kanshi}).code, ExitFindings);

    // A parent or --none, not both, not neither; --none belongs to set-parent.
    for (const QStringList &wrong :
         {QStringList{QStringLiteral("set-parent"), county},
          QStringList{QStringLiteral("set-parent"), county, QStringLiteral("南定镇人民政府"),
                      QStringLiteral("--none")},
          QStringList{QStringLiteral("set-parent"), county, QStringLiteral(" ")},
          QStringList{QStringLiteral("delete")}, QStringList{QStringLiteral("delete"), county, county},
          QStringList{QStringLiteral("delete"), county, QStringLiteral("--none")}})
        EXPECT_EQ(agencyRun(wrong).code, ExitBadInput) << wrong.join(u' ').toStdString();
    EXPECT_EQ(agencyRun({QStringLiteral("list")}).out.count(u'\n'), 3) << "nothing else changed";
}

TEST_P(AgencyTest, OnlyASupervisorDeletesOrMovesAnAgency)
{
    const QString county = QStringLiteral("永定区人民政府");
    const QString nanding = QStringLiteral("南定镇人民政府");
    ASSERT_TRUE(directory().add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(directory().add(nanding, QStringLiteral("township")));
    addUsers({kanshi});
    m_store.reset();
    for (const QStringList &change : {QStringList{QStringLiteral("delete"), nanding},
                                      QStringList{QStringLiteral("set-parent"), nanding, county}}) {
        const CommandRun clerk =
            agencyRun(QStringList(change) << QStringLiteral("--as") << QStringLiteral("李填报"));
        EXPECT_EQ(clerk.code, ExitFindings) << change.first().toStdString();
        EXPECT_TRUE(clerk.err.contains(QStringLiteral("李填报"))) << clerk.err.toStdString();
        EXPECT_EQ(agencyRun(change).code, ExitFindings) << "no --as on a database with users";
    }
    m_store = openStore();
    ASSERT_TRUE(m_store);
    EXPECT_TRUE(listed(nanding).parent.isEmpty());
    m_store.reset();
    CommandRun run = agencyRun(
        {QStringLiteral("set-parent"), nanding, county, QStringLiteral("--as"), QStringLiteral("王审核")});
    EXPECT_EQ(run.code, ExitOk) << run.err.toStdString();
    run = agencyRun({QStringLiteral("delete"), nanding, QStringLiteral("--as"), QStringLiteral("王审核")});
    EXPECT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_FALSE(agencyRun({QStringLiteral("list")}).out.contains(nanding)) << "deleted";
    run = agencyRun({QStringLiteral("delete"), kanshi, QStringLiteral("--as"), QStringLiteral("王审核")});
    EXPECT_EQ(run.code, ExitFindings) << "the clerk works for it";
    EXPECT_TRUE(run.err.contains(QStringLiteral("李填报"))) << run.err.toStdString();
}

// A database of schema 14, from before agencies were deleted, keeps an agency its users work for once
// it is brought up to date (on a server by the administrator's `nianbao server init`, whose open this
// is), and on a server lets a supervisor delete one.
TEST_P(AgencyTest, ADatabaseOfSchemaFourteenGuardsAssignedAgenciesOnceUpgraded)
{
    const QString nanding = QStringLiteral("南定镇人民政府");
    ASSERT_TRUE(directory().add(nanding, QStringLiteral("township")));
    addUsers({nanding});
    ASSERT_EQ(dropTriggersOf(*m_store, 15), QString());
    if (backend() == Backend::Postgres) {
        ASSERT_EQ(rawSql(QStringLiteral("REVOKE DELETE ON agencies FROM nianbao_supervisor")), QString());
    }
    // What the later migrations made goes too, so that they run again as on a database of 14.
    ASSERT_EQ(dropTriggersOf(*m_store, 16), QString());
    ASSERT_NO_FATAL_FAILURE(upgradeFrom(14));
    const QString refused = rawSql(QStringLiteral("DELETE FROM agencies WHERE name = '%1'").arg(nanding));
    EXPECT_TRUE(refused.contains(QStringLiteral("nianbao: agency has users"))) << refused.toStdString();
    EXPECT_EQ(directory().remove(nanding).error().code, StoreError::Code::Refused);
    if (backend() == Backend::Postgres) {
        QSqlQuery granted(QSqlDatabase::database(m_store->connectionName()));
        ASSERT_TRUE(granted.exec(
            QStringLiteral("SELECT has_table_privilege('nianbao_supervisor', 'agencies', 'DELETE')")));
        ASSERT_TRUE(granted.next());
        EXPECT_TRUE(granted.value(0).toBool());
    }
}

// Renaming, moving and deleting an agency leave a line each in the office's log, saying what it was
// and became and who changed it (on a server the login); a refused change, or none, leaves none.
TEST_P(AgencyTest, RenamingMovingAndDeletingAnAgencyAreInTheOfficesLog)
{
    const QString county = QStringLiteral("永定区人民政府");
    const QString renamed = QStringLiteral("永定区坎市镇人民政府");
    ASSERT_TRUE(directory().add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(directory().add(kanshiShort, QStringLiteral("township")));
    AgencyDirectory supervisor(m_store->connection(), QStringLiteral("王审核"));
    ASSERT_TRUE(supervisor.rename(kanshiShort, renamed));
    ASSERT_TRUE(supervisor.setParent(renamed, county));
    ASSERT_TRUE(supervisor.setParent(renamed, county)) << "where it is already: no change";
    EXPECT_FALSE(supervisor.setParent(county, renamed)) << "under itself";
    EXPECT_FALSE(supervisor.remove(county)) << "an agency is under it";
    ASSERT_TRUE(supervisor.setParent(renamed, {}));
    ASSERT_TRUE(supervisor.remove(renamed));

    const StoreResult<QList<AgencyChange>> changes = OfficeLog(*m_store).agencyChanges();
    ASSERT_TRUE(changes) << changes.error().message.toStdString();
    using Kind = AgencyChange::Kind;
    const QList<std::tuple<Kind, QString, QString, QString>> expected{
        {Kind::Renamed, kanshiShort, kanshiShort, renamed},
        {Kind::Moved, renamed, QString(), county},
        {Kind::Moved, renamed, county, QString()},
        {Kind::Deleted, renamed, QStringLiteral("township"), QString()},
    };
    ASSERT_EQ(changes->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const AgencyChange &change = changes->at(i);
        EXPECT_TRUE(std::tuple(change.kind, change.agency, change.from, change.to) == expected[i])
            << i << ": " << OfficeLog::describe(change).toStdString();
        EXPECT_EQ(change.actor, loggedActor(*m_store, QStringLiteral("王审核")));
        EXPECT_LE(qAbs(change.at.secsTo(QDateTime::currentDateTimeUtc())), 60);
    }
    const QString deleted = OfficeLog::describe(changes->last());
    EXPECT_TRUE(deleted.contains(renamed) && deleted.contains(QStringLiteral("乡镇")))
        << deleted.toStdString();

    // The office reads them with `nianbao agency log`, one line each.
    m_store.reset();
    const CommandRun run = agencyRun({QStringLiteral("log")});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_EQ(run.out.count(u'\n'), 4) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(kanshiShort) && run.out.contains(county)) << run.out.toStdString();
}

// A database of schema 15, from before the list's changes were logged, logs them once it is brought
// up to date (on a server by the administrator's `nianbao server init`, whose open this is), and a
// server then refuses an agency under itself whoever sends the statement.
TEST_P(AgencyTest, ADatabaseOfSchemaFifteenLogsTheListsChangesOnceUpgraded)
{
    const QString county = QStringLiteral("永定区人民政府");
    ASSERT_TRUE(directory().add(county, QStringLiteral("county_government")));
    ASSERT_TRUE(directory().add(kanshi, QStringLiteral("township"), {}, county));
    ASSERT_EQ(dropTriggersOf(*m_store, 16), QString());
    ASSERT_NO_FATAL_FAILURE(upgradeFrom(15));
    ASSERT_TRUE(AgencyDirectory(m_store->connection(), QStringLiteral("王审核")).setParent(kanshi, {}));
    const QList<AgencyChange> changes = OfficeLog(*m_store).agencyChanges().value();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().kind, AgencyChange::Kind::Moved);
    EXPECT_EQ(changes.first().from, county);
    EXPECT_EQ(changes.first().actor, loggedActor(*m_store, QStringLiteral("王审核")));
    if (backend() == Backend::Postgres) {
        const QString refused =
            rawSql(QStringLiteral("UPDATE agencies SET parent_id = id WHERE name = '%1'").arg(county));
        EXPECT_TRUE(refused.contains(QStringLiteral("nianbao: agency under itself")))
            << refused.toStdString();
    }
}

NIANBAO_ON_EACH_BACKEND(AgencyTest);

// An existing database keeps its reports' agencies as agencies of the list.
TEST_F(StoreFixture, MigratedReportsAgenciesAreInTheList)
{
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-agencies"));
        database.setDatabaseName(dbPath());
        ASSERT_TRUE(database.open());
        writeVersionOneFixture(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-agencies"));
    const std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store);
    const StoreResult<QList<Agency>> agencies = AgencyDirectory(store->connection()).agencies();
    ASSERT_TRUE(agencies) << agencies.error().message.toStdString();
    ASSERT_EQ(agencies->size(), 1);
    EXPECT_EQ(agencies.value()[0].name, kanshiShort);
    EXPECT_EQ(agencies.value()[0].reports, 1);
    // Typed in full, the name finds it and its report.
    EXPECT_TRUE(store->findReport(kanshi, 2020));
}
