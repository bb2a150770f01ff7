// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Output of the largest seed (2020_kanshi, ten pages): the PDF in the official-document layout,
// its layout alone, the HTML page; and, side by side, what an office would otherwise do —
// LibreOffice headless converting the exported HTML to PDF (skipped where soffice is missing).
#include "output/htmlexporter.h"
#include "output/pdfexporter.h"
#include "output/reportdocumentrenderer.h"
#include "textlayout/reportreader.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

constexpr const char *LargestSeed = "2020_kanshi";

Report seedReport(const char *name)
{
    QFile file(QStringLiteral(NIANBAO_SEEDS_DIR "/") + QString::fromLatin1(name) + u"/input.txt");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("seed %s is missing", name);
    return ReportReader::read(QString::fromUtf8(file.readAll())).report;
}

void pdf(benchmark::State &state)
{
    const Report report = seedReport(LargestSeed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        if (!PdfExporter::write(report, path))
            state.SkipWithError("the PDF could not be written");
    }
}

void layout(benchmark::State &state)
{
    const Report report = seedReport(LargestSeed);
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("unused.pdf")));
    for (auto _ : state) {
        const std::unique_ptr<QTextDocument> document = ReportDocumentRenderer::render(report, writer);
        benchmark::DoNotOptimize(document->pageCount());
    }
}

void html(benchmark::State &state)
{
    const Report report = seedReport(LargestSeed);
    for (auto _ : state)
        benchmark::DoNotOptimize(HtmlExporter::toHtml(report));
}

void libreOfficeFromHtml(benchmark::State &state)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        state.SkipWithError(
            "LibreOffice (soffice) is not installed; NIANBAO_BENCH_LIBREOFFICE=1 scripts/bench "
            "output installs it (see docs/development.md)");
        return;
    }
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("report.html"));
    const QString output = dir.filePath(QStringLiteral("report.pdf"));
    HtmlExporter::write(seedReport(LargestSeed), input);
    // A profile of its own, so that a running LibreOffice of the user's does not take the job.
    const QStringList arguments{QStringLiteral("-env:UserInstallation=") +
                                    QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                                QStringLiteral("--headless"),
                                QStringLiteral("--convert-to"),
                                QStringLiteral("pdf"),
                                QStringLiteral("--outdir"),
                                dir.path(),
                                input};
    const auto convert = [&] {
        QFile::remove(output);
        QProcess process;
        process.start(soffice, arguments);
        return process.waitForFinished(120000) && process.exitCode() == 0 && QFile::exists(output);
    };
    // The first conversion creates the profile; an office converting every day has one.
    if (!convert()) {
        state.SkipWithError("soffice did not convert the HTML to PDF");
        return;
    }
    for (auto _ : state) {
        if (!convert()) {
            state.SkipWithError("soffice did not convert the HTML to PDF");
            break;
        }
    }
}

} // namespace

BENCHMARK(pdf)->Unit(benchmark::kMillisecond);
BENCHMARK(layout)->Unit(benchmark::kMillisecond);
BENCHMARK(html)->Unit(benchmark::kMicrosecond);
BENCHMARK(libreOfficeFromHtml)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    // Fonts and PDF painting need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
