// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "report.h"
#include "storage/reportstore.h"
#include "storage/sqldialect.h"
#include "storage/storeconnection.h"
#include "storage/storeschema.h"
#include "storetestsupport.h"
#include "testsupport.h"
#include "validation/validator.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <functional>

#include <unistd.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {} // namespace

class ReportStoreTest : public StoreTest
{
};

/// What only an SQLite file has: pragmas, a file on disk that may be foreign, damaged, read-only or
/// on a full disk, and the databases of version 1 that exist in offices.
class SqliteStoreTest : public StoreFixture
{
};

TEST_F(SqliteStoreTest, OpensWithTheCurrentSchemaAndSafeSettings)
{
    std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store);
    QSqlDatabase database = QSqlDatabase::database(store->connectionName(), false);
    EXPECT_EQ(pragma(database, "user_version").toInt(), StoreSchema::currentVersion());
    EXPECT_GE(StoreSchema::currentVersion(), 2);
    EXPECT_EQ(pragma(database, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(database, "synchronous").toInt(), 2); // FULL
    EXPECT_EQ(pragma(database, "foreign_keys").toInt(), 1);
    EXPECT_GT(pragma(database, "busy_timeout").toInt(), 0);
}

TEST_P(ReportStoreTest, BothBackendsReportTheSameSchemaVersion)
{
    std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store);
    const StoreResult<int> version = store->connection().dialect().schemaVersion(store->connection());
    ASSERT_TRUE(version) << version.error().message.toStdString();
    EXPECT_EQ(version.value(), StoreSchema::currentVersion());
    EXPECT_EQ(store->location().backend, backend());
}

TEST_P(ReportStoreTest, RefusesASchemaNewerThanTheProgram)
{
    {
        std::unique_ptr<ReportStore> store = openStore();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->connection().dialect().setSchemaVersion(store->connection(),
                                                                   StoreSchema::currentVersion() + 1));
    }
    const StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(location());
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, StoreError::Code::NewerVersion);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("较新版本")))
        << store.error().message.toStdString();
}

TEST_F(SqliteStoreTest, TheDefaultDatabaseLivesInTheApplicationDataFolder)
{
    EXPECT_EQ(ReportStore::defaultPath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                              QStringLiteral("/nianbao.sqlite"));
}

TEST_F(SqliteStoreTest, CreatesTheFolderOfANewDatabase)
{
    const QString path = m_dir.filePath(QStringLiteral("a/b/reports.sqlite"));
    StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST_P(ReportStoreTest, EachStoreOwnsANamedConnection)
{
    std::unique_ptr<ReportStore> first = openStore();
    std::unique_ptr<ReportStore> second = openStore();
    ASSERT_TRUE(first && second);
    EXPECT_NE(first->connectionName(), second->connectionName());
    EXPECT_NE(first->connectionName(), QLatin1StringView(QSqlDatabase::defaultConnection));
    const QString name = first->connectionName();
    first.reset();
    EXPECT_FALSE(QSqlDatabase::contains(name));
    EXPECT_FALSE(QSqlDatabase::contains(QLatin1StringView(QSqlDatabase::defaultConnection)));
}

TEST_P(ReportStoreTest, CreatesADraftWithEmptyNarrativeInTheYearsFormat)
{
    std::unique_ptr<ReportStore> store = openStore();
    const StoreResult<CreatedReport> created =
        store->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_TRUE(created->carried.isEmpty());
    const StoreResult<StoredReport> loaded = store->loadReport(created->id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->revision, 1);
    EXPECT_EQ(loaded->status, ReportStatus::Draft);
    EXPECT_EQ(loaded->report.format(), Format::forYear(2021));
    EXPECT_EQ(loaded->report.meta.agencyKind, QStringLiteral("township"));
    Report expected(*Format::forYear(2021));
    expected.meta.agencyName = QStringLiteral("南定镇人民政府");
    expected.meta.agencyKind = QStringLiteral("township");
    expected.meta.year = 2021;
    EXPECT_EQ(loaded->report, expected);
    // The six parts (and the preamble) exist as rows, empty.
    QSqlQuery parts(QSqlDatabase::database(store->connectionName(), false));
    ASSERT_TRUE(parts.exec(QStringLiteral("SELECT count(*) FROM narratives WHERE text = ''")));
    ASSERT_TRUE(parts.next());
    EXPECT_EQ(parts.value(0).toInt(), Report::PartCount + 1);

    const StoreResult<CreatedReport> again =
        store->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StoreError::Code::AlreadyExists);
    EXPECT_FALSE(store->createReport(QStringLiteral("南定镇人民政府"), {}, 2010));
    EXPECT_FALSE(store->createReport(QStringLiteral("  "), {}, 2021));
}

/// One edit through the store's API and the same change made to a report in memory.
struct EditCase
{
    const char *name;
    std::function<StoreResult<int>(ReportStore &, qint64 id, int revision)> edit;
    std::function<void(Report &)> expected;
};

void PrintTo(const EditCase &edit, std::ostream *os)
{
    *os << edit.name;
}

class StoreEditPersists : public OnEachBackendWith<StoreFixture, EditCase>
{
};

