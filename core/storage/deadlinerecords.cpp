// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlinerecords.h"

#include "storeconnection.h"
#include "storedvalues.h"
#include "storetransaction.h"

namespace nianbao {

DeadlineRecords::DeadlineRecords(StoreConnection &connection)
    : m_connection(connection)
{}

StoreResult<std::optional<OfficeDeadlineRecord>> DeadlineRecords::of(int year)
{
    StoreResult<StoreQuery> row = m_connection.exec(
        QStringLiteral("SELECT due, set_by, set_at FROM office_deadlines WHERE year = ?"), {year});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<OfficeDeadlineRecord>();
    OfficeDeadlineRecord record;
    record.year = year;
    record.due = QDate::fromString(row->value(0).toString(), Qt::ISODate);
    record.setBy = row->value(1).toString();
    record.setAt = stored::timeFrom(row->value(2));
    return std::optional(record);
}

StoreResult<void> DeadlineRecords::write(const OfficeDeadlineRecord &record)
{
    // Delete and insert: the same two statements on every backend, where an upsert is written
    // differently.
    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    if (const StoreResult<void> removed = remove(record.year); !removed)
        return removed.error();
    const StoreResult<StoreQuery> inserted = m_connection.exec(
        QStringLiteral("INSERT INTO office_deadlines (year, due, set_by, set_at) VALUES (?, ?, ?, ?)"),
        {record.year, record.due.toString(Qt::ISODate), stored::text(record.setBy),
         stored::time(record.setAt)});
    if (!inserted)
        return inserted.error();
    return transaction.commit();
}

StoreResult<void> DeadlineRecords::remove(int year)
{
    const StoreResult<StoreQuery> removed =
        m_connection.exec(QStringLiteral("DELETE FROM office_deadlines WHERE year = ?"), {year});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace nianbao
