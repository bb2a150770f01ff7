// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Import of published reports: the largest seed as a ten-page PDF (Nianbao's own, tables split over
// pages) and as a Word document (LibreOffice's), and the blank template filled in; and, in the same
// run, what a user would otherwise do with the same files — pdftotext -layout on the PDF, LibreOffice
// converting the Word document to text — which still leaves the numbers to be typed into the form.
#include "import/reportimporter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/") + QString::fromLatin1(name);
}

QByteArray bytesOf(const char *name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", name);
    return file.readAll();
}

void importFile(benchmark::State &state, const char *name)
{
    // From the bytes in memory: what is measured is reading, not the disk.
    const QByteArray bytes = bytesOf(name);
    for (auto _ : state) {
        const ImportResult result = ReportImporter::read(bytes, QString::fromLatin1(name));
        if (!result.isReport() || !result.findings.isEmpty()) {
            state.SkipWithError("the fixture was not read completely");
            break;
        }
        benchmark::DoNotOptimize(result.read.report.cells().size());
    }
}

void pdf(benchmark::State &state)
{
    importFile(state, "2020_kanshi/nianbao.pdf");
}

void docx(benchmark::State &state)
{
    importFile(state, "2020_kanshi/libreoffice.docx");
}

void filledTemplate(benchmark::State &state)
{
    importFile(state, "template-filled.docx");
}

void html(benchmark::State &state)
{
    importFile(state, "website.html");
}

void gbkText(benchmark::State &state)
{
    importFile(state, "2020_kanshi/gb18030.txt");
}

/// Runs a tool on a fixture per iteration; skipped where the tool is missing.
void tool(benchmark::State &state, const QString &program,
          const std::function<QStringList(const QString &)> &arguments, const QString &output)
{
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        state.SkipWithError("the tool is not installed");
        return;
    }
    const auto run = [&] {
        QFile::remove(output);
        QProcess process;
        process.start(executable, arguments(output));
        return process.waitForFinished(120000) && process.exitCode() == 0 && QFile::exists(output);
    };
    // The first run warms up (LibreOffice creates its profile; an office converting every day has one).
    if (!run()) {
        state.SkipWithError("the tool did not convert the file");
        return;
    }
    for (auto _ : state) {
        if (!run()) {
            state.SkipWithError("the tool did not convert the file");
            break;
        }
    }
}

void pdftotextLayout(benchmark::State &state)
{
    QTemporaryDir dir;
    tool(
        state, QStringLiteral("pdftotext"),
        [](const QString &output) {
            return QStringList{QStringLiteral("-layout"), fixture("2020_kanshi/nianbao.pdf"), output};
        },
        dir.filePath(QStringLiteral("report.txt")));
}

void libreOfficeDocxToText(benchmark::State &state)
{
    QTemporaryDir dir;
    tool(
        state, QStringLiteral("soffice"),
        [&](const QString &) {
            return QStringList{QStringLiteral("-env:UserInstallation=") +
                                   QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                               QStringLiteral("--headless"),
                               QStringLiteral("--convert-to"),
                               QStringLiteral("txt:Text (encoded):UTF8"),
                               QStringLiteral("--outdir"),
                               dir.path(),
                               fixture("2020_kanshi/libreoffice.docx")};
        },
        dir.filePath(QStringLiteral("libreoffice.txt")));
}

} // namespace

BENCHMARK(pdf)->Unit(benchmark::kMillisecond);
BENCHMARK(docx)->Unit(benchmark::kMillisecond);
BENCHMARK(filledTemplate)->Unit(benchmark::kMillisecond);
BENCHMARK(html)->Unit(benchmark::kMillisecond);
BENCHMARK(gbkText)->Unit(benchmark::kMillisecond);
BENCHMARK(pdftotextLayout)->Unit(benchmark::kMillisecond);
BENCHMARK(libreOfficeDocxToText)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
