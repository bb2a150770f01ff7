// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao import [--db DB] [--replace] [--agency A] [--year Y] FILE…`: published text reports
/// into the store as drafts, one line per file saying what was done.
const Command &importCommand();
int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `nianbao list [--db DB] [--year Y] [--json]`: the stored reports with status and finding counts.
const Command &listCommand();
int runListCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `nianbao delete --agency A --year Y [--db DB] [--as USER] [--yes]`: a draft report, with its
/// history; without --yes only says what it would delete.
const Command &deleteCommand();
int runDeleteCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
