// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Validation runs after every keystroke, so a whole report must validate in well under a frame
// (target: median <= 50 µs). The reports are the published seeds, read by the text reader, with
// the Chinese translation installed as in the application.
#include "format.h"
#include "textlayout/reportreader.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

Report seed(const char *name)
{
    const ReadResult read = ReportReader::readFile(QStringLiteral(NIANBAO_SEEDS_DIR "/") +
                                                   QString::fromLatin1(name) + u"/input.txt");
    if (!read.isReport)
        qFatal("seed %s is not readable", name);
    return read.report;
}

/// One keystroke: a digit typed into a cell and a character into the narrative, then validation.
void validateAfterKeystrokes(benchmark::State &state, const char *name)
{
    Report report = seed(name);
    const int cell = report.format()->cellIndex(QStringLiteral("p3/received/natural"));
    qint64 typed = 0;
    for (auto _ : state) {
        report.setCell(cell, CellValue::count(typed++ % 10));
        report.parts[4].append(u'。');
        benchmark::DoNotOptimize(Validator::validate(report));
        report.parts[4].chop(1);
    }
}

void validateWithLastYear(benchmark::State &state)
{
    const Report previous = seed("2019_nanfeng");
    Report report = seed("2021_nanding");
    report.parts[4] = previous.parts[4];
    for (auto _ : state)
        benchmark::DoNotOptimize(Validator::validate(report, &previous));
}

} // namespace

BENCHMARK_CAPTURE(validateAfterKeystrokes, nanding2021, "2021_nanding")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(validateAfterKeystrokes, kanshi2020, "2020_kanshi")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(validateAfterKeystrokes, honghe2020, "2020_honghe")->Unit(benchmark::kMicrosecond);
BENCHMARK(validateWithLastYear)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTranslator translator;
    if (translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("nianbao"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
