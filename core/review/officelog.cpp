// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officelog.h"

#include "storage/reportstore.h"

namespace nianbao {

OfficeLog::OfficeLog(ReportStore &store)
    : m_store(store)
{}

StoreResult<QList<DeletedDraft>> OfficeLog::deletedDrafts(int year)
{
    return OfficeLogRecords(m_store.connection()).deletedDrafts(year);
}

QString OfficeLog::describe(const DeletedDraft &draft)
{
    return tr("%1 %2 deleted the %4 draft report of %3 (revision %5)")
        .arg(draft.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), draft.actor, draft.agency,
             QString::number(draft.year), QString::number(draft.revision));
}

} // namespace nianbao
