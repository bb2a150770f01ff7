// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDate>
#include <QDateTime>
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
class DeadlineRecords
{
public:
    explicit DeadlineRecords(StoreConnection &connection);

    /// The year's deadline; nullopt when the office set none.
    StoreResult<std::optional<OfficeDeadlineRecord>> of(int year);
    /// Replaces the year's deadline with record's, in one transaction.
    StoreResult<void> write(const OfficeDeadlineRecord &record);
    StoreResult<void> remove(int year);

private:
    StoreConnection &m_connection;
};

} // namespace nianbao
