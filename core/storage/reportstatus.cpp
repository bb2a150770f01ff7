// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstatus.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

struct StatusName
{
    ReportStatus status;
    QStringView id;
    const char *label; ///< English; translated in the ReportStore context
    bool editable;
};

constexpr StatusName statusNames[] = {
    {ReportStatus::Draft, u"draft", QT_TRANSLATE_NOOP("nianbao::ReportStore", "Draft"), true},
    {ReportStatus::Submitted, u"submitted", QT_TRANSLATE_NOOP("nianbao::ReportStore", "Submitted"), false},
    {ReportStatus::Returned, u"returned", QT_TRANSLATE_NOOP("nianbao::ReportStore", "Returned for changes"),
     true},
    {ReportStatus::Approved, u"approved", QT_TRANSLATE_NOOP("nianbao::ReportStore", "Approved"), false},
};

const StatusName &nameOf(ReportStatus status)
{
    for (const StatusName &name : statusNames) {
        if (name.status == status)
            return name;
    }
    return statusNames[0];
}

} // namespace

QString reportStatusId(ReportStatus status)
{
    return nameOf(status).id.toString();
}

std::optional<ReportStatus> reportStatusFromId(const QString &id)
{
    for (const StatusName &name : statusNames) {
        if (name.id == id)
            return name.status;
    }
    return std::nullopt;
}

QString reportStatusLabel(ReportStatus status)
{
    return QCoreApplication::translate("nianbao::ReportStore", nameOf(status).label);
}

bool reportStatusAllowsEdits(ReportStatus status)
{
    return nameOf(status).editable;
}

} // namespace nianbao
