// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officedeadline.h"

#include "storage/deadlinerecords.h"
#include "storage/reportstore.h"

namespace nianbao {

namespace {

StoreError refused(const QString &message)
{
    return StoreError{StoreError::Code::Refused, message, {}};
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

OfficeDeadline::OfficeDeadline(ReportStore &store)
    : m_store(store)
{}

StoreResult<ReviewDeadline> OfficeDeadline::of(int year)
{
    const StoreResult<std::optional<OfficeDeadlineRecord>> record =
        DeadlineRecords(m_store.connection()).of(year);
    if (!record)
        return record.error();
    return ReviewDeadline(year, record.value() ? std::optional(record.value()->due) : std::nullopt);
}

StoreResult<ReviewDeadline> OfficeDeadline::set(int year, std::optional<QDate> date, const Identity &who)
{
    if (who.user && !who.user->isSupervisor())
        return refused(tr("Only a supervisor sets the office's deadline; %1 is a clerk.").arg(who.name));
    if (date) {
        if (const std::optional<QString> why = refusal(year, *date))
            return refused(*why);
    }
    DeadlineRecords records(m_store.connection());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StoreResult<void> written =
        date ? records.write({year, *date, who.name, now}) : records.remove(year, who.name, now);
    if (!written)
        return written.error();
    return of(year);
}

StoreResult<QList<DeadlineChange>> OfficeDeadline::changes(int year)
{
    return DeadlineRecords(m_store.connection()).changes(year);
}

QString OfficeDeadline::describe(const DeadlineChange &change)
{
    const auto text = [&change](const std::optional<QDate> &date) {
        return date ? isoDate(*date)
                    : tr("statutory (%1)").arg(isoDate(ReviewDeadline::statutory(change.year)));
    };
    return tr("%1 %2: %3 → %4")
        .arg(change.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), change.actor,
             text(change.from), text(change.to));
}

std::optional<QString> OfficeDeadline::refusal(int year, QDate date)
{
    if (!date.isValid())
        return tr("That is no date.");
    const QDate statutory = ReviewDeadline::statutory(year);
    if (date < earliest(year) || date > statutory)
        return tr("The deadline for the %1 reports lies between %2 and %3 (the statutory deadline), not on "
                  "%4.")
            .arg(year)
            .arg(isoDate(earliest(year)), isoDate(statutory), isoDate(date));
    return std::nullopt;
}

} // namespace nianbao