TEST_P(StoreEditPersists, AfterReopening)
{
    qint64 id = 0;
    Report expected;
    int revision = 0;
    {
        std::unique_ptr<ReportStore> store = openStore();
        const StoreResult<ImportedReport> imported =
            store->importReport(sampleReport(QStringLiteral("南丰镇"), 2020));
        ASSERT_TRUE(imported) << imported.error().message.toStdString();
        id = imported->id;
        expected = store->loadReport(id)->report;
        const StoreResult<int> edited = testCase().edit(*store, id, imported->revision);
        ASSERT_TRUE(edited) << edited.error().message.toStdString();
        EXPECT_EQ(edited.value(), imported->revision + 1);
        revision = edited.value();
        testCase().expected(expected);
    }
    std::unique_ptr<ReportStore> reopened = openStore();
    const StoreResult<StoredReport> loaded = reopened->loadReport(id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->revision, revision);
    EXPECT_EQ(loaded->report, expected);
    const StoreResult<QList<AuditEntry>> log = reopened->auditLog(id);
    ASSERT_TRUE(log);
    EXPECT_EQ(log->constLast().revision, revision);
}

const Format &format2019()
{
    return *Format::byId(QStringLiteral("2019"));
}

INSTANTIATE_TEST_SUITE_P(
    Edits, StoreEditPersists,
    ::testing::Combine(
        backends(),
        ::testing::Values(
            EditCase{
                "CellByIndex",
                [](ReportStore &s, qint64 id, int rev) {
                    return s.setCell(id, format2019().cellIndex(QStringLiteral("p3/received/natural")),
                                     CellValue::count(42), rev);
                },
                [](Report &r) { r.setCell(QStringLiteral("p3/received/natural"), CellValue::count(42)); }},
            EditCase{
                "CellById",
                [](ReportStore &s, qint64 id, int rev) {
                    return s.setCell(id, QStringLiteral("p4/cases/review_upheld"), CellValue::count(3), rev);
                },
                [](Report &r) { r.setCell(QStringLiteral("p4/cases/review_upheld"), CellValue::count(3)); }},
            EditCase{"CellToZero",
                     [](ReportStore &s, qint64 id, int rev) {
                         return s.setCell(id, QStringLiteral("p3/carried/natural"), CellValue::count(0), rev);
                     },
                     [](Report &r) { r.setCell(QStringLiteral("p3/carried/natural"), CellValue::count(0)); }},
            EditCase{"CellToBlank",
                     [](ReportStore &s, qint64 id, int rev) {
                         return s.setCell(id, QStringLiteral("p3/received/business"), CellValue(), rev);
                     },
                     [](Report &r) { r.setCell(QStringLiteral("p3/received/business"), CellValue()); }},
            EditCase{"SignedCount",
                     [](ReportStore &s, qint64 id, int rev) {
                         return s.setCell(id, QStringLiteral("p2.item5/licensing/change"),
                                          CellValue::parse(u"-233", CellKind::SignedCount), rev);
                     },
                     [](Report &r) {
                         r.setCell(QStringLiteral("p2.item5/licensing/change"),
                                   CellValue::parse(u"-233", CellKind::SignedCount));
                     }},
            EditCase{"AmountWithUnit",
                     [](ReportStore &s, qint64 id, int rev) {
                         return s.setCell(id, QStringLiteral("p2.item9/procurement/amount"),
                                          CellValue::parse(u"1983.6271（万元）", CellKind::Amount), rev);
                     },
                     [](Report &r) {
                         r.setCell(QStringLiteral("p2.item9/procurement/amount"),
                                   CellValue::parse(u"1983.6271（万元）", CellKind::Amount));
                     }},
            EditCase{"InvalidTextKeptVerbatim",
                     [](ReportStore &s, qint64 id, int rev) {
                         return s.setCell(id, QStringLiteral("p3/disclosed/natural"),
                                          CellValue::parse(u"约5件", CellKind::Count), rev);
                     },
                     [](Report &r) {
                         r.setCell(QStringLiteral("p3/disclosed/natural"),
                                   CellValue::parse(u"约5件", CellKind::Count));
                     }},
            EditCase{"Preamble",
                     [](ReportStore &s, qint64 id, int rev) {
                         return s.setNarrative(id, 0, QStringLiteral("根据《条例》编制本报告。"), rev);
                     },
                     [](Report &r) { r.preamble = QStringLiteral("根据《条例》编制本报告。"); }},
            EditCase{"PartSix",
                     [](ReportStore &s, qint64 id, int rev) {
                         return s.setNarrative(id, 6, QStringLiteral("本年度未收取信息处理费。"), rev);
                     },
                     [](Report &r) { r.parts[5] = QStringLiteral("本年度未收取信息处理费。"); }},
            EditCase{"PartEmptied",
                     [](ReportStore &s, qint64 id, int rev) { return s.setNarrative(id, 1, QString(), rev); },
                     [](Report &r) { r.parts[0].clear(); }},
            EditCase{"Meta",
                     [](ReportStore &s, qint64 id, int rev) {
                         ReportMeta meta = s.loadReport(id)->report.meta;
                         meta.issuer = QStringLiteral("南丰镇人民政府");
                         meta.issueDate = QDate(2021, 1, 20);
                         meta.documentNumber = QStringLiteral("南政〔2021〕3号");
                         return s.setMeta(id, meta, rev);
                     },
                     [](Report &r) {
                         r.meta.issuer = QStringLiteral("南丰镇人民政府");
                         r.meta.issueDate = QDate(2021, 1, 20);
                         r.meta.documentNumber = QStringLiteral("南政〔2021〕3号");
                     }})),
    backendAndCaseName<EditCase>([](const EditCase &edit) { return std::string(edit.name); }));

