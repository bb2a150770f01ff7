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
    return std::nullopt;
}

} // namespace nianbao
