// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearexport.h"

#include "review/sealedreport.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace nianbao {

YearExport::YearExport(ReportStore &store, int year, ReportExport::Form form, QString folder)
    : m_store(store)
    , m_year(year)
    , m_form(form)
    , m_folder(std::move(folder))
{}

QString YearExport::fileName(const QString &agency, int year, ReportExport::Form form)
{
    QString name = agency + QString::number(year) + QStringLiteral("年政府信息公开工作年度报告");
    for (QChar &character : name) {
        if (character.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(character))
            character = u'_';
    }
    return name + u'.' + ReportExport::suffix(form);
}

StoreResult<QList<YearExport::Item>> YearExport::plan() const
{
    const StoreResult<QList<ReportSummary>> reports = m_store.listReports(m_year);
    if (!reports)
        return reports.error();
    QList<Item> items;
    const QDir folder(m_folder);
    for (const ReportSummary &report : reports.value()) {
        if (report.status != ReportStatus::Approved)
            continue;
        const QString path = folder.filePath(fileName(report.agency, report.year, m_form));
        items.append(Item{report.id, report.agency, path, QFileInfo::exists(path)});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.agency < b.agency; });
    return items;
}

YearExport::Result YearExport::write(const Item &item, bool replace) const
{
    Result result{item, Outcome::Failed, {}};
    if (QFileInfo::exists(item.path) && !replace) {
        result.outcome = Outcome::Kept;
        result.message = tr("Kept %1: the file exists.").arg(item.path);
        return result;
    }
    if (!QDir().mkpath(QFileInfo(item.path).absolutePath())) {
        result.message = tr("Cannot write %1: the folder cannot be made.").arg(item.path);
        return result;
    }
    // As approved and signed, never with damaged content or an approval that no longer holds.
    const StoreResult<SealedReport> sealed = SealedReport::load(m_store, item.reportId);
    if (!sealed) {
        result.message = tr("%1: %2").arg(item.agency, sealed.error().message);
        return result;
    }
    QString error;
    if (!ReportExport::write(sealed->report, m_form, item.path, &error,
                             sealed->seal ? &*sealed->seal : nullptr)) {
        result.message = error;
        return result;
    }
    result.outcome = Outcome::Written;
    result.message = tr("Wrote %1.").arg(item.path);
    return result;
}

QString YearExport::summary(const QList<Result> &results)
{
    const auto count = [&results](Outcome outcome) {
        return std::count_if(results.cbegin(), results.cend(),
                             [outcome](const Result &result) { return result.outcome == outcome; });
    };
    return tr("%1 written, %2 kept, %3 failed.")
        .arg(count(Outcome::Written))
        .arg(count(Outcome::Kept))
        .arg(count(Outcome::Failed));
}

} // namespace nianbao
