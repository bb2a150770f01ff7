// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao validate [--json] [--previous FILE] FILE…`: findings of report files, plain or JSON.
const Command &validateCommand();

int runValidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
