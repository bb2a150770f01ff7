// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countysummary.h"
#include "review/user.h"
#include "storage/storeerror.h"

#include <optional>

namespace nianbao {

class ReportStore;

/// Reads the county summary of a year from a store: the reports of that year and the years before
/// it (for the change and the trend) of the agencies the viewer supervises (SupervisedAgencies; all
/// of them without a viewer), in one read transaction.
class SummarySource
{
public:
    static StoreResult<CountySummary> load(ReportStore &store, int year, const std::optional<User> &viewer);
};

} // namespace nianbao
