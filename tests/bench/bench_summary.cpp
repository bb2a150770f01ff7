// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's desk at the size of a large county: 60 agencies, each with a report in each of
// five years (2019–2023). Targets: the county summary of a year (with last year and the trend)
// read from the store in ≤ 50 ms; the year overview of the 60 agencies open and painted in
// ≤ 100 ms. Also measured: the summary's spreadsheet and PDF (with its charts).
#include "benchmain.h"
#include "format.h"
#include "report.h"
#include "review/reviewoverviewdialog.h"
#include "review/reviewoverviewmodel.h"
#include "review/reviewsession.h"
#include "storage/reportstore.h"
#include "summary/countysummary.h"
#include "summary/summarychartbuilder.h"
#include "summary/summarydocument.h"
#include "summary/summarysheet.h"
#include "summary/summarysource.h"
#include "summary/summaryxlsx.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

constexpr int Agencies = 60;
constexpr int FirstYear = 2019;
constexpr int LastYear = 2023;

// Figures that vary by agency and year, a narrative of realistic length, every cell filled.
Report countyReport(int agency, int year)
{
    const Format &format = *Format::forYear(year);
    Report report(format);
    report.meta.agencyName = QStringLiteral("第%1镇人民政府").arg(agency + 1);
    report.meta.agencyKind = QStringLiteral("township");
    report.meta.year = year;
    for (int part = 0; part < Report::PartCount; ++part)
        report.parts[size_t(part)] = QStringLiteral("我镇%1年扎实推进政务公开工作，主动公开政府信息%2条。")
                                         .arg(year)
                                         .arg((agency * 13 + year) % 400)
                                         .repeated(10);
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        const CellKind kind = format.column(cell).kind;
        report.setCell(
            cell, kind == CellKind::Amount
                      ? CellValue::amount(Decimal::fromUnits((agency + 1) * 4321 + year), AmountUnit::WanYuan)
                      : CellValue::count((agency * 7 + cell * 3 + year) % 23));
    }
    return report;
}

/// The county's database, generated once per run in a temporary folder.
class County
{
public:
    County()
    {
        StoreResult<std::unique_ptr<ReportStore>> opened =
            ReportStore::open(m_dir.filePath(QStringLiteral("county.sqlite")));
        if (!opened)
            qFatal("cannot create the county: %s", qPrintable(opened.error().message));
        m_store = std::move(opened).value();
        StoreTransaction batch = m_store->batch();
        for (int year = FirstYear; year <= LastYear; ++year) {
            for (int agency = 0; agency < Agencies; ++agency) {
                if (!m_store->importReport(countyReport(agency, year)))
                    qFatal("cannot store the county's reports");
            }
        }
        if (!batch.commit())
            qFatal("cannot store the county's reports");
    }

    ReportStore &store() { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReportStore> m_store;
};

County &county()
{
    static County s_county;
    return s_county;
}

CountySummary loadSummary(benchmark::State &state)
{
    StoreResult<CountySummary> summary = SummarySource::load(county().store(), LastYear, std::nullopt);
    if (!summary || summary->rows().size() != Agencies || summary->trend().size() != LastYear - FirstYear + 1)
        state.SkipWithError("the summary is incomplete");
    return summary ? std::move(summary).value() : CountySummary();
}

// Target ≤ 50 ms: every report of five years read from the store and summed.
void summaryFromStore(benchmark::State &state)
{
    county();
    for (auto _ : state) {
        CountySummary summary = loadSummary(state);
        benchmark::DoNotOptimize(summary);
    }
}

void spreadsheet(benchmark::State &state)
{
    const CountySummary summary = loadSummary(state);
    for (auto _ : state) {
        std::optional<QByteArray> bytes = SummaryXlsx::workbook(SummarySheet::all(summary));
        if (!bytes)
            state.SkipWithError("the spreadsheet was not written");
        benchmark::DoNotOptimize(bytes);
    }
}

void pdfWithCharts(benchmark::State &state)
{
    const CountySummary summary = loadSummary(state);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    for (auto _ : state) {
        if (!SummaryDocument::writePdf(summary, path))
            state.SkipWithError("the PDF was not written");
    }
}

// Target ≤ 100 ms: from the menu action to the painted table of the year's 60 reports.
void overviewOpens(benchmark::State &state)
{
    ReviewSession session;
    session.setStore(&county().store());
    for (auto _ : state) {
        ReviewOverviewDialog dialog(&session);
        dialog.showYear(LastYear);
        dialog.show();
        dialog.repaint();
        if (dialog.model()->rowCount() != Agencies)
            state.SkipWithError("the overview is incomplete");
        state.PauseTiming();
        dialog.close();
        QApplication::processEvents();
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK(summaryFromStore)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(overviewOpens)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(spreadsheet)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(pdfWithCharts)->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    SummaryChartBuilder::install();
    return nianbao::bench::runBenchmarks(argc, argv);
}
