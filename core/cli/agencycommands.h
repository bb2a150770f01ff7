// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao agency add AGENCY [--kind KIND] [--alias A]… [--parent P]`, `agency list [--json]`,
/// `agency rename AGENCY NEW_NAME`, `agency match AGENCY`: the agencies of a database (AgencyDirectory).
const Command &agencyCommand();
int runAgencyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
