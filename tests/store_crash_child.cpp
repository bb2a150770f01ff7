// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of the crash-safety test: applies numbered edits to one report as fast as it can and
// prints the number of each edit once the store has committed it. The test kills it at random.
//
//   store_crash_child DATABASE REPORT_ID FIRST COUNT
//
// Edit n writes the count n into cell n % 50 of part 三, or, for every tenth n, the text "edit n"
// into part 1 + n % 6.
#include "storage/reportstore.h"

#include "format.h"

#include <QCoreApplication>

#include <cstdio>

using namespace nianbao;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5) {
        std::fputs("usage: store_crash_child DATABASE REPORT_ID FIRST COUNT\n", stderr);
        return 2;
    }
    StoreResult<std::unique_ptr<ReportStore>> opened = ReportStore::open(arguments[1]);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    ReportStore &store = *opened.value();
    store.setActor(QStringLiteral("crash-child"));
    const qint64 reportId = arguments[2].toLongLong();
    const qint64 first = arguments[3].toLongLong();
    const qint64 count = arguments[4].toLongLong();
    const StoreResult<StoredReport> report = store.loadReport(reportId);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    const Format &format = *report->report.format();
    const int p3 = format.table(format.tableIndex(QStringLiteral("p3"))).firstCell;
    int revision = report->revision;
    for (qint64 n = first; n < first + count; ++n) {
        const StoreResult<int> edited =
            n % 10 == 9
                ? store.setNarrative(reportId, int(1 + n % 6), QStringLiteral("edit %1").arg(n), revision)
                : store.setCell(reportId, p3 + int(n % 50), CellValue::count(n), revision);
        if (!edited) {
            std::fprintf(stderr, "edit %lld: %s\n", static_cast<long long>(n),
                         qPrintable(edited.error().message));
            return 1;
        }
        revision = edited.value();
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
