// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity.h"
#include "reviewdeadline.h"
#include "storage/deadlinerecords.h"
#include "storage/storeerror.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace nianbao {

class ReportStore;

/**
 * The deadline a store's reports of a year are due by: the office's own, when its supervisor set
 * one, otherwise the statutory 31 January (ReviewDeadline). The office's date lies between
 * 1 January after the year and the statutory deadline: the year's figures are complete only once
 * it has ended, and no office may give its agencies longer than the regulations do.
 *
 * Only a supervisor sets or clears it (anyone on a database without users); on a server the
 * database refuses everyone else as well (only the supervisors' group may write the table).
 */
class OfficeDeadline
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::OfficeDeadline)
public:
    explicit OfficeDeadline(ReportStore &store);

    StoreResult<ReviewDeadline> of(int year);
    /// Sets the year's deadline to date, or back to the statutory one with nullopt; the deadline
    /// that now holds.
    StoreResult<ReviewDeadline> set(int year, std::optional<QDate> date, const Identity &who);
    /// Who set or cleared the year's deadline and when, oldest first (from the office's log).
    StoreResult<QList<DeadlineChange>> changes(int year);
    /// One line of changes(): "2026-11-30 09:15 王审核: 2025-01-15 → 2025-01-20".
    static QString describe(const DeadlineChange &change);

    /// Why date cannot be the office's deadline for the year's reports; nullopt when it can.
    static std::optional<QString> refusal(int year, QDate date);
    /// The earliest date an office's deadline for the year may have (1 January after it).
    static QDate earliest(int year) { return QDate(year + 1, 1, 1); }

private:
    ReportStore &m_store;
};

} // namespace nianbao
