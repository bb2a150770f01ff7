// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>

namespace nianbao {

/**
 * What the words after `nianbao` ask for, decided before any application object exists (the desktop
 * needs a display, a sub-command must not): a sub-command; the desktop application, perhaps with
 * report files to import and open (`nianbao FILE…`, as a file manager's 打开方式 starts it); or an
 * answer on the terminal (--help, --version, a mistake).
 */
struct Invocation
{
    enum class Kind : quint8 { Command, Desktop, Terminal };

    Kind kind = Kind::Terminal;
    const Command *command = nullptr; ///< the sub-command, for Kind::Command
    QStringList files;                ///< for Kind::Desktop: the files given, as absolute paths

    /// A first word that names a command is that command, even when a file has its name.
    static Invocation of(const QStringList &arguments);
};

} // namespace nianbao
