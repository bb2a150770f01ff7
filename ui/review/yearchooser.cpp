// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearchooser.h"

#include "storage/reportstore.h"

#include <algorithm>

namespace nianbao {

YearChooser::YearChooser(QWidget *parent)
    : QComboBox(parent)
{}

void YearChooser::fill(ReportStore *store)
{
    const QVariant current = currentData();
    clear();
    if (!store)
        return;
    QList<int> years;
    if (const StoreResult<QList<ReportSummary>> reports = store->listReports()) {
        for (const ReportSummary &report : reports.value()) {
            if (!years.contains(report.year))
                years.append(report.year);
        }
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    for (const int year : std::as_const(years))
        addItem(QString::number(year), year);
    setCurrentIndex(std::max(0, findData(current)));
}

void YearChooser::choose(int year)
{
    setCurrentIndex(std::max(0, findData(year)));
}

int YearChooser::year() const
{
    return currentData().toInt();
}

} // namespace nianbao
