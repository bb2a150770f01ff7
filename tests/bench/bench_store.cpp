// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The report store at the size of a province: 10,000 reports (2,500 agencies over four years), in an
// SQLite file and in a database on a local PostgreSQL server, measured in the same run. Listing the
// reports, opening one and a cell edit's round trip must feel instant. Targets on the server: list
// <= 150 ms, open a report <= 10 ms, edit <= 5 ms; in the file: list <= 100 ms, open <= 5 ms,
// edit <= 2 ms. The supervisor's year overview (a year's 2,500 agencies) is measured beside them.
//
// The SQLite file is generated once, in one transaction, next to the executable and reused by later
// runs. The server is a throw-away cluster in the build folder (tests/pgcluster.sh), started here and
// removed at the end, writing to its disk at every commit; its database is generated anew at every
// run. On the server the benchmarks work as the people who do it: the supervisor lists every report,
// the clerk of one agency opens and edits its report, each through their own login under the
// row-level security of the schema.
#include "../pgclusterscript.h"
#include "benchmain.h"
#include "format.h"
#include "report.h"
#include "review/reviewworkflow.h"
#include "review/userdirectory.h"
#include "storage/reportstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <tuple>

using namespace nianbao;

namespace {

constexpr int Agencies = 2500;
constexpr int FirstYear = 2019;
constexpr int Years = 4;
constexpr int Reports = Agencies * Years;
constexpr int ClusterPort = 5432; // names the socket file only: the cluster listens on no TCP port

const QString ServerDatabase = QStringLiteral("store_bench");
const QString SupervisorLogin = QStringLiteral("bench_supervisor");
const QString ClerkLogin = QStringLiteral("bench_clerk");
const QString LoginPassword = QStringLiteral("bench password");

QString agencyName(int agency)
{
    return QStringLiteral("第%1镇人民政府").arg(agency);
}

// The agency whose reports are opened and edited: it has a report the year before and the year after.
const QString BenchAgency = agencyName(1234);

QString storePath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/store_bench.sqlite");
}

QString clusterFolder()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/pgcluster");
}

bool s_clusterRunning = false;

bool runCluster(const QStringList &arguments)
{
    return nianbao::test::runDurableClusterScript(arguments);
}

// Ends the run without leaving the server running or its folder behind.
[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "store_bench: %s\n", qPrintable(what));
    if (s_clusterRunning)
        runCluster({QStringLiteral("stop"), clusterFolder()});
    std::exit(1);
}

StoreLocation serverLocation(const QString &user, const QString &password = {})
{
    StoreLocation location =
        StoreLocation::server(clusterFolder() + QStringLiteral("/sock"), ClusterPort, ServerDatabase, user);
    location.password = password;
    return location;
}

Report generatedReport(int agency, int year)
{
    const Format &format = *Format::forYear(year);
    Report report(format);
    report.meta.agencyName = agencyName(agency);
    report.meta.agencyKind = QStringLiteral("township");
    report.meta.year = year;
    report.meta.issuer = report.meta.agencyName;
    report.meta.issueDate = QDate(year + 1, 1, 20);
    report.preamble = QStringLiteral("本报告中所列数据的统计期限自%1年1月1日起至%1年12月31日止。").arg(year);
    for (int part = 0; part < Report::PartCount; ++part)
        report.parts[size_t(part)] =
            QStringLiteral("（一）工作情况。我镇%1年认真贯彻落实《条例》，主动公开政府信息%2条。")
                .arg(year)
                .arg(agency * 7 % 500)
                .repeated(8);
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        const ColumnDef &column = format.column(cell);
        report.setCell(cell,
                       column.kind == CellKind::Amount
                           ? CellValue::amount(Decimal::fromUnits(agency * 1234 + cell), AmountUnit::WanYuan)
                           : CellValue::count((agency + cell + year) % 9));
    }
    return report;
}

std::unique_ptr<ReportStore> openStore(const StoreLocation &location,
                                       ReportStore::OpenMode mode = ReportStore::OpenMode::ReadWrite)
{
    StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(location, mode);
    if (!store)
        fail(QStringLiteral("cannot open %1: %2").arg(location.display(), store.error().message));
    return std::move(store).value();
}