TEST_P(ReportStoreTest, BlankIsNoRowAndZeroIsARow)
{
    std::unique_ptr<ReportStore> store = openStore();
    const qint64 id = store->createReport(QStringLiteral("南丰镇"), {}, 2020)->id;
    ASSERT_TRUE(store->setCell(id, QStringLiteral("p3/received/natural"), CellValue::count(0), 1));
    QSqlDatabase database = QSqlDatabase::database(store->connectionName(), false);
    EXPECT_EQ(scalar(database, "SELECT count(*) FROM cells").toInt(), 1);
    EXPECT_EQ(scalar(database, "SELECT text FROM cells").toString(), QStringLiteral("0"));
    ASSERT_TRUE(store->setCell(id, QStringLiteral("p3/received/natural"), CellValue(), 2));
    EXPECT_EQ(scalar(database, "SELECT count(*) FROM cells").toInt(), 0);
    EXPECT_TRUE(store->loadReport(id)->report.cell(QStringLiteral("p3/received/natural")).isBlank());
}

TEST_P(ReportStoreTest, AmountsAreStoredExactlyNeverAsReal)
{
    std::unique_ptr<ReportStore> store = openStore();
    const qint64 id = store->createReport(QStringLiteral("南丰镇"), {}, 2020)->id;
    const CellValue amount = CellValue::parse(u"49966945.1234", CellKind::Amount);
    ASSERT_TRUE(store->setCell(id, QStringLiteral("p2.item9/procurement/amount"), amount, 1));
    QSqlDatabase database = QSqlDatabase::database(store->connectionName(), false);
    if (backend() == Backend::Sqlite) {
        EXPECT_EQ(scalar(database, "SELECT typeof(units) FROM cells").toString(), QStringLiteral("integer"));
        EXPECT_EQ(scalar(database,
                         "SELECT count(*) FROM cells WHERE typeof(units) = 'real' OR typeof(text) = 'real'")
                      .toInt(),
                  0);
    } else {
        EXPECT_EQ(scalar(database, "SELECT pg_typeof(units)::text FROM cells").toString(),
                  QStringLiteral("bigint"));
    }
    EXPECT_EQ(scalar(database, "SELECT units FROM cells").toLongLong(), 499669451234LL);
    EXPECT_EQ(store->loadReport(id)->report.cell(QStringLiteral("p2.item9/procurement/amount")), amount);
}

TEST_P(ReportStoreTest, AnUnchangedValueKeepsTheRevision)
{
    std::unique_ptr<ReportStore> store = openStore();
    const qint64 id = store->createReport(QStringLiteral("南丰镇"), {}, 2020)->id;
    const StoreResult<int> first =
        store->setCell(id, QStringLiteral("p3/received/natural"), CellValue::count(5), 1);
    ASSERT_TRUE(first);
    const StoreResult<int> same =
        store->setCell(id, QStringLiteral("p3/received/natural"), CellValue::count(5), first.value());
    ASSERT_TRUE(same);
    EXPECT_EQ(same.value(), first.value());
    EXPECT_EQ(store->auditLog(id)->size(), 2); // create + one edit
}

TEST_P(ReportStoreTest, AStaleEditIsRefusedAndNamesTheChange)
{
    std::unique_ptr<ReportStore> first = openStore();
    std::unique_ptr<ReportStore> second = openStore();
    first->setActor(QStringLiteral("张三"));
    second->setActor(QStringLiteral("李四"));
    const qint64 id = first->createReport(QStringLiteral("南丰镇"), {}, 2020)->id;
    const int base = second->loadReport(id)->revision;

    const QString cellId = QStringLiteral("p3/received/natural");
    ASSERT_TRUE(first->setCell(id, cellId, CellValue::count(7), base));
    const StoreResult<int> stale = second->setCell(id, cellId, CellValue::count(9), base);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, StoreError::Code::Conflict);
    ASSERT_EQ(stale.error().changes.size(), 1);
    EXPECT_EQ(stale.error().changes[0].actor, QStringLiteral("张三"));
    EXPECT_EQ(stale.error().changes[0].target, cellId);
    const QString cellName = format2019().cellName(format2019().cellIndex(cellId));
    EXPECT_TRUE(stale.error().message.contains(cellName)) << stale.error().message.toStdString();
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("张三")))
        << stale.error().message.toStdString();
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("未保存")))
        << stale.error().message.toStdString();

    // A stale narrative edit is refused as well, naming the part another window edited.
    ASSERT_TRUE(first->setNarrative(id, 5, QStringLiteral("问题"), base + 1));
    const StoreResult<int> staleText = second->setNarrative(id, 5, QStringLiteral("另一段"), base + 1);
    ASSERT_FALSE(staleText);
    EXPECT_TRUE(staleText.error().message.contains(format2019().parts()[4].heading))
        << staleText.error().message.toStdString();

    const StoredReport stored = second->loadReport(id).value();
    EXPECT_EQ(stored.report.cell(cellId), CellValue::count(7));
    EXPECT_EQ(stored.report.parts[4], QStringLiteral("问题"));
    EXPECT_EQ(stored.revision, base + 2);
}

