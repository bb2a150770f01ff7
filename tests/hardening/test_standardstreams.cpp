// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A command whose standard output cannot be written fails loudly instead of exiting 0.
#include "cli/command.h"
#include "cli/standardstreams.h"
#include "io/outputfile.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include <gtest/gtest.h>

#include <cerrno>

using namespace nianbao;

namespace {

QString readAll(QFile &file)
{
    file.seek(0);
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST(StandardStreams, FullStandardOutputIsAFailureWithTheReason)
{
    QFile full(QStringLiteral("/dev/full"));
    ASSERT_TRUE(full.open(QIODevice::WriteOnly));
    QTemporaryFile errors;
    ASSERT_TRUE(errors.open());
    int code = ExitOk;
    {
        StandardStreams streams(full.handle(), errors.handle());
        streams.out() << QString(100000, u'年') << '\n';
        code = streams.finish(ExitOk);
    }
    EXPECT_EQ(code, ExitCannotWrite);
    const QString message = readAll(errors);
    EXPECT_TRUE(message.contains(OutputFile::reason(ENOSPC))) << message.toStdString();
}

TEST(StandardStreams, SmallOutputToAFullDeviceFailsToo)
{
    // Less than any buffer: the failure only shows when the stream is flushed at the end.
    QFile full(QStringLiteral("/dev/full"));
    ASSERT_TRUE(full.open(QIODevice::WriteOnly));
    QTemporaryFile errors;
    ASSERT_TRUE(errors.open());
    StandardStreams streams(full.handle(), errors.handle());
    streams.out() << "ok\n";
    EXPECT_EQ(streams.finish(ExitOk), ExitCannotWrite);
}

TEST(StandardStreams, WrittenOutputKeepsTheCommandsExitCode)
{
    QTemporaryFile output;
    QTemporaryFile errors;
    ASSERT_TRUE(output.open());
    ASSERT_TRUE(errors.open());
    {
        StandardStreams streams(output.handle(), errors.handle());
        streams.out() << QStringLiteral("南定镇\n");
        EXPECT_EQ(streams.finish(ExitFindings), ExitFindings);
    }
    EXPECT_EQ(readAll(output), QStringLiteral("南定镇\n"));
    EXPECT_TRUE(readAll(errors).isEmpty());
}

TEST(StandardStreams, TheProgramExitsNonZeroOnAFullStandardOutput)
{
    QProcess program;
    program.setStandardOutputFile(QStringLiteral("/dev/full"));
    program.start(QStringLiteral(NIANBAO_EXECUTABLE),
                  {QStringLiteral("convert"), test::seedPath(QStringLiteral("2021_nanding")),
                   QStringLiteral("-o"), QStringLiteral("-")});
    ASSERT_TRUE(program.waitForFinished(60000));
    EXPECT_EQ(program.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(program.exitCode(), ExitCannotWrite);
    const QString message = QString::fromUtf8(program.readAllStandardError());
    EXPECT_FALSE(message.isEmpty());
}
