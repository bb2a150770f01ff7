// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace nianbao {

/// Where a stored report stands. The review workflow (submitted, returned, approved) adds states here.
enum class ReportStatus : quint8 {
    Draft, ///< being written; every edit is stored at once
};

/// Stable id kept in the database and in machine-readable output ("draft").
QString reportStatusId(ReportStatus status);
std::optional<ReportStatus> reportStatusFromId(const QString &id);
/// Name for the clerk (草稿).
QString reportStatusLabel(ReportStatus status);

} // namespace nianbao
