// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace nianbao {

/// Where a stored report stands in the review workflow: 草稿 → 已提交 → 退回修改 or 已审核.
enum class ReportStatus : quint8 {
    Draft,     ///< being written; every edit is stored at once
    Submitted, ///< handed to the supervisor; locked until returned or approved
    Returned,  ///< sent back with comments; editable again, to be resubmitted
    Approved,  ///< approved by the supervisor; locked for good
};

/// Stable id kept in the database and in machine-readable output ("draft").
QString reportStatusId(ReportStatus status);
std::optional<ReportStatus> reportStatusFromId(const QString &id);
/// Name for the clerk (草稿, 已提交, 退回修改, 已审核).
QString reportStatusLabel(ReportStatus status);
/// Whether the content (cells, narrative, metadata) of a report in this status may change.
bool reportStatusAllowsEdits(ReportStatus status);

} // namespace nianbao
