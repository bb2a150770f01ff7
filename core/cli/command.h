// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// Exit codes shared by the headless sub-commands.
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1,    ///< the command ran, and what it checked has errors (or it refused an action)
    ExitBadInput = 2,    ///< a file could not be read as a report, or the arguments are wrong
    ExitCannotWrite = 3, ///< an output was refused (it would destroy a database) or could not be written
};

/**
 * A headless sub-command of `nianbao` (validate, convert, import, …). It gets its own arguments
 * (without the program and command names), writes results to out and messages to err, and never
 * needs a display.
 */
struct Command
{
    const char *name;
    const char *summary; ///< English; translated in the "Commands" context
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// Needs a QGuiApplication (fonts, painting a PDF); it is started on the offscreen platform.
    bool needsGui = false;
    /// Needs a QApplication as well (charts drawn with Qt Charts), also offscreen.
    bool needsWidgets = false;
};

/// Every sub-command, in the order `nianbao --help` lists them.
const QList<Command> &commands();

} // namespace nianbao
