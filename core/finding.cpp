// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

#include "format.h"

namespace nianbao {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Notice:
        break;
    }
    return QStringLiteral("notice");
}

QString locationId(const Format &format, const Location &location)
{
    switch (location.kind) {
    case Location::Kind::Cell:
        return format.cellId(location.cell);
    case Location::Kind::Narrative:
        return QStringLiteral("part:%1@%2+%3").arg(location.part).arg(location.offset).arg(location.length);
    case Location::Kind::Meta:
        return QStringLiteral("meta:") + location.field;
    case Location::Kind::Line:
        break;
    }
    return QStringLiteral("line:%1").arg(location.line);
}

FindingCounts FindingCounts::of(const QList<Finding> &findings)
{
    FindingCounts counts;
    for (const Finding &finding : findings) {
        switch (finding.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Notice:
            ++counts.notices;
            break;
        }
    }
    return counts;
}

} // namespace nianbao
