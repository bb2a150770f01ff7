// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao verify FILE… --key PUBKEY`: whether exported files show a report as its supervisor approved it.
const Command &verifyCommand();
int runVerifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
