// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"

#include "cli/commandline.h"
#include "cli/standardstreams.h"
#include "languagesetup.h"
#include "printplatform.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QtPlugin>

#include <cstdio>
#include <cstdlib>

Q_IMPORT_PLUGIN(PrintPlatformPlugin)

namespace nianbao::Headless {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void useOffscreenPlatform()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

std::unique_ptr<QCoreApplication> application(int &argc, char **argv, const Command *command)
{
    if (command && command->needsGui) {
        PrintPlatform::use();
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

namespace {

int runCommand(int argc, char **argv, const Command *command, QTextStream &out, QTextStream &err)
{
    if (command)
        return command->run(argumentsOf(argc, argv).mid(1), out, err);
    CommandLine parser(desktopCommand());
    if (const std::optional<int> done = parser.parse(argumentsOf(argc, argv), out, err))
        return *done;
    // Parsed, yet not for the desktop (Invocation): a word that is neither a command nor a file.
    QString word;
    for (const QString &argument : parser.positionalArguments()) {
        if (!QFileInfo(argument).isFile()) {
            word = argument;
            break;
        }
    }
    return parser.usageError(
        err, QCoreApplication::translate("main", "%1 is neither a command nor a report file.").arg(word));
}

} // namespace

int run(QCoreApplication &app, int argc, char **argv, const Command *command)
{
    LanguageSetup::install(app);
    StandardStreams streams;
    const int exitCode = streams.finish(runCommand(argc, argv, command, streams.out(), streams.err()));
    PrintPlatform::keepFontList();
    return exitCode;
}

void endWithoutCleanup(int exitCode)
{
#if !defined(__SANITIZE_ADDRESS__)
    std::fflush(nullptr);
    std::_Exit(exitCode);
#else
    Q_UNUSED(exitCode)
#endif
}

} // namespace nianbao::Headless
