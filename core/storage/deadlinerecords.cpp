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
    return change({record.year, std::nullopt, record.due, record.setBy, record.setAt});
}

StoreResult<void> DeadlineRecords::remove(int year, const QString &actor, const QDateTime &at)
{
    return change({year, std::nullopt, std::nullopt, actor, at});
}

StoreResult<void> DeadlineRecords::change(const DeadlineChange &change)
{
    StoreTransaction transaction(m_connection, StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<std::optional<OfficeDeadlineRecord>> old = of(change.year);
    if (!old)
        return old.error();
    const std::optional<QDate> from = old.value() ? std::optional(old.value()->due) : std::nullopt;
    if (from == change.to)
        return {};
    // Delete and insert: the same two statements on every backend, where an upsert is written
    // differently.
    const StoreResult<StoreQuery> removed =
        m_connection.exec(QStringLiteral("DELETE FROM office_deadlines WHERE year = ?"), {change.year});
    if (!removed)
        return removed.error();
    if (change.to) {
        const StoreResult<StoreQuery> inserted = m_connection.exec(
            QStringLiteral("INSERT INTO office_deadlines (year, due, set_by, set_at) VALUES (?, ?, ?, ?)"),
            {change.year, change.to->toString(Qt::ISODate), stored::text(change.actor),
             stored::time(change.at)});
        if (!inserted)
            return inserted.error();
    }
    // The office's log keeps who moved the deadline, and from what: the row above keeps only the last.
    const StoreResult<StoreQuery> logged = m_connection.exec(
        QStringLiteral("INSERT INTO office_log (at, actor, action, target, old_value, new_value)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {stored::time(change.at), stored::text(change.actor), QStringLiteral("deadline"),
         QString::number(change.year),
         stored::optionalText(from ? std::optional(from->toString(Qt::ISODate)) : std::nullopt),
         stored::optionalText(change.to ? std::optional(change.to->toString(Qt::ISODate)) : std::nullopt)});
    if (!logged)
        return logged.error();
    return transaction.commit();
}

StoreResult<QList<DeadlineChange>> DeadlineRecords::changes(int year)
{
    StoreResult<StoreQuery> rows =
        m_connection.exec(QStringLiteral("SELECT old_value, new_value, actor, at FROM office_log"
                                         " WHERE action = 'deadline' AND target = ? ORDER BY id"),
                          {QString::number(year)});
    if (!rows)
        return rows.error();
    const auto date = [&](int column) {
        return rows->isNull(column)
                   ? std::nullopt
                   : std::optional(QDate::fromString(rows->value(column).toString(), Qt::ISODate));
    };
    QList<DeadlineChange> list;
    while (rows->next())
        list.append({year, date(0), date(1), rows->value(2).toString(), stored::timeFrom(rows->value(3))});
    return list;
}

} // namespace nianbao
