// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a report must feel instant, and the command line reads many: a published report
// (~450 lines) must read in well under a millisecond (target: median <= 500 µs), write faster.
#include "textlayout/reportreader.h"
#include "textlayout/reportwriter.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

QString seedText(const char *name)
{
    QFile file(QStringLiteral(NIANBAO_SEEDS_DIR "/") + QString::fromLatin1(name) + u"/input.txt");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("seed %s is missing", name);
    return QString::fromUtf8(file.readAll());
}

void readSeed(benchmark::State &state, const char *name)
{
    const QString text = seedText(name);
    for (auto _ : state)
        benchmark::DoNotOptimize(ReportReader::read(text));
}

void writeSeed(benchmark::State &state, const char *name)
{
    const Report report = ReportReader::read(seedText(name)).report;
    for (auto _ : state)
        benchmark::DoNotOptimize(ReportWriter::write(report));
}

} // namespace

BENCHMARK_CAPTURE(readSeed, nanding2021, "2021_nanding")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(readSeed, kanshi2020, "2020_kanshi")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(readSeed, qingtang2019, "2019_qingtang")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(writeSeed, nanding2021, "2021_nanding")->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
