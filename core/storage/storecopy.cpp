// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecopy.h"

#include "reportstore.h"
#include "sqldialect.h"
#include "storeconnection.h"
#include "storelog.h"
#include "storeschema.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

StoreError refused(const QString &message)
{
    return StoreError{StoreError::Code::Refused, message, {}};
}

StoreResult<int> rowCount(StoreConnection &connection, const QString &table)
{
    StoreResult<StoreQuery> query = connection.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

// Column names come from our own schema; checked all the same before they become SQL.
bool plainNames(const QStringList &names)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    for (const QString &column : names) {
        if (!name.match(column).hasMatch())
            return false;
    }
    return !names.isEmpty();
}

} // namespace

StoreResult<StoreCopy::Copied> StoreCopy::copy(ReportStore &from, ReportStore &to)
{
    StoreConnection &source = from.connection();
    StoreConnection &target = to.connection();
    for (const QString &table : {QStringLiteral("reports"), QStringLiteral("users")}) {
        const StoreResult<int> present = rowCount(target, table);
        if (!present)
            return present.error();
        if (present.value() > 0)
            return refused(tr("%1 is not empty; copy only into a new database, so that nothing in it is "
                              "overwritten or mixed.")
                               .arg(to.location().display()));
    }
    StoreTransaction reading(source, StoreTransaction::Mode::Read);
    if (!reading.isActive())
        return reading.error();
    StoreTransaction writing(target, StoreTransaction::Mode::Write);
    if (!writing.isActive())
        return writing.error();

    Copied copied;
    QList<std::pair<qint64, QString>> statuses;
    const auto copyTable = [&](const QString &table) -> StoreResult<void> {
        StoreResult<StoreQuery> rows = source.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        if (!rows)
            return rows.error();
        const QStringList columns = rows->columns();
        if (!plainNames(columns))
            return refused(
                tr("The table %1 of %2 has unexpected columns.").arg(table, from.location().display()));
        const qsizetype statusColumn = table == u"reports" ? columns.indexOf(u"status") : -1;
        const qsizetype idColumn = columns.indexOf(u"id");
        // Rows that refer to an earlier row of their own table (a reply to a comment) come after it.
        QList<QVariantList> values;
        while (rows->next()) {
            QVariantList row;
            for (qsizetype i = 0; i < columns.size(); ++i)
                row.append(rows->value(int(i)));
            if (statusColumn >= 0) {
                statuses.append({row.value(idColumn).toLongLong(), row.value(statusColumn).toString()});
                row[statusColumn] = reportStatusId(ReportStatus::Draft);
            }
            values.append(row);
        }
        if (idColumn >= 0)
            std::sort(values.begin(), values.end(), [idColumn](const QVariantList &a, const QVariantList &b) {
                return a.value(idColumn).toLongLong() < b.value(idColumn).toLongLong();
            });
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")),
                                        QStringList(columns.size(), QStringLiteral("?")).join(u','));
        for (const QVariantList &row : std::as_const(values)) {
            if (const StoreResult<StoreQuery> written = target.exec(insert, row); !written)
                return written.error();
        }
        copied.rows += int(values.size());
        if (table == u"reports")
            copied.reports = int(values.size());
        if (idColumn >= 0) {
            for (const QString &statement : target.dialect().afterExplicitIds(table)) {
                if (const StoreResult<void> done = target.run(statement); !done)
                    return done.error();
            }
        }
        return {};
    };
    // The database records an approval only for a report that is approved at that revision, so the
    // approvals follow the statuses.
    const QString approvals = QStringLiteral("approvals");
    for (const QString &table : StoreSchema::tables()) {
        if (table == approvals)
            continue;
        if (const StoreResult<void> done = copyTable(table); !done)
            return done.error();
    }
    // Each report takes its status by the steps the status graph allows.
    const QString setStatus = QStringLiteral("UPDATE reports SET status = ? WHERE id = ?");
    for (const auto &[id, status] : std::as_const(statuses)) {
        QStringList steps;
        if (status != reportStatusId(ReportStatus::Draft))
            steps << reportStatusId(ReportStatus::Submitted);
        if (status != reportStatusId(ReportStatus::Draft) &&
            status != reportStatusId(ReportStatus::Submitted))
            steps << status;
        for (const QString &step : std::as_const(steps)) {
            if (const StoreResult<StoreQuery> moved = target.exec(setStatus, {step, id}); !moved)
                return moved.error();
        }
    }
    if (const StoreResult<void> done = copyTable(approvals); !done)
        return done.error();
    if (const StoreResult<void> committed = writing.commit(); !committed)
        return committed.error();
    // The copy is complete without it; the planner then learns the tables a little later.
    if (const StoreResult<void> analysed = to.refreshStatistics(); !analysed)
        qCWarning(lcStore) << "statistics after the copy:" << analysed.error().message;
    return copied;
}

} // namespace nianbao
