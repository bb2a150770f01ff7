// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officelog.h"

#include "agencykind.h"
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

StoreResult<QList<AgencyChange>> OfficeLog::agencyChanges()
{
    return OfficeLogRecords(m_store.connection()).agencyChanges();
}

QString OfficeLog::describe(const AgencyChange &change)
{
    const QString at = change.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    switch (change.kind) {
    case AgencyChange::Kind::Renamed:
        return tr("%1 %2 renamed the agency %3 to %4").arg(at, change.actor, change.from, change.to);
    case AgencyChange::Kind::Moved:
        if (change.to.isEmpty())
            return tr("%1 %2 took the agency %3 from under %4")
                .arg(at, change.actor, change.agency, change.from);
        if (change.from.isEmpty())
            return tr("%1 %2 put the agency %3 under %4").arg(at, change.actor, change.agency, change.to);
        return tr("%1 %2 moved the agency %3 from under %4 to under %5")
            .arg(at, change.actor, change.agency, change.from, change.to);
    case AgencyChange::Kind::Deleted:
        break;
    }
    const AgencyKind *kind = AgencyKind::byId(change.from);
    return kind ? tr("%1 %2 deleted the agency %3 (%4)").arg(at, change.actor, change.agency, kind->label)
                : tr("%1 %2 deleted the agency %3").arg(at, change.actor, change.agency);
}

} // namespace nianbao
