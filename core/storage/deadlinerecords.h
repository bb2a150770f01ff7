// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

class StoreConnection;

/// The office's own deadline for a year's reports, who set it and when.
struct OfficeDeadlineRecord
{
    int year = 0;
    QDate due;
    QString setBy;
    QDateTime setAt;
};

/// The SQL of the office's deadlines (OfficeDeadline decides who may set which date).
/// A change of the office's deadline of a year, from the office's log.
struct DeadlineChange
{
    int year = 0;
    std::optional<QDate> from; ///< nullopt: the statutory deadline
    std::optional<QDate> to;   ///< nullopt: back to the statutory deadline
    QString actor;
    QDateTime at;
};

class DeadlineRecords
{
public:
    explicit DeadlineRecords(StoreConnection &connection);

    /// The year's deadline; nullopt when the office set none.
    StoreResult<std::optional<OfficeDeadlineRecord>> of(int year);
    /// Replaces the year's deadline with record's and logs the change (record's setBy and setAt), in
    /// one transaction; the same date again changes and logs nothing.
    StoreResult<void> write(const OfficeDeadlineRecord &record);
    /// Clears the year's deadline (back to the statutory one) and logs it as actor's at `at`, in one
    /// transaction; nothing when there is none.
    StoreResult<void> remove(int year, const QString &actor, const QDateTime &at);
    /// Every change of the year's deadline, oldest first.
    StoreResult<QList<DeadlineChange>> changes(int year);

private:
    StoreResult<void> change(const DeadlineChange &change);

    StoreConnection &m_connection;
};

} // namespace nianbao
