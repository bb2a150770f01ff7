// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao db check [--db DB]`: the database's integrity and the checksum of every report,
/// snapshot and approval; exit 1 when anything is damaged.
/// `nianbao db copy --from DB --to DB`: copies every report with its history, comments, audit log
/// and approvals into an empty database — typically an office's file onto its new server.
const Command &dbCommand();
int runDbCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