// Writes the 10,000 reports in a single transaction.
void fill(ReportStore &store)
{
    QElapsedTimer clock;
    clock.start();
    StoreTransaction batch = store.batch();
    for (int year = FirstYear; year < FirstYear + Years; ++year) {
        for (int agency = 0; agency < Agencies; ++agency) {
            const StoreResult<ImportedReport> imported = store.importReport(generatedReport(agency, year));
            if (!imported)
                fail(QStringLiteral("generating: ") + imported.error().message);
        }
    }
    if (!batch.commit())
        fail(QStringLiteral("generating: the transaction did not commit"));
    // As a database is after the server's background work (or db copy): planned for its data.
    if (const StoreResult<void> analysed = store.refreshStatistics(); !analysed)
        fail(QStringLiteral("statistics: ") + analysed.error().message);
    std::fprintf(stderr, "generated %d reports in %s in %.1f s\n", Reports,
                 qPrintable(store.location().display()), double(clock.elapsed()) / 1000.0);
}

// Reuses a complete file from an earlier run, or generates one.
void prepareFile()
{
    {
        StoreResult<std::unique_ptr<ReportStore>> existing = ReportStore::open(storePath());
        if (existing && existing.value()->listReports().value().size() == Reports)
            return;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath() + suffix);
    fill(*openStore(StoreLocation::file(storePath())));
}

// The server's superuser creates the benchmark's database in the cluster.
void createServerDatabase()
{
    const QString connection = QStringLiteral("store_bench.cluster");
    {
        QSqlDatabase cluster = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        cluster.setHostName(clusterFolder() + QStringLiteral("/sock"));
        cluster.setPort(ClusterPort);
        cluster.setUserName(QStringLiteral("postgres"));
        cluster.setDatabaseName(QStringLiteral("postgres"));
        if (!cluster.open())
            fail(QStringLiteral("cannot reach the cluster: ") + cluster.lastError().text());
        QSqlQuery create(cluster);
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + ServerDatabase))
            fail(QStringLiteral("cannot create the database: ") + create.lastError().text());
    }
    QSqlDatabase::removeDatabase(connection);
}

/// The stores the benchmarks work on, open for the whole run; closed before the application ends.
struct Stores
{
    std::unique_ptr<ReportStore> file;
    std::unique_ptr<ReportStore> serverAdministrator; ///< imports, as `db copy` and the bulk import do
    std::unique_ptr<ReportStore> supervisor;          ///< lists every agency's reports
    std::unique_ptr<ReportStore> clerk;               ///< opens and edits BenchAgency's reports
};

Stores s_stores;

// Starts the cluster, gives its database the schema, the 10,000 reports and the two logins.
void prepareServer()
{
    if (!runCluster({QStringLiteral("start"), clusterFolder()}))
        fail(QStringLiteral("the PostgreSQL cluster did not start (tests/pgcluster.sh)"));
    s_clusterRunning = true;
    createServerDatabase();
    s_stores.serverAdministrator =
        openStore(serverLocation(QStringLiteral("postgres")), ReportStore::OpenMode::Administer);
    fill(*s_stores.serverAdministrator);
    UserDirectory users(*s_stores.serverAdministrator);
    for (const auto &[login, role, agencies] :
         {std::tuple{SupervisorLogin, UserRole::Supervisor, QStringList{}},
          std::tuple{ClerkLogin, UserRole::Clerk, QStringList{BenchAgency}}}) {
        if (const StoreResult<User> added = users.addLogin(login, role, agencies, LoginPassword); !added)
            fail(QStringLiteral("adding %1: %2").arg(login, added.error().message));
    }
    s_stores.supervisor = openStore(serverLocation(SupervisorLogin, LoginPassword));
    s_stores.clerk = openStore(serverLocation(ClerkLogin, LoginPassword));
}

ReportStore &lister(Backend backend)
{
    return backend == Backend::Sqlite ? *s_stores.file : *s_stores.supervisor;
}

ReportStore &editor(Backend backend)
{
    return backend == Backend::Sqlite ? *s_stores.file : *s_stores.clerk;
}

ReportStore &importer(Backend backend)
{
    return backend == Backend::Sqlite ? *s_stores.file : *s_stores.serverAdministrator;
}

// Opening the database as the clerk does: connecting (logging in, on the server) and checking the
// schema (and, for the file, its integrity).
void BM_Open(benchmark::State &state, Backend backend)
{
    const StoreLocation location = backend == Backend::Sqlite ? StoreLocation::file(storePath())
                                                              : serverLocation(ClerkLogin, LoginPassword);
    for (auto _ : state) {
        std::unique_ptr<ReportStore> store = openStore(location);
        benchmark::DoNotOptimize(store);
    }
}