TEST_P(ReportStoreTest, ImportRefusesADuplicateUnlessReplacingAndKeepsTheOldContent)
{
    std::unique_ptr<ReportStore> store = openStore();
    const Report original = sampleReport(QStringLiteral("南丰镇"), 2019);
    const StoreResult<ImportedReport> first = store->importReport(original);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_TRUE(store->setNarrative(first->id, 2, QStringLiteral("修改后的第二部分"), first->revision));
    const StoredReport edited = store->loadReport(first->id).value();

    Report replacement = sampleReport(QStringLiteral("南丰镇"), 2019);
    replacement.parts[0] = QStringLiteral("重新导入的总体情况");
    const StoreResult<ImportedReport> duplicate = store->importReport(replacement);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, StoreError::Code::AlreadyExists);
    EXPECT_EQ(store->loadReport(first->id)->report, edited.report);

    const StoreResult<ImportedReport> replaced = store->importReport(replacement, true);
    ASSERT_TRUE(replaced) << replaced.error().message.toStdString();
    EXPECT_TRUE(replaced->replaced);
    EXPECT_EQ(replaced->id, first->id);
    EXPECT_EQ(replaced->revision, edited.revision + 1);
    EXPECT_EQ(store->loadReport(first->id)->report, replacement);

    const StoreResult<QList<RevisionInfo>> revisions = store->revisions(first->id);
    ASSERT_TRUE(revisions);
    ASSERT_EQ(revisions->size(), 3);
    EXPECT_EQ(revisions->at(0).revision, first->revision);
    EXPECT_EQ(revisions->at(1).revision, edited.revision);
    EXPECT_EQ(revisions->at(1).reason, AuditEntry::Action::Replace);
    EXPECT_EQ(revisions->at(2).revision, replaced->revision);
    EXPECT_EQ(store->loadRevision(first->id, first->revision).value(), original);
    EXPECT_EQ(store->loadRevision(first->id, edited.revision).value(), edited.report);
    EXPECT_EQ(store->loadRevision(first->id, replaced->revision).value(), replacement);
    EXPECT_EQ(store->auditLog(first->id)->constLast().action, AuditEntry::Action::Replace);
}

TEST_P(ReportStoreTest, RevisionSnapshotsCannotBeChanged)
{
    std::unique_ptr<ReportStore> store = openStore();
    const qint64 id = store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019))->id;
    QSqlQuery update(QSqlDatabase::database(store->connectionName(), false));
    EXPECT_FALSE(update.exec(QStringLiteral("UPDATE revisions SET snapshot = '{}'")));
    EXPECT_EQ(store->loadRevision(id, 1).value(), sampleReport(QStringLiteral("南丰镇"), 2019));
}

TEST_P(ReportStoreTest, AuditLogSaysWhoWhenAndWhat)
{
    std::unique_ptr<ReportStore> store = openStore();
    store->setActor(QStringLiteral("王五"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id = store->createReport(QStringLiteral("南丰镇"), {}, 2020)->id;
    ASSERT_TRUE(store->setCell(id, QStringLiteral("p3/received/natural"), CellValue::count(4), 1));
    ASSERT_TRUE(store->setCell(id, QStringLiteral("p3/received/natural"), CellValue::count(6), 2));
    ReportMeta meta = store->loadReport(id)->report.meta;
    meta.issuer = QStringLiteral("南丰镇人民政府");
    ASSERT_TRUE(store->setMeta(id, meta, 3));

    const QList<AuditEntry> log = store->auditLog(id).value();
    ASSERT_EQ(log.size(), 4);
    EXPECT_EQ(log[0].action, AuditEntry::Action::Create);
    EXPECT_EQ(log[2].action, AuditEntry::Action::Cell);
    EXPECT_EQ(log[2].target, QStringLiteral("p3/received/natural"));
    EXPECT_EQ(log[2].oldValue, QStringLiteral("4"));
    EXPECT_EQ(log[2].newValue, QStringLiteral("6"));
    EXPECT_EQ(log[2].revision, 3);
    EXPECT_EQ(log[3].target, QStringLiteral("meta:issuer"));
    EXPECT_EQ(log[3].newValue, QStringLiteral("南丰镇人民政府"));
    for (const AuditEntry &entry : log) {
        EXPECT_EQ(entry.actor, QStringLiteral("王五"));
        EXPECT_GE(entry.at, before);
        EXPECT_LE(entry.at, QDateTime::currentDateTimeUtc());
    }
}

TEST_P(ReportStoreTest, MetaEditsCannotMoveTheReport)
{
    std::unique_ptr<ReportStore> store = openStore();
    const qint64 id = store->createReport(QStringLiteral("南丰镇"), {}, 2020)->id;
    ReportMeta meta = store->loadReport(id)->report.meta;
    meta.year = 2021;
    const StoreResult<int> moved = store->setMeta(id, meta, 1);
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().code, StoreError::Code::InvalidInput);
    EXPECT_EQ(store->loadReport(id)->revision, 1);
}

TEST_P(ReportStoreTest, FindsListsAndLinksReports)
{
    std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019)));
    ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("青塘镇"), 2019)));
    const StoreResult<CreatedReport> nanfeng2020 = store->createReport(QStringLiteral("南丰镇"), {}, 2020);
    ASSERT_TRUE(nanfeng2020);

    const StoreResult<qint64> found = store->findReport(QStringLiteral("南丰镇"), 2020);
    ASSERT_TRUE(found);
    EXPECT_EQ(found.value(), nanfeng2020->id);
    const StoreResult<qint64> missing = store->findReport(QStringLiteral("南丰镇"), 2018);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, StoreError::Code::NotFound);

    const StoreResult<std::optional<StoredReport>> previous = store->previousReport(nanfeng2020->id);
    ASSERT_TRUE(previous);
    ASSERT_TRUE(previous->has_value());
    EXPECT_EQ(previous.value()->report.meta.year, 2019);
    EXPECT_EQ(previous.value()->report.meta.agencyName, QStringLiteral("南丰镇"));
    EXPECT_FALSE(store->previousReport(previous.value()->id)->has_value());

    const QList<ReportSummary> all = store->listReports().value();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].year, 2020);
    EXPECT_EQ(all[0].formatId, QStringLiteral("2019"));
    EXPECT_EQ(all[0].status, ReportStatus::Draft);
    const QList<ReportSummary> of2019 = store->listReports(2019).value();
    ASSERT_EQ(of2019.size(), 2);
    EXPECT_EQ(of2019[0].year, 2019);
    EXPECT_EQ(of2019[1].year, 2019);
    EXPECT_TRUE(store->listReports(2030)->isEmpty());
}

