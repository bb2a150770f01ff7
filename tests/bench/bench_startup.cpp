// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Start to a usable window: the time from starting the nianbao executable until its main window is
// shown and painted with the report the clerk was working on open again at the section where they
// were (a database holding the five published seeds, a signed-in user, the session stored), as the
// clerk sees it in the morning. The program says "ready" on its output once that first frame is
// painted (NIANBAO_REPORT_READY=1). Warm: one start before the measured ones, so the files are in the
// page cache as on a PC where the program ran before. The target is 0.5 s.
//
// In the same run, the office suite a clerk would otherwise open: LibreOffice starting headless and
// stopping once initialised (soffice --headless --terminate_after_init); skipped where soffice is missing.
#include "benchmain.h"
#include "review/userdirectory.h"
#include "storage/reportstore.h"
#include "textlayout/reportreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace nianbao;

namespace {

/// A home of its own for the program: configuration (the session) and the database.
class Desk
{
public:
    Desk()
    {
        auto opened = ReportStore::open(databasePath());
        if (!opened)
            qFatal("cannot create the database: %s", qPrintable(opened.error().message));
        ReportStore &store = *opened.value();
        // The supervisor first, as an office starts: on a database that already holds reports only
        // `user bootstrap` may make the first user.
        UserDirectory users(store);
        if (const StoreResult<User> added = users.addUser(QStringLiteral("王芳"), UserRole::Supervisor, {});
            !added)
            qFatal("cannot add the user: %s", qPrintable(added.error().message));
        qint64 last = 0;
        for (const char *seed :
             {"2019_nanfeng", "2019_qingtang", "2020_honghe", "2020_kanshi", "2021_nanding"}) {
            QFile file(QStringLiteral(NIANBAO_SEEDS_DIR "/%1/input.txt").arg(QString::fromLatin1(seed)));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("the seed %s is missing", seed);
            const auto imported =
                store.importReport(ReportReader::read(QString::fromUtf8(file.readAll())).report);
            if (!imported)
                qFatal("cannot import %s: %s", seed, qPrintable(imported.error().message));
            last = imported->id;
        }
        // The settings the program finds at $XDG_CONFIG_HOME/nianbao/nianbao.conf.
        QSettings settings(m_home.filePath(QStringLiteral("config/nianbao/nianbao.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("database/last"), databasePath());
        settings.setValue(QStringLiteral("review/lastUser"), QStringLiteral("王芳"));
        settings.setValue(QStringLiteral("session/report"), last);
        settings.setValue(QStringLiteral("session/section"), 3);
    }

    QString databasePath() const { return m_home.filePath(QStringLiteral("reports.sqlite")); }

    /// Starts the program and waits for "ready"; the seconds it took.
    double start() const
    {
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("NIANBAO_REPORT_READY"), QStringLiteral("1"));
        program.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        program.start(QStringLiteral(NIANBAO_EXECUTABLE), {});
        if (!program.waitForStarted(10000))
            qFatal("nianbao did not start");
        QByteArray output;
        while (!output.contains("ready") && program.waitForReadyRead(20000))
            output += program.readAllStandardOutput();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!output.contains("ready"))
            qFatal("nianbao did not say ready: %s", program.readAllStandardError().constData());
        program.waitForFinished(10000);
        return seconds;
    }

private:
    QTemporaryDir m_home;
};

void startToUsableWindow(benchmark::State &state)
{
    const Desk desk;
    desk.start();
    for (auto _ : state)
        state.SetIterationTime(desk.start());
}

void libreOfficeStart(benchmark::State &state)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        state.SkipWithError("LibreOffice (soffice) is not installed");
        return;
    }
    QTemporaryDir profile;
    const QStringList arguments{QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                                QStringLiteral("--headless"), QStringLiteral("--terminate_after_init")};
    QProcess::execute(soffice, arguments);
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        if (QProcess::execute(soffice, arguments) != 0)
            state.SkipWithError("soffice failed");
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}

} // namespace

BENCHMARK(startToUsableWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(libreOfficeStart)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return nianbao::bench::runBenchmarks(argc, argv);
}
