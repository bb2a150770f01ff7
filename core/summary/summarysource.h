// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countysummary.h"
#include "storage/storeerror.h"

namespace nianbao {

class ReportStore;

/// Reads the county summary of a year from a store: every stored report of that year and the
/// years before it (for the change and the trend), in one read transaction.
class SummarySource
{
public:
    static StoreResult<CountySummary> load(ReportStore &store, int year);
};

} // namespace nianbao