TEST_P(ReportStoreTest, TheListKeepsTheCountsGivenWithEachEdit)
{
    std::unique_ptr<ReportStore> store = openStore();
    const QString rules = Validator::rulesVersion();
    const StoreResult<CreatedReport> created = store->createReport(QStringLiteral("南丰镇"), {}, 2020);
    ASSERT_TRUE(created);
    const auto summary = [&] { return store->listReports().value().constFirst(); };
    // A new report is not counted yet: the caller counts it when it opens it.
    EXPECT_FALSE(summary().countsCurrent(rules));
    EXPECT_EQ(store->staleCounts(rules).value(), QList<qint64>{created->id});

    const StampedCounts counts{{2, 5, 1}, rules};
    const StoreResult<int> edited =
        store->setCell(created->id, QStringLiteral("p3/disclosed/natural"),
                       CellValue::invalid(QStringLiteral("若干")), created->revision, counts);
    ASSERT_TRUE(edited);
    EXPECT_EQ(summary().errors, 2);
    EXPECT_EQ(summary().warnings, 5);
    EXPECT_TRUE(summary().countsCurrent(rules));
    EXPECT_FALSE(summary().countsCurrent(QStringLiteral("0.other")));
    EXPECT_TRUE(store->staleCounts(rules)->isEmpty());

    // An edit without counts leaves them stale.
    const StoreResult<int> uncounted = store->setCell(created->id, QStringLiteral("p3/disclosed/natural"),
                                                      CellValue::count(1), edited.value());
    ASSERT_TRUE(uncounted);
    EXPECT_FALSE(summary().countsCurrent(rules));
    EXPECT_EQ(store->staleCounts(rules).value(), QList<qint64>{created->id});

    // Counts made of an older revision are not kept.
    EXPECT_FALSE(store->saveCounts(created->id, edited.value(), counts).value());
    EXPECT_FALSE(summary().countsCurrent(rules));
    EXPECT_TRUE(store->saveCounts(created->id, uncounted.value(), counts).value());
    EXPECT_TRUE(summary().countsCurrent(rules));
}

TEST_P(ReportStoreTest, AnEditMakesTheNextYearsCountsStale)
{
    std::unique_ptr<ReportStore> store = openStore();
    const StampedCounts counts{{0, 1, 0}, Validator::rulesVersion()};
    const qint64 earlier =
        store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019), false, counts)->id;
    const qint64 later = store->importReport(sampleReport(QStringLiteral("南丰镇"), 2020), false, counts)->id;
    const qint64 other = store->importReport(sampleReport(QStringLiteral("青塘镇"), 2020), false, counts)->id;
    ASSERT_TRUE(store->staleCounts(counts.rulesVersion)->isEmpty());
    // The cross-year rules of 2020 read 2019's report.
    const int revision = store->loadReport(earlier)->revision;
    ASSERT_TRUE(store->setCell(earlier, QStringLiteral("p3/received/natural"), CellValue::count(77), revision,
                               counts));
    EXPECT_EQ(store->staleCounts(counts.rulesVersion).value(), QList<qint64>{later});
    EXPECT_NE(later, other);
}

