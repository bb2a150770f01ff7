// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The report store at the size of a province: 10,000 reports (2,500 agencies over four years).
// Opening, listing, loading one report and applying one cell edit must feel instant
// (targets: list <= 100 ms, load <= 5 ms, edit <= 1 ms). The database is generated once, in one
// transaction, next to the executable and reused by later runs.
#include "format.h"
#include "report.h"
#include "storage/reportstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace nianbao;

namespace {

constexpr int Agencies = 2500;
constexpr int FirstYear = 2019;
constexpr int Years = 4;
constexpr int Reports = Agencies * Years;

QString storePath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/store_bench.sqlite");
}

Report generatedReport(int agency, int year)
{
    const Format &format = *Format::forYear(year);
    Report report(format);
    report.meta.agencyName = QStringLiteral("第%1镇人民政府").arg(agency);
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

std::unique_ptr<ReportStore> openStore()
{
    StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(storePath());
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(storePath()), qPrintable(store.error().message));
    return std::move(store).value();
}

// Reuses a complete database from an earlier run, or generates one in a single transaction.
void prepareStore()
{
    {
        StoreResult<std::unique_ptr<ReportStore>> existing = ReportStore::open(storePath());
        if (existing && existing.value()->listReports().value().size() == Reports)
            return;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath() + suffix);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<ReportStore> store = openStore();
    StoreTransaction batch = store->batch();
    for (int year = FirstYear; year < FirstYear + Years; ++year) {
        for (int agency = 0; agency < Agencies; ++agency) {
            const StoreResult<ImportedReport> imported = store->importReport(generatedReport(agency, year));
            if (!imported)
                qFatal("generating: %s", qPrintable(imported.error().message));
        }
    }
    if (!batch.commit())
        qFatal("generating: the transaction did not commit");
    std::fprintf(stderr, "generated %d reports in %.1f s\n", Reports, double(clock.elapsed()) / 1000.0);
}

// Opened once for the benchmarks that work on an open store; closed before the application ends.
std::unique_ptr<ReportStore> s_store;

ReportStore &sharedStore()
{
    if (!s_store)
        s_store = openStore();
    return *s_store;
}

void BM_Open(benchmark::State &state)
{
    for (auto _ : state) {
        std::unique_ptr<ReportStore> store = openStore();
        benchmark::DoNotOptimize(store);
    }
}

void BM_List(benchmark::State &state)
{
    ReportStore &store = sharedStore();
    for (auto _ : state) {
        const StoreResult<QList<ReportSummary>> list = store.listReports();
        if (!list || list->size() != Reports)
            state.SkipWithError("the list is incomplete");
        qsizetype size = list->size();
        benchmark::DoNotOptimize(size);
    }
}

void BM_Load(benchmark::State &state)
{
    ReportStore &store = sharedStore();
    const qint64 id = store.findReport(QStringLiteral("第1234镇人民政府"), 2021).value();
    for (auto _ : state) {
        StoreResult<StoredReport> report = store.loadReport(id);
        if (!report)
            state.SkipWithError("the report did not load");
        benchmark::DoNotOptimize(report);
    }
}

void BM_EditCell(benchmark::State &state)
{
    ReportStore &store = sharedStore();
    // A report with a previous and a next year: the edit keeps its counts and marks the next year's
    // stale.
    const qint64 id = store.findReport(QStringLiteral("第1234镇人民政府"), 2020).value();
    int revision = store.loadReport(id)->revision;
    const int cell = Format::forYear(2020)->cellIndex(QStringLiteral("p3/received/natural"));
    // The editor gives the counts of its findings with each edit.
    const StampedCounts counts{{1, 2, 0}, QStringLiteral("bench")};
    qint64 value = 0;
    for (auto _ : state) {
        const StoreResult<int> edited =
            store.setCell(id, cell, CellValue::count(++value % 1000 + 1000), revision, counts);
        if (!edited)
            state.SkipWithError("the edit failed");
        revision = edited.value();
    }
}

// One more report, as an import does it; rolled back, so the database keeps its 10,000.
void BM_ImportReport(benchmark::State &state)
{
    ReportStore &store = sharedStore();
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

} // namespace

BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_List)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_EditCell)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_ImportReport)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    prepareStore();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    s_store.reset();
    return 0;
}
