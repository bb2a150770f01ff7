// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

const Command &summaryCommand();

/// `nianbao summary [--db DB] --year Y [--to xlsx|csv|json|pdf] -o FILE`: the county summary of a year
/// (every agency's key figures, county totals, change from last year, outliers; charts in the PDF).
int runSummaryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
