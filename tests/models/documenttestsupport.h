// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/reportdocument.h"
#include "format.h"

namespace nianbao::test {

/// An empty report of a year's format, as the clerk starts it.
inline Report emptyReport(int year)
{
    Report report(*Format::forYear(year));
    report.meta.agencyName = QStringLiteral("南定镇人民政府");
    report.meta.agencyKind = QStringLiteral("township");
    report.meta.year = year;
    return report;
}

/// A validator with one rule, so that model tests do not depend on the real rule set: a part 三
/// 自然人 count over 10 received is an error with a fix to 10.
inline QList<Finding> overTenValidator(const Report &report, const Report *)
{
    const int cell = report.format()->cellIndex(QStringLiteral("p3/received/natural"));
    const CellValue value = report.cell(cell);
    if (!value.isNumber() || value.integer() <= 10)
        return {};
    Finding finding;
    finding.rule = QStringLiteral("test.over-ten");
    finding.severity = Severity::Error;
    finding.where = {Location::ofCell(cell)};
    finding.message = QStringLiteral("超过 10");
    finding.fix = Fix{cell, CellValue::count(10)};
    return {finding};
}

inline int cellOf(const Report &report, const char *id)
{
    return report.format()->cellIndex(QString::fromLatin1(id));
}

} // namespace nianbao::test
