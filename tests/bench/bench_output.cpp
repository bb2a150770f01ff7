// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Output of the largest seed (2020_kanshi, ten pages): the PDF in the official-document layout,
// its layout alone, a process's first PDF before and after the desktop's warm-up of the stand-ins'
// files, the Word and ODF documents, the HTML page; the whole `nianbao pdf` process; and,
// side by side, what an office would otherwise do — LibreOffice headless converting the exported
// HTML to PDF (skipped where soffice is missing). And the PDF of a report with one paragraph of
// 1 MB and of 3 MB: the time grows with the text, not with its square.
#include "output/docxexporter.h"
#include "output/htmlexporter.h"
#include "output/layoutface.h"
#include "output/odtexporter.h"
#include "output/pagedreport.h"
#include "output/pdfexporter.h"
#include "output/pdffile.h"
#include "output/reportcomposer.h"
#include "output/standinfile.h"
#include "output/standinwarmup.h"
#include "textlayout/reportreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
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
    state.counters["bytes"] = double(QFileInfo(path).size());
}

void layout(benchmark::State &state)
{
    const Report report = seedReport(LargestSeed);
    for (auto _ : state)
        benchmark::DoNotOptimize(ReportComposer::compose(report).pages.size());
}

// A process's first PDF where the stand-ins' files are missing (a machine's first, or the first after a
// font update): as `nianbao pdf` or the desktop without its warm-up pays it (0), and as the desktop's
// first 导出 PDF once its warm-up has built them (1), the warm-up itself not timed. One iteration a
// process (only the first is first): run the two in turn, each in its own process.
void firstPdf(benchmark::State &state)
{
    const Report report = seedReport(LargestSeed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir cache;
        StandInFile::setFolder(cache.path());
        LayoutFace::forgetFaces();
        if (state.range(0) == 1) {
            StandInWarmUp warmUp;
            warmUp.start();
            warmUp.wait();
        }
        state.ResumeTiming();
        if (!PdfExporter::write(report, path))
            state.SkipWithError("the PDF could not be written");
    }
    StandInFile::setFolder({});
}

// The writing alone, of the pages laid out once: on one thread (1) or on the machine's cores (0).
void pdfWriting(benchmark::State &state)
{
    const Report report = seedReport(LargestSeed);
    const PagedReport paged = ReportComposer::compose(report);
    const PdfFile::Metadata metadata{report.displayTitle(), report.meta.agencyName, QDateTime(), {}, {}};
    for (auto _ : state)
        benchmark::DoNotOptimize(PdfFile::write(paged, metadata, int(state.range(0))).size());
}

// One paragraph of state.range(0) MB (UTF-8) in part 一.
void pdfLongParagraph(benchmark::State &state)
{
    Report report = seedReport(LargestSeed);
    const QString sentence =
        QStringLiteral("本年度我镇严格落实政府信息公开各项要求，主动公开政府信息，依法办理申请。");
    const qsizetype bytes = state.range(0) * 1024 * 1024;
    QString paragraph;
    paragraph.reserve(bytes / 3 + sentence.size());
    while (paragraph.size() * 3 < bytes)
        paragraph += sentence;
    report.parts[0] = paragraph;
    for (auto _ : state)
        benchmark::DoNotOptimize(PdfExporter::toPdf(report).size());
    state.counters["pages"] = double(ReportComposer::compose(report).pages.size());
}

void docx(benchmark::State &state)
{
    const Report report = seedReport(LargestSeed);
    for (auto _ : state)
        benchmark::DoNotOptimize(DocxExporter::toDocx(report).size());
}

void odt(benchmark::State &state)
{
    const Report report = seedReport(LargestSeed);
    for (auto _ : state)
        benchmark::DoNotOptimize(OdtExporter::toOdt(report).size());
}

// The command a clerk or a script runs: start the program, read the report, write the PDF.
void pdfCommand(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString input =
        QStringLiteral(NIANBAO_SEEDS_DIR "/") + QString::fromLatin1(LargestSeed) + u"/input.txt";
    const QString output = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        QProcess process;
        process.start(QStringLiteral(NIANBAO_EXECUTABLE),
                      {QStringLiteral("pdf"), input, QStringLiteral("-o"), output});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            state.SkipWithError("nianbao pdf failed");
            break;
        }
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
        state.SkipWithError("LibreOffice (soffice) is not installed (see docs/development.md)");
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
BENCHMARK(firstPdf)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(layout)->Unit(benchmark::kMillisecond);
BENCHMARK(pdfWriting)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(docx)->Unit(benchmark::kMillisecond);
BENCHMARK(odt)->Unit(benchmark::kMillisecond);
BENCHMARK(html)->Unit(benchmark::kMicrosecond);
BENCHMARK(pdfCommand)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(libreOfficeFromHtml)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(pdfLongParagraph)->Arg(1)->Arg(3)->Unit(benchmark::kMillisecond)->Iterations(1);

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
