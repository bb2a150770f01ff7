// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "signing/exportseal.h"
#include "storage/reportstore.h"

#include <optional>

namespace nianbao {

/**
 * A stored report as it may leave the database in an exported file: never damaged content, and an
 * approved report only while its approval holds — then, when its supervisor signed it, as signed
 * (the text `nianbao verify` rebuilds the file from) with the seal the file carries. The command
 * line, the File menu and the export of a year's approved reports all take their reports from here.
 */
struct SealedReport
{
    Report report;
    ReportStatus status = ReportStatus::Draft;
    std::optional<ExportSeal> seal; ///< an approved report signed by its supervisor

    /// The report to export; a Corrupt error with the loud message (damage, broken approval) otherwise.
    static StoreResult<SealedReport> load(ReportStore &store, qint64 reportId);
};

} // namespace nianbao
