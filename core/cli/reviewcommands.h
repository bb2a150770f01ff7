// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao user add NAME --role clerk|supervisor [--agency A]… [--db DB] [--as USER]` and
/// `nianbao user list [--db DB]`: the users of a database. The first user needs no --as and
/// becomes the supervisor.
const Command &userCommand();
int runUserCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `nianbao review list|submit|return|approve|diff|verify [--db DB] --agency A --year Y --as USER
/// [--note …] [--acknowledge REASON]`: the review workflow; a refused action exits 1 with the reason.
const Command &reviewCommand();
int runReviewCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
