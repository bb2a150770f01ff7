// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// Exit codes shared by the headless sub-commands; exitCodes() says what each means.
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1,    ///< done, but look at what it says: errors found, lines not read, an action refused
    ExitBadInput = 2,    ///< nothing done: wrong arguments, an unreadable input, an unusable database
    ExitCannotWrite = 3, ///< an output was refused (it would destroy a database) or could not be written
};

/// What a shell offers when completing an option's value or an argument.
enum class ValueKind : quint8 { Text, File, Choice };

/**
 * One option of a command, declared once next to the command that reads it. `--help`, the man
 * page, the bash completion and the reference in docs/cli.md are all generated from these
 * declarations, so they cannot drift apart. Strings are English and translated in the "Commands"
 * context (mark them with QT_TRANSLATE_NOOP).
 */
struct Option
{
    const char *name;                  ///< the long name, without "--"
    const char *valueName = nullptr;   ///< "FILE" for an option with a value; null for a flag
    const char *description = nullptr; ///< one sentence
    char shortName = 0;                ///< 'o' for -o, or 0
    ValueKind value = ValueKind::Text;
    const char *choices = nullptr;      ///< "text|json" when value is ValueKind::Choice
    const char *defaultValue = nullptr; ///< the value when the option is not given
    bool repeatable = false;
};

/// A positional argument of a command: files, or the action word (`review submit`, `user add`).
struct Argument
{
    const char *name;        ///< "FILE…", "ACTION"
    const char *description; ///< one sentence
    ValueKind value = ValueKind::File;
    const char *choices = nullptr; ///< the actions, when value is ValueKind::Choice
};

/**
 * A headless sub-command of `nianbao` (validate, convert, import, …) and its command-line
 * definition. It gets its own arguments (without the program and command names), writes results
 * to out and messages to err, and never needs a display.
 */
struct Command
{
    const char *name;
    const char *summary; ///< one line for `nianbao --help`
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// Needs a QGuiApplication (fonts, painting a PDF); it is started on the programs' own print platform.
    bool needsGui = false;
    /// Needs a QApplication as well (charts drawn with Qt Charts); it is started on the offscreen platform.
    bool needsWidgets = false;
    const char *description = nullptr; ///< a paragraph for `nianbao COMMAND --help` and the man page
    /// Synopsis lines after "nianbao NAME". An option is written by name only (`[--json]`); its value
    /// name is added where the synopsis is printed.
    QList<const char *> usage = {};
    QList<Option> options = {};
    QList<Argument> arguments = {};
};

/// Every sub-command, in the order `nianbao --help` lists them.
const QList<Command> &commands();

/// The program without a sub-command: the desktop application and its options (name "").
const Command &desktopCommand();

/// What an exit code means, for `--help`, the man page and docs/cli.md.
struct ExitCodeMeaning
{
    int code;
    const char *meaning; ///< English; translated in the "Commands" context
};
const QList<ExitCodeMeaning> &exitCodes();

} // namespace nianbao
