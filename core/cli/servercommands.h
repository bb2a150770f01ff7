// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao server init --db postgresql://ADMIN@HOST[:PORT]/DB`: gives an existing database on an
/// office's PostgreSQL server Nianbao's schema, or upgrades it to this version's. Run by the
/// administrator; the users' programs never change the schema of a server.
const Command &serverCommand();
int runServerCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
