// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace nianbao {

/// `nianbao key create|export [--db DB] --as SUPERVISOR [--passphrase-file FILE]`: a supervisor's
/// signing key — created and sealed on this computer with its public key registered in the
/// database, or the public key written out for those who check exported files.
const Command &keyCommand();
int runKeyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The passphrase in the first line of path ("-": standard input); nullopt, with why in err, when
/// it cannot be read or is empty.
std::optional<QString> readPassphrase(const QString &path, QTextStream &err);

} // namespace nianbao
