// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstatus.h"

#include <QCoreApplication>

namespace nianbao {

QString reportStatusId(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

std::optional<ReportStatus> reportStatusFromId(const QString &id)
{
    if (id == u"draft")
        return ReportStatus::Draft;
    return std::nullopt;
}

QString reportStatusLabel(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft:
        break;
    }
    return QCoreApplication::translate("nianbao::ReportStore", "Draft");
}

} // namespace nianbao
