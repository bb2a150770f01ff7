// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reportstatus.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace nianbao {

/**
 * When a year's reports are due: by the regulations (政府信息公开条例 第五十条) the annual report of
 * year Y is published by 31 January of Y + 1; an office may set its own, earlier internal deadline
 * for the reports it supervises. A report is late when the deadline has passed and it has not
 * reached the supervisor (submitted or approved).
 */
class ReviewDeadline
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReviewDeadline)
public:
    /// The statutory deadline of the year's reports, or the office's own when given.
    explicit ReviewDeadline(int year, std::optional<QDate> office = std::nullopt);

    /// 31 January of the following year.
    static QDate statutory(int year);

    QDate date() const { return m_date; }
    /// Whether the date is the office's own rather than the statutory one.
    bool isOfficeDeadline() const { return m_office; }

    /// Days from today to the deadline; negative once it has passed.
    int daysLeft(QDate today) const { return int(today.daysTo(m_date)); }
    /// Whether a report still with the agency (未开始, draft, returned; no status: not started) is
    /// past the deadline. A submitted or approved report is never late.
    bool isLate(std::optional<ReportStatus> status, QDate today) const;
    /// "还剩 5 天", "今天截止", "逾期 3 天" for a report still with the agency; empty for one that
    /// reached the supervisor.
    QString describe(std::optional<ReportStatus> status, QDate today) const;

private:
    QDate m_date;
    bool m_office = false;
};

/// Whether a report in that status (nullopt: none yet) still waits for the agency.
bool isWithAgency(std::optional<ReportStatus> status);

} // namespace nianbao