// Issue 11: a cell edit on a server within 5 ms, which is a few round trips: the store asks for
// the locked row and the content (the checksum is computed from it, not read back) and sends every
// write of the edit as one statement where the database can take them so.
TEST_P(ReportStoreTest, AnEditAsksTheDatabaseOnlyAFewTimes)
{
    std::unique_ptr<ReportStore> store = openStore();
    const StampedCounts counts{{0, 1, 0}, Validator::rulesVersion()};
    const qint64 id = store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019), false, counts)->id;
    const qint64 next = store->importReport(sampleReport(QStringLiteral("南丰镇"), 2020), false, counts)->id;
    const int cell = format2019().cellIndex(QStringLiteral("p3/received/natural"));
    // The first edit prepares its statements; later ones only run them.
    const StoreResult<int> first =
        store->setCell(id, cell, CellValue::count(100), store->loadReport(id)->revision, counts);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    const qint64 before = store->connection().statementsSent();
    const StoreResult<int> edited = store->setCell(id, cell, CellValue::count(101), first.value(), counts);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    // Begin, the locked row, the content, the writes, commit; on a file each write is a statement
    // of its own (cell, revision and checksum, audit log, counts, the next year's stale mark).
    EXPECT_LE(store->connection().statementsSent() - before, backend() == Backend::Postgres ? 5 : 9);

    const qint64 beforeLoad = store->connection().statementsSent();
    const StoredReport stored = store->loadReport(id).value();
    EXPECT_LE(store->connection().statementsSent() - beforeLoad, 4); // begin, the row, the content, end
    // Everything the edit writes was written.
    EXPECT_EQ(stored.revision, edited.value());
    EXPECT_EQ(stored.report.cell(cell), CellValue::count(101));
    EXPECT_EQ(stored.content, ContentCheck::Intact);
    const AuditEntry logged = store->auditLog(id)->constLast();
    EXPECT_EQ(logged.revision, edited.value());
    EXPECT_EQ(logged.oldValue, QStringLiteral("100"));
    EXPECT_EQ(logged.newValue, QStringLiteral("101"));
    EXPECT_EQ(store->staleCounts(counts.rulesVersion).value(), QList<qint64>{next});
}

TEST_P(ReportStoreTest, APasteWritesEachCellOnceAndLogsEveryChangeInOrder)
{
    std::unique_ptr<ReportStore> store = openStore();
    const StoreResult<CreatedReport> created = store->createReport(QStringLiteral("南丰镇"), {}, 2020);
    ASSERT_TRUE(created);
    QList<int> counted;
    for (int cell = 0; cell < format2019().cellCount() && counted.size() < 3; ++cell) {
        if (format2019().column(cell).kind == CellKind::Count)
            counted.append(cell);
    }
    ASSERT_EQ(counted.size(), 3);
    const int a = counted[0];
    const int b = counted[1];
    const int c = counted[2];
    const StoreResult<int> pasted = store->setCells(created->id,
                                                    {{b, CellValue::count(5)},
                                                     {a, CellValue::count(3)},
                                                     {b, CellValue::count(6)},
                                                     {c, CellValue::invalid(QStringLiteral("若干"))}},
                                                    created->revision);
    ASSERT_TRUE(pasted) << pasted.error().message.toStdString();
    EXPECT_EQ(pasted.value(), created->revision + 1);
    const QList<AuditEntry> log = store->auditLog(created->id).value();
    ASSERT_EQ(log.size(), 5); // created, then the paste's four changes as given
    const QList<std::tuple<int, QString, QString>> expected{
        {b, QString(), QStringLiteral("5")},
        {a, QString(), QStringLiteral("3")},
        {b, QStringLiteral("5"), QStringLiteral("6")},
        {c, QString(), QStringLiteral("若干")},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[cell, oldValue, newValue] = expected[i];
        EXPECT_EQ(log[i + 1].target, format2019().cellId(cell)) << i;
        EXPECT_EQ(log[i + 1].oldValue, oldValue) << i;
        EXPECT_EQ(log[i + 1].newValue, newValue) << i;
        EXPECT_EQ(log[i + 1].revision, pasted.value()) << i;
    }
    StoredReport stored = store->loadReport(created->id).value();
    EXPECT_EQ(stored.report.cell(a), CellValue::count(3));
    EXPECT_EQ(stored.report.cell(b), CellValue::count(6));
    EXPECT_EQ(stored.report.cell(c), CellValue::invalid(QStringLiteral("若干")));
    EXPECT_EQ(stored.content, ContentCheck::Intact);

    // A blank takes the cell's row away.
    const StoreResult<int> cleared =
        store->setCells(created->id, {{a, CellValue()}, {c, CellValue::count(4)}}, pasted.value());
    ASSERT_TRUE(cleared) << cleared.error().message.toStdString();
    stored = store->loadReport(created->id).value();
    EXPECT_TRUE(stored.report.cell(a).isBlank());
    EXPECT_EQ(stored.report.cell(c), CellValue::count(4));
    EXPECT_EQ(stored.content, ContentCheck::Intact);
    QSqlDatabase database = QSqlDatabase::database(store->connectionName(), false);
    QSqlQuery rows(database);
    ASSERT_TRUE(rows.prepare(QStringLiteral("SELECT count(*) FROM cells WHERE report_id = ?")));
    rows.addBindValue(created->id);
    ASSERT_TRUE(rows.exec() && rows.next());
    EXPECT_EQ(rows.value(0).toInt(), 2);
}

