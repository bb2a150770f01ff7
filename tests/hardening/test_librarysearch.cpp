// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The programs take their libraries from the system's folders only, never from the folder they are
// started in: anyone may leave a file named like a library there (a report folder on a shared drive,
// a USB stick). Every library a command asks for is planted in its working folder as a file that is
// no library; the dynamic loader stops at such a file, so a program that looked there fails.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

struct Outcome
{
    int code = -1;
    QString err;
};

Outcome runIn(const QString &folder, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral(NIANBAO_EXECUTABLE), arguments);
    Outcome run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.code = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// The names the dynamic loader searched for while the command ran (glibc's LD_DEBUG=files), not
/// the modules opened by their path.
QSet<QString> librariesSearched(const QStringList &arguments, const QProcessEnvironment &environment,
                                const QString &logFolder)
{
    QProcessEnvironment logged = environment;
    logged.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    logged.insert(QStringLiteral("LD_DEBUG_OUTPUT"), QDir(logFolder).filePath(QStringLiteral("ld")));
    const Outcome run = runIn(logFolder, arguments, logged);
    EXPECT_EQ(run.code, 0) << arguments.join(u' ').toStdString() << '\n' << run.err.toStdString();
    static const QRegularExpression searched(QStringLiteral(R"(file=([^\s/]+)\s+\[\d+\];\s+needed by)"));
    QSet<QString> names;
    for (const QString &log : QDir(logFolder).entryList({QStringLiteral("ld.*")}, QDir::Files)) {
        QFile file(QDir(logFolder).filePath(log));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLocal8Bit(file.readAll());
        for (auto it = searched.globalMatch(text); it.hasNext();)
            names.insert(it.next().captured(1));
    }
    return names;
}

/// A file that is no library under each name, where the loader would look for it relative to the
/// current folder (the folder itself, and glibc's subfolders for newer processors).
void plant(const QString &folder, const QSet<QString> &names)
{
    const QStringList places{QString(), QStringLiteral("glibc-hwcaps/x86-64-v2"),
                             QStringLiteral("glibc-hwcaps/x86-64-v3"),
                             QStringLiteral("glibc-hwcaps/x86-64-v4")};
    for (const QString &place : places) {
        const QDir dir(QDir(folder).filePath(place));
        ASSERT_TRUE(QDir().mkpath(dir.path()));
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write("not a library\n");
        }
    }
}

TEST(LibrarySearch, NoProgramLoadsALibraryFromTheFolderItIsStartedIn)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const QString seed = test::seedPath(QStringLiteral("2021_nanding"));
    const QString database = dir.filePath(QStringLiteral("reports.sqlite"));
    // The command alone, with the zip module, and the desktop program it starts for the spreadsheet;
    // `run` names the outputs, which are not replaced.
    const auto commands = [&](const QString &run) {
        return QList<QStringList>{
            {QStringLiteral("--version")},
            {QStringLiteral("export"), seed, QStringLiteral("--to"), QStringLiteral("docx"),
             QStringLiteral("-o"), dir.filePath(run + u".docx")},
            {QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--db"), database, seed},
            {QStringLiteral("summary"), QStringLiteral("--db"), database, QStringLiteral("--year"),
             QStringLiteral("2021"), QStringLiteral("--to"), QStringLiteral("xlsx"), QStringLiteral("-o"),
             dir.filePath(run + u".xlsx")},
        };
    };
    const QList<QStringList> logged = commands(QStringLiteral("logged"));
    const QList<QStringList> planted = commands(QStringLiteral("planted"));
    for (qsizetype index = 0; index < logged.size(); ++index) {
        const std::string command = planted[index].join(u' ').toStdString();
        const QString logFolder = dir.filePath(QStringLiteral("log%1").arg(index));
        const QString plantedFolder = dir.filePath(QStringLiteral("planted%1").arg(index));
        ASSERT_TRUE(QDir().mkpath(logFolder) && QDir().mkpath(plantedFolder));
        const QSet<QString> names = librariesSearched(logged[index], environment, logFolder);
        // The log is read: the command's own Qt is among the names.
        EXPECT_TRUE(names.contains(QStringLiteral("libQt6Core.so.6"))) << command;
        plant(plantedFolder, names);
        const Outcome outcome = runIn(plantedFolder, planted[index], environment);
        EXPECT_EQ(outcome.code, 0) << command << '\n' << outcome.err.toStdString();
    }
}

} // namespace
