// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/invocation.h"
#include "cli/standardstreams.h"
#include "headless.h"
#include "hugepageheap.h"
#include "languagesetup.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <vector>

#include <unistd.h>

using namespace nianbao;

namespace {

// The desktop, and the sub-commands that draw with widgets, are the program nianbao-desktop in the
// private folder: it takes this process's place (same id, arguments and environment), so that this
// program links neither Qt Widgets, Charts, KF6 SyntaxHighlighting nor Poppler, whose loading would
// cost every sub-command more than a PDF's writing (docs/development.md, "One command, two programs").
int startDesktop(int argc, char **argv)
{
    // The arguments as given: QCoreApplication may take its own options out of argv.
    std::vector<char *> arguments(argv, argv + argc);
    arguments.push_back(nullptr);
    QCoreApplication app(argc, argv);
    const QString program =
        QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral(NIANBAO_PRIVATE_RELATIVE_DIR "/nianbao-desktop")));
    ::execv(QFile::encodeName(program).constData(), arguments.data());
    const int error = errno;
    LanguageSetup::install(app);
    StandardStreams streams;
    streams.err() << QCoreApplication::translate("main", "Cannot start the desktop program %1: %2.")
                         .arg(QDir::toNativeSeparators(program), QString::fromLocal8Bit(std::strerror(error)))
                  << '\n';
    return streams.finish(ExitBadInput);
}

} // namespace

// The `nianbao` command: the sub-commands run here; the desktop is started from here.
int main(int argc, char **argv)
{
    HugePageHeap::use();
    Headless::setApplicationInfo();
    const Invocation invocation = Invocation::of(Headless::argumentsOf(argc, argv));
    if (invocation.kind == Invocation::Kind::Desktop ||
        (invocation.command && invocation.command->needsWidgets))
        return startDesktop(argc, argv);
    const std::unique_ptr<QCoreApplication> app = Headless::application(argc, argv, invocation.command);
    const int exitCode = Headless::run(*app, argc, argv, invocation.command);
    Headless::endWithoutCleanup(exitCode);
    return exitCode;
}