// Issue 11: an edit whose commit reached the server but whose answer was lost (the connection broke
// in between) is sent again on the revision it was made on. The one revision since is that very
// edit, so it is done, not refused as a conflict with itself; anything else is still a conflict.
TEST_P(ReportStoreTest, AnEditSentAgainAfterItsAnswerWasLostIsDone)
{
    std::unique_ptr<ReportStore> store = openStore();
    std::unique_ptr<ReportStore> other = openStore();
    store->setActor(QStringLiteral("张三"));
    other->setActor(QStringLiteral("李四"));
    const StoreResult<CreatedReport> created = store->createReport(QStringLiteral("南丰镇"), {}, 2020);
    ASSERT_TRUE(created);
    const int a = format2019().cellIndex(QStringLiteral("p3/received/natural"));
    int b = a + 1;
    while (format2019().column(b).kind != CellKind::Count)
        ++b;
    const QList<CellWrite> paste{
        {a, CellValue::count(5)}, {b, CellValue::count(6)}, {a, CellValue::count(7)}};
    const StoreResult<int> pasted = store->setCells(created->id, paste, created->revision);
    ASSERT_TRUE(pasted) << pasted.error().message.toStdString();
    const StoreResult<int> pastedAgain = store->setCells(created->id, paste, created->revision);
    ASSERT_TRUE(pastedAgain) << pastedAgain.error().message.toStdString();
    EXPECT_EQ(pastedAgain.value(), pasted.value());

    const QString text = QStringLiteral("新的第二部分。");
    const StoreResult<int> written = store->setNarrative(created->id, 2, text, pasted.value());
    ASSERT_TRUE(written);
    const StoreResult<int> writtenAgain = store->setNarrative(created->id, 2, text, pasted.value());
    ASSERT_TRUE(writtenAgain) << writtenAgain.error().message.toStdString();
    EXPECT_EQ(writtenAgain.value(), written.value());

    ReportMeta meta = store->loadReport(created->id)->report.meta;
    meta.issuer = QStringLiteral("南丰镇人民政府");
    const StoreResult<int> described = store->setMeta(created->id, meta, written.value());
    ASSERT_TRUE(described);
    const StoreResult<int> describedAgain = store->setMeta(created->id, meta, written.value());
    ASSERT_TRUE(describedAgain) << describedAgain.error().message.toStdString();
    EXPECT_EQ(describedAgain.value(), described.value());

    // Each edit was stored and logged once.
    EXPECT_EQ(store->loadReport(created->id)->revision, described.value());
    EXPECT_EQ(store->auditLog(created->id)->size(), 1 + 3 + 1 + 1);

    // Not the same edit: another value, another person, or more than one revision since.
    const auto conflict = [](const StoreResult<int> &result) {
        return !result && result.error().code == StoreError::Code::Conflict;
    };
    ReportMeta otherMeta = meta;
    otherMeta.issuer = QStringLiteral("南丰镇党政办");
    EXPECT_TRUE(conflict(store->setMeta(created->id, otherMeta, written.value())));
    EXPECT_TRUE(conflict(other->setMeta(created->id, meta, written.value())));
    EXPECT_TRUE(conflict(store->setNarrative(created->id, 2, text, pasted.value())));
    EXPECT_TRUE(conflict(store->setCells(created->id, {{a, CellValue::count(7)}}, created->revision)));
    EXPECT_EQ(store->loadReport(created->id)->revision, described.value());
}

TEST_P(ReportStoreTest, ABatchIsOneTransactionRolledBackUnlessCommitted)
{
    std::unique_ptr<ReportStore> store = openStore();
    {
        StoreTransaction batch = store->batch();
        ASSERT_TRUE(batch.isActive());
        ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019)));
        ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("青塘镇"), 2019)));
        EXPECT_EQ(store->listReports()->size(), 2);
    }
    EXPECT_TRUE(store->listReports()->isEmpty());
    {
        StoreTransaction batch = store->batch();
        ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019)));
        // A failing operation inside the batch rolls back only itself.
        EXPECT_FALSE(store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019)));
        ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("青塘镇"), 2019)));
        ASSERT_TRUE(batch.commit());
    }
    EXPECT_EQ(openStore()->listReports()->size(), 2);
}

TEST_F(SqliteStoreTest, MigratesAVersionOneDatabaseKeepingItsData)
{
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-fixture"));
        database.setDatabaseName(dbPath());
        ASSERT_TRUE(database.open());
        writeVersionOneFixture(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-fixture"));

    std::unique_ptr<ReportStore> store = openStore();
    ASSERT_TRUE(store);
    QSqlDatabase database = QSqlDatabase::database(store->connectionName(), false);
    EXPECT_EQ(pragma(database, "user_version").toInt(), StoreSchema::currentVersion());

    const StoreResult<qint64> id = store->findReport(QStringLiteral("坎市镇"), 2020);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    const StoredReport stored = store->loadReport(id.value()).value();
    EXPECT_EQ(stored.revision, 4);
    EXPECT_EQ(stored.report, versionOneFixtureReport());
    EXPECT_EQ(store->loadRevision(id.value(), 1)->meta.agencyName, QStringLiteral("坎市镇"));

    // The migrated database takes edits and logs them (the audit log is new in version 2).
    const StoreResult<int> edited =
        store->setCell(id.value(), QStringLiteral("p3/received/natural"), CellValue::count(12), 4);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(store->auditLog(id.value())->size(), 1);
    const QList<ReportSummary> list = store->listReports().value();
    ASSERT_EQ(list.size(), 1);
    // Not counted by the migration (which never validates): the application counts it in the
    // background.
    EXPECT_FALSE(list[0].countsCurrent(Validator::rulesVersion()));
    EXPECT_EQ(store->staleCounts(Validator::rulesVersion()).value(), QList<qint64>{id.value()});
}

TEST_F(SqliteStoreTest, RefusesADatabaseOfANewerVersionAndLeavesItUntouched)
{
    {
        std::unique_ptr<ReportStore> store = openStore();
        ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019)));
        QSqlQuery query(QSqlDatabase::database(store->connectionName(), false));
        ASSERT_TRUE(
            query.exec(QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::currentVersion() + 1)));
    }
    const QByteArray before = fileDigest(dbPath());
    const StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(dbPath());
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, StoreError::Code::NewerVersion);
    EXPECT_TRUE(store.error().message.contains(QString::number(StoreSchema::currentVersion() + 1)))
        << store.error().message.toStdString();
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("较新版本")))
        << store.error().message.toStdString();
    EXPECT_EQ(fileDigest(dbPath()), before);
    EXPECT_FALSE(QFile::exists(dbPath() + QStringLiteral("-wal")));
}