void BM_List(benchmark::State &state, Backend backend)
{
    ReportStore &store = lister(backend);
    for (auto _ : state) {
        const StoreResult<QList<ReportSummary>> list = store.listReports();
        if (!list || list->size() != Reports)
            state.SkipWithError("the list is incomplete");
        qsizetype size = list ? list->size() : 0;
        benchmark::DoNotOptimize(size);
    }
}

// Opening a report: what the editor reads to show it.
void BM_Load(benchmark::State &state, Backend backend)
{
    ReportStore &store = editor(backend);
    const StoreResult<qint64> id = store.findReport(BenchAgency, 2021);
    if (!id)
        fail(QStringLiteral("finding the report: ") + id.error().message);
    for (auto _ : state) {
        StoreResult<StoredReport> report = store.loadReport(id.value());
        if (!report)
            state.SkipWithError("the report did not load");
        benchmark::DoNotOptimize(report);
    }
}

void BM_EditCell(benchmark::State &state, Backend backend)
{
    ReportStore &store = editor(backend);
    // A report with a previous and a next year: the edit keeps its counts and marks the next year's
    // stale.
    const StoreResult<qint64> id = store.findReport(BenchAgency, 2020);
    if (!id)
        fail(QStringLiteral("finding the report: ") + id.error().message);
    int revision = store.loadReport(id.value())->revision;
    const int cell = Format::forYear(2020)->cellIndex(QStringLiteral("p3/received/natural"));
    // The editor gives the counts of its findings with each edit.
    const StampedCounts counts{{1, 2, 0}, QStringLiteral("bench")};
    qint64 value = 0;
    for (auto _ : state) {
        const StoreResult<int> edited =
            store.setCell(id.value(), cell, CellValue::count(++value % 1000 + 1000), revision, counts);
        if (!edited) {
            state.SkipWithError("the edit failed");
            break;
        }
        revision = edited.value();
    }
}

// The supervisor's year overview (审核 → 年度总览): every agency of a year with its report's status,
// counts and last submission, as the overview's table reads it.
void BM_YearOverview(benchmark::State &state, Backend backend)
{
    ReviewWorkflow workflow(lister(backend));
    for (auto _ : state) {
        const StoreResult<QList<ReviewOverviewRow>> rows = workflow.overview(FirstYear + Years - 1);
        if (!rows || rows->size() != Agencies)
            state.SkipWithError("the overview is incomplete");
        qsizetype size = rows ? rows->size() : 0;
        benchmark::DoNotOptimize(size);
    }
}

// One more report, as an import does it; rolled back, so the database keeps its 10,000.
void BM_ImportReport(benchmark::State &state, Backend backend)
{
    ReportStore &store = importer(backend);
    const StoreTransaction batch = store.batch();
    int agency = Agencies;
    for (auto _ : state) {
        state.PauseTiming();
        const Report report = generatedReport(agency++, FirstYear);
        state.ResumeTiming();
        if (!store.importReport(report))
            state.SkipWithError("the import failed");
    }
}

void registerBenchmarks()
{
    struct Case
    {
        const char *name;
        void (*function)(benchmark::State &, Backend);
    };
    struct Side
    {
        Backend backend;
        const char *suffix;
    };
    const Case cases[] = {{"BM_Open", BM_Open},
                          {"BM_List", BM_List},
                          {"BM_Load", BM_Load},
                          {"BM_EditCell", BM_EditCell},
                          {"BM_YearOverview", BM_YearOverview},
                          {"BM_ImportReport", BM_ImportReport}};
    const Side sides[] = {{Backend::Sqlite, "/sqlite"}, {Backend::Postgres, "/postgresql"}};
    for (const Case &benchmarkCase : cases) {
        for (const Side &side : sides)
            benchmark::RegisterBenchmark(std::string(benchmarkCase.name) + side.suffix,
                                         benchmarkCase.function, side.backend)
                ->Unit(benchmark::kMillisecond)
                ->Repetitions(5)
                ->ReportAggregatesOnly(true);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    prepareFile();
    s_stores.file = openStore(StoreLocation::file(storePath()));
    prepareServer();
    registerBenchmarks();
    const int result = nianbao::bench::runBenchmarks(argc, argv);
    s_stores = {};
    if (!runCluster({QStringLiteral("stop"), clusterFolder()}))
        return 1;
    return result;
}
