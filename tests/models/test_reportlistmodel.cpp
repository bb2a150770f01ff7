// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/countrefresher.h"
#include "document/reportlistmodel.h"
#include "format.h"
#include "storage/reportstore.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "validation/validator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

/// A database holding the five published seeds, listed by a model and a filter over it.
class ReportListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = ReportStore::open(dir.filePath(QStringLiteral("list.sqlite")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        store = std::move(opened.value());
        for (const QString &name : test::seedNames()) {
            const ReadResult read = ReportReader::read(test::readSeed(name));
            ASSERT_TRUE(read.isReport) << name.toStdString();
            // The importer counts, as `nianbao import` and 文件 → 导入 do.
            ASSERT_TRUE(store->importReport(read.report, false, Validator::count(read.report)));
            reports.insert(read.report.meta.agencyName, read.report);
        }
        filter.setSourceModel(&model);
        ASSERT_TRUE(model.setStore(store.get()));
    }
    int column(const QAbstractItemModel &m, int row, int col, int role = Qt::DisplayRole) const
    {
        return m.index(row, col).data(role).toInt();
    }
    /// The agencies the filter shows, top to bottom.
    QStringList shownAgencies() const
    {
        QStringList agencies;
        for (int row = 0; row < filter.rowCount(); ++row)
            agencies.append(filter.index(row, ReportListModel::AgencyColumn).data().toString());
        return agencies;
    }

    QTemporaryDir dir;
    std::unique_ptr<ReportStore> store;
    QHash<QString, Report> reports;
    ReportListModel model;
    ReportListFilter filter;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester filterTester{&filter, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(ReportListModelTest, ListsEveryStoredReportWithItsYearFormatAndStatus)
{
    ASSERT_EQ(model.rowCount(), reports.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString agency = model.index(row, ReportListModel::AgencyColumn).data().toString();
        ASSERT_TRUE(reports.contains(agency)) << agency.toStdString();
        const Report &report = reports[agency];
        EXPECT_EQ(column(model, row, ReportListModel::YearColumn), report.meta.year);
        EXPECT_EQ(model.index(row, ReportListModel::FormatColumn).data().toString(), report.format()->id());
        EXPECT_EQ(model.index(row, ReportListModel::StatusColumn).data().toString(), QStringLiteral("草稿"));
        EXPECT_EQ(model.index(row, 0).data(ReportListModel::ReportIdRole).toLongLong(),
                  store->findReport(agency, report.meta.year).value());
        EXPECT_EQ(model.rowOf(model.index(row, 0).data(ReportListModel::ReportIdRole).toLongLong()), row);
    }
    EXPECT_EQ(model.headerData(ReportListModel::ErrorsColumn, Qt::Horizontal).toString(),
              QStringLiteral("错误"));
    EXPECT_EQ(model.years(), (QList<int>{2021, 2020, 2019}));
    EXPECT_EQ(model.statuses(), QList<ReportStatus>{ReportStatus::Draft});
}

TEST_F(ReportListModelTest, ShowsTheCountsOfTheValidator)
{
    // The seeds are of different agencies, so no cross-year rule applies: the counts are the
    // validator's own for each report alone.
    for (int row = 0; row < model.rowCount(); ++row) {
        const Report &report = reports[model.index(row, ReportListModel::AgencyColumn).data().toString()];
        int errors = 0;
        int warnings = 0;
        for (const Finding &finding : Validator::validate(report)) {
            errors += finding.severity == Severity::Error;
            warnings += finding.severity == Severity::Warning;
        }
        EXPECT_EQ(column(model, row, ReportListModel::ErrorsColumn), errors);
        EXPECT_EQ(column(model, row, ReportListModel::WarningsColumn), warnings);
    }
}

TEST_F(ReportListModelTest, CountsOfOtherRulesShowAsUncountedUntilCountedInTheBackground)
{
    QList<int> counted;
    for (int row = 0; row < model.rowCount(); ++row)
        counted.append(column(model, row, ReportListModel::ErrorsColumn));
    EXPECT_FALSE(model.hasStaleCounts());
    {
        // As a database looks after an update of Nianbao that changed the rules.
        QSqlQuery older(QSqlDatabase::database(store->connectionName()));
        ASSERT_TRUE(older.exec(QStringLiteral("UPDATE report_counts SET rules_version = '0.old'")));
    }
    const quint64 validationsBefore = Validator::runs();
    ASSERT_TRUE(model.refresh());
    EXPECT_EQ(Validator::runs(), validationsBefore) << "the model never validates";
    EXPECT_TRUE(model.hasStaleCounts());
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.index(row, ReportListModel::ErrorsColumn).data().toString(), QStringLiteral("…"));
        EXPECT_FALSE(
            model.index(row, ReportListModel::ErrorsColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }

    CountRefresher refresher(*store);
    QObject::connect(&refresher, &CountRefresher::counted, &model, &ReportListModel::setCounts);
    QSignalSpy progress(&refresher, &CountRefresher::progress);
    QSignalSpy finished(&refresher, &CountRefresher::finished);
    const StoreResult<int> stale = refresher.start();
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale.value(), model.rowCount());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000));
    EXPECT_EQ(Validator::runs() - validationsBefore, quint64(model.rowCount()));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.constLast().at(0).toInt(), model.rowCount());
    EXPECT_FALSE(model.hasStaleCounts());
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(column(model, row, ReportListModel::ErrorsColumn), counted[row]);
    EXPECT_TRUE(store->staleCounts(Validator::rulesVersion())->isEmpty());
    // What the refresher stored is what the list reads next time.
    ASSERT_TRUE(model.refresh());
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(column(model, row, ReportListModel::ErrorsColumn), counted[row]);
}