TEST_F(SqliteStoreTest, RefusesAFileThatIsNotADatabase)
{
    QFile file(dbPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("南丰镇2019年政府信息公开工作年度报告\n一、总体情况\n");
    file.close();
    const QByteArray before = fileDigest(dbPath());
    const StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(dbPath());
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, StoreError::Code::NotADatabase);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("不是")))
        << store.error().message.toStdString();
    EXPECT_EQ(fileDigest(dbPath()), before);
}

TEST_F(SqliteStoreTest, RefusesAnotherProgramsDatabase)
{
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        database.setDatabaseName(dbPath());
        ASSERT_TRUE(database.open());
        QSqlQuery(database).exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)"));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileDigest(dbPath());
    const StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(dbPath());
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, StoreError::Code::NotADatabase);
    EXPECT_EQ(fileDigest(dbPath()), before);
}

TEST_F(SqliteStoreTest, RefusesADamagedDatabaseWithoutRepairingIt)
{
    {
        std::unique_ptr<ReportStore> store = openStore();
        StoreTransaction batch = store->batch();
        for (int year = 2019; year <= 2020; ++year) {
            for (int i = 0; i < 20; ++i)
                ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("镇%1").arg(i), year)));
        }
        ASSERT_TRUE(batch.commit());
    }
    ASSERT_FALSE(QFile::exists(dbPath() + QStringLiteral("-wal"))); // checkpointed on close
    QFile file(dbPath());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 16 * 4096);
    // Scribble over the middle of the file, leaving the header (page 1) intact.
    file.seek(file.size() / 2);
    file.write(QByteArray(3 * 4096, '\x5a'));
    file.close();
    const QByteArray before = fileDigest(dbPath());

    const StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(dbPath());
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, StoreError::Code::Corrupt);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("损坏")))
        << store.error().message.toStdString();
    EXPECT_EQ(fileDigest(dbPath()), before);
}

TEST_F(SqliteStoreTest, AReadOnlyStoreReadsRefusesEditsAndLeavesNoLogBeside)
{
    qint64 id = 0;
    {
        std::unique_ptr<ReportStore> store = openStore();
        id = store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019))->id;
    }
    const QByteArray before = fileDigest(dbPath());
    StoreResult<std::unique_ptr<ReportStore>> store =
        ReportStore::open(dbPath(), ReportStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    const StoreResult<StoredReport> loaded = store.value()->loadReport(id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->report, sampleReport(QStringLiteral("南丰镇"), 2019));
    const StoreResult<int> edited = store.value()->setCell(id, QStringLiteral("p3/received/natural"),
                                                           CellValue::count(1), loaded->revision);
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, StoreError::Code::ReadOnly);
    EXPECT_TRUE(edited.error().message.contains(QStringLiteral("只读")))
        << edited.error().message.toStdString();
    store.value().reset();
    EXPECT_EQ(fileDigest(dbPath()), before);
    // Nothing left beside the database by the reading (the write-ahead log and its index).
    EXPECT_FALSE(QFile::exists(dbPath() + u"-wal"));
    EXPECT_FALSE(QFile::exists(dbPath() + u"-shm"));
}

TEST_F(SqliteStoreTest, RefusesAReadOnlyFileForWriting)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "file permissions do not bind root";
    {
        std::unique_ptr<ReportStore> store = openStore();
        ASSERT_TRUE(store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019)));
    }
    QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::ReadGroup);
    const StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(dbPath());
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, StoreError::Code::ReadOnly);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("只读")))
        << store.error().message.toStdString();
}

TEST_F(SqliteStoreTest, AFullDiskLosesOnlyTheRefusedEdit)
{
    std::unique_ptr<ReportStore> store = openStore();
    const qint64 id = store->importReport(sampleReport(QStringLiteral("南丰镇"), 2019))->id;
    const StoredReport before = store->loadReport(id).value();
    // SQLite reports SQLITE_FULL when the file may not grow: the same path as a full disk.
    {
        QSqlDatabase database = QSqlDatabase::database(store->connectionName(), false);
        const int pages = pragma(database, "page_count").toInt();
        QSqlQuery limit(database);
        ASSERT_TRUE(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }

    const StoreResult<int> edited = store->setNarrative(id, 1, QString(200000, u'字'), before.revision);
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, StoreError::Code::DiskFull);
    EXPECT_TRUE(edited.error().message.contains(QStringLiteral("磁盘已满")))
        << edited.error().message.toStdString();
    store.reset();
    const StoredReport after = openStore()->loadReport(id).value();
    EXPECT_EQ(after.revision, before.revision);
    EXPECT_EQ(after.report, before.report);
}

NIANBAO_ON_EACH_BACKEND(ReportStoreTest);
