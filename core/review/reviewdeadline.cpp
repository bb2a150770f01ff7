// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdeadline.h"

namespace nianbao {

ReviewDeadline::ReviewDeadline(int year, std::optional<QDate> office)
    : m_date(office && office->isValid() ? *office : statutory(year))
    , m_office(office && office->isValid())
{}

QDate ReviewDeadline::statutory(int year)
{
    return QDate(year + 1, 1, 31);
}

bool isWithAgency(std::optional<ReportStatus> status)
{
    return !status || *status == ReportStatus::Draft || *status == ReportStatus::Returned;
}

bool ReviewDeadline::isLate(std::optional<ReportStatus> status, QDate today) const
{
    return isWithAgency(status) && daysLeft(today) < 0;
}

QString ReviewDeadline::describe(std::optional<ReportStatus> status, QDate today) const
{
    if (!isWithAgency(status))
        return {};
    const int days = daysLeft(today);
    if (days > 0)
        return tr("%n day(s) left", nullptr, days);
    if (days == 0)
        return tr("Due today");
    return tr("%n day(s) late", nullptr, -days);
}

} // namespace nianbao
