// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeerror.h"

#include <QCoreApplication>

namespace nianbao {

std::optional<StoreError> StoreError::fromGuard(const QString &databaseText)
{
    if (databaseText.contains(QLatin1StringView("nianbao: report locked")))
        return StoreError{
            Code::Locked,
            QCoreApplication::translate("nianbao::ReportStore",
                                        "The report is submitted or approved; the database refused "
                                        "to change it."),
            {}};
    if (databaseText.contains(QLatin1StringView("nianbao: status change")))
        return StoreError{
            Code::Refused,
            QCoreApplication::translate("nianbao::ReportStore",
                                        "The database refused a status change the review workflow "
                                        "does not allow."),
            {}};
    if (databaseText.contains(QLatin1StringView("nianbao: record fixed")))
        return StoreError{
            Code::Refused,
            QCoreApplication::translate("nianbao::ReportStore",
                                        "The database refused to change which report, agency or user a "
                                        "record belongs to, or to take a report back to an earlier "
                                        "revision."),
            {}};
    if (databaseText.contains(QLatin1StringView("nianbao: history append-only")))
        return StoreError{
            Code::Refused,
            QCoreApplication::translate("nianbao::ReportStore",
                                        "The database keeps the audit log, the snapshots and the "
                                        "acknowledged warnings as they were written; they cannot be "
                                        "changed or removed."),
            {}};
    if (databaseText.contains(QLatin1StringView("nianbao: only a draft")))
        return StoreError{Code::Locked,
                          QCoreApplication::translate("nianbao::ReportStore",
                                                      "Only a draft report can be deleted; the database "
                                                      "refused to delete this one."),
                          {}};
    if (databaseText.contains(QLatin1StringView("nianbao: approval refused")))
        return StoreError{
            Code::Refused,
            QCoreApplication::translate("nianbao::ReportStore",
                                        "The database records an approval only for the approved "
                                        "revision of a report."),
            {}};
    if (databaseText.contains(QLatin1StringView("nianbao: agency has users")))
        return StoreError{Code::Refused,
                          QCoreApplication::translate("nianbao::ReportStore",
                                                      "The database keeps an agency in the list while "
                                                      "users work for it; it refused to delete it."),
                          {}};
    if (databaseText.contains(QLatin1StringView("nianbao: agency under itself")))
        return StoreError{Code::Refused,
                          QCoreApplication::translate("nianbao::ReportStore",
                                                      "The database refused to put an agency under itself, "
                                                      "directly or through the agencies under it."),
                          {}};
    return std::nullopt;
}

} // namespace nianbao