TEST_F(ReportListModelTest, LiveCountsChangeOneRowWithoutReadingTheStore)
{
    const qint64 id = model.index(2, 0).data(ReportListModel::ReportIdRole).toLongLong();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCounts(id, {7, 3, 0});
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].toModelIndex().row(), 2);
    EXPECT_EQ(column(model, 2, ReportListModel::ErrorsColumn), 7);
    EXPECT_EQ(column(model, 2, ReportListModel::WarningsColumn), 3);
    model.setCounts(id, {7, 3, 0});
    EXPECT_EQ(changed.size(), 1) << "unchanged counts announce nothing";
}

TEST_F(ReportListModelTest, SortsNumbersAsNumbers)
{
    // 10 before 9 would be a sort of the text.
    const QList<int> errors{10, 9, 2, 0, 31};
    for (int row = 0; row < model.rowCount(); ++row)
        model.setCounts(model.index(row, 0).data(ReportListModel::ReportIdRole).toLongLong(),
                        {errors[row], 0, 0});
    filter.sort(ReportListModel::ErrorsColumn, Qt::AscendingOrder);
    QList<int> sorted;
    for (int row = 0; row < filter.rowCount(); ++row)
        sorted.append(column(filter, row, ReportListModel::ErrorsColumn));
    EXPECT_EQ(sorted, (QList<int>{0, 2, 9, 10, 31}));
    filter.sort(ReportListModel::YearColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(filter, 0, ReportListModel::YearColumn), 2021);
    EXPECT_EQ(column(filter, filter.rowCount() - 1, ReportListModel::YearColumn), 2019);
}

TEST_F(ReportListModelTest, FiltersByYearAndStatus)
{
    filter.setYear(2020);
    QStringList shown = shownAgencies();
    shown.sort();
    QStringList expected;
    for (const Report &report : std::as_const(reports)) {
        if (report.meta.year == 2020)
            expected.append(report.meta.agencyName);
    }
    expected.sort();
    ASSERT_EQ(expected.size(), 2);
    EXPECT_EQ(shown, expected);
    filter.setStatus(ReportStatus::Draft);
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setYear(2018);
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setYear(std::nullopt);
    filter.setStatus(std::nullopt);
    EXPECT_EQ(filter.rowCount(), reports.size());
}

TEST_F(ReportListModelTest, FollowsTheStore)
{
    ASSERT_TRUE(store->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2022));
    EXPECT_EQ(model.rowCount(), reports.size()) << "the model reads the store on refresh() only";
    ASSERT_TRUE(model.refresh());
    EXPECT_EQ(model.rowCount(), reports.size() + 1);
    EXPECT_EQ(model.years().first(), 2022);
    ASSERT_TRUE(model.setStore(nullptr));
    EXPECT_EQ(model.rowCount(), 0);
}
