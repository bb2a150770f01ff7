// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace nianbao {

/// What both programs, the command line (main.cpp) and the desktop (desktop.cpp), share: the
/// application's names, and running a sub-command without a display.
namespace Headless {

/// The organisation and application names settings and messages go by, and the version.
void setApplicationInfo();

QStringList argumentsOf(int argc, char **argv);

/// A sub-command never needs a display: what paints (a PDF, charts) runs on the offscreen platform.
void useOffscreenPlatform();

/// The application object for a sub-command that needs no widgets: a QGuiApplication when it paints
/// (on PrintPlatform), else a QCoreApplication.
std::unique_ptr<QCoreApplication> application(int &argc, char **argv, const Command *command);

/// Runs the sub-command, or answers --help, --version or a mistake when command is null, in
/// Chinese on the standard streams, then keeps the font list for the next (PrintPlatform::keepFontList);
/// returns the exit code.
int run(QCoreApplication &app, int argc, char **argv, const Command *command);

/// Ends the process with the exit code run() returned, without the destructors of the application,
/// its fonts and the libraries' static objects: by then the command's output is written and flushed
/// and what it opened is closed, so they would change nothing outside the process, and they took about
/// 3.4 ms of a `nianbao pdf` of 89 ms (docs/development.md). Under AddressSanitizer it returns, and the
/// process ends as usual: the destructors run where the sanitizers check them.
void endWithoutCleanup(int exitCode);

} // namespace Headless

} // namespace nianbao
