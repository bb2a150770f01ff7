// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewdeadline.h"
#include "review/reviewoverviewmodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

ReviewOverviewRow row(const QString &agency, ReportStatus status, const QDateTime &modified = {})
{
    ReviewOverviewRow line;
    line.summary.id = qHash(agency);
    line.summary.agency = agency;
    line.summary.year = 2025;
    line.summary.status = status;
    line.summary.modified = modified;
    return line;
}

QStringList agencies(const QAbstractItemModel &model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list.append(model.index(r, ReviewOverviewModel::AgencyColumn).data().toString());
    return list;
}

} // namespace

TEST(ReviewDeadline, TheStatutoryDeadlineIsThe31stOfJanuaryAfterTheYear)
{
    const ReviewDeadline deadline(2025);
    EXPECT_EQ(deadline.date(), QDate(2026, 1, 31));
    EXPECT_FALSE(deadline.isOfficeDeadline());
    EXPECT_EQ(ReviewDeadline::statutory(2020), QDate(2021, 1, 31));
    EXPECT_EQ(deadline.daysLeft(QDate(2026, 1, 24)), 7);
    EXPECT_EQ(deadline.daysLeft(QDate(2026, 2, 3)), -3);
}

TEST(ReviewDeadline, TheOfficeMaySetItsOwn)
{
    const ReviewDeadline office(2025, QDate(2026, 1, 15));
    EXPECT_EQ(office.date(), QDate(2026, 1, 15));
    EXPECT_TRUE(office.isOfficeDeadline());
    const ReviewDeadline invalid(2025, QDate());
    EXPECT_EQ(invalid.date(), QDate(2026, 1, 31)) << "an invalid date is no deadline";
    EXPECT_FALSE(invalid.isOfficeDeadline());
}

TEST(ReviewDeadline, OnlyAReportStillWithTheAgencyIsLate)
{
    const ReviewDeadline deadline(2025);
    const QDate after(2026, 2, 1);
    EXPECT_TRUE(deadline.isLate(std::nullopt, after)) << "not started";
    EXPECT_TRUE(deadline.isLate(ReportStatus::Draft, after));
    EXPECT_TRUE(deadline.isLate(ReportStatus::Returned, after));
    EXPECT_FALSE(deadline.isLate(ReportStatus::Submitted, after));
    EXPECT_FALSE(deadline.isLate(ReportStatus::Approved, after));
    EXPECT_FALSE(deadline.isLate(ReportStatus::Draft, QDate(2026, 1, 31))) << "the last day is not late";
}

TEST(ReviewDeadline, SaysTheDaysLeftInChinese)
{
    const ReviewDeadline deadline(2025);
    EXPECT_EQ(deadline.describe(ReportStatus::Draft, QDate(2026, 1, 24)), QStringLiteral("还剩 7 天"));
    EXPECT_EQ(deadline.describe(ReportStatus::Returned, QDate(2026, 1, 31)), QStringLiteral("今天截止"));
    EXPECT_EQ(deadline.describe(std::nullopt, QDate(2026, 2, 3)), QStringLiteral("逾期 3 天"));
    EXPECT_TRUE(deadline.describe(ReportStatus::Submitted, QDate(2026, 2, 3)).isEmpty());
}

TEST(ReviewOverviewModel, ShowsTheDeadlineAndTheLastChange)
{
    ReviewOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDeadline(ReviewDeadline(2025, QDate(2026, 1, 20)));
    model.setToday(QDate(2026, 1, 22));
    const QDateTime changed(QDate(2026, 1, 10), QTime(9, 30));
    model.setRows({row(QStringLiteral("甲镇"), ReportStatus::Draft, changed),
                   row(QStringLiteral("乙镇"), ReportStatus::Submitted)});
    EXPECT_EQ(model.headerData(ReviewOverviewModel::DeadlineColumn, Qt::Horizontal).toString(),
              QStringLiteral("截止"));
    EXPECT_EQ(model.index(0, ReviewOverviewModel::DeadlineColumn).data().toString(),
              QStringLiteral("逾期 2 天"));
    EXPECT_EQ(model.index(0, ReviewOverviewModel::DeadlineColumn).data(ReviewOverviewModel::SortRole).toInt(),
              -2);
    EXPECT_TRUE(model.index(0, ReviewOverviewModel::DeadlineColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2026-01-20")));
    EXPECT_EQ(model.index(0, ReviewOverviewModel::ModifiedColumn).data().toString(),
              changed.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    EXPECT_TRUE(model.index(1, ReviewOverviewModel::DeadlineColumn).data().toString().isEmpty());
    EXPECT_FALSE(
        model.index(1, ReviewOverviewModel::DeadlineColumn).data(ReviewOverviewModel::SortRole).isValid());
    EXPECT_TRUE(model.isLate(0));
    EXPECT_FALSE(model.isLate(1));
}

TEST(ReviewOverviewFilter, ShowsAllTheLateOrThoseWaitingForTheSupervisor)
{
    ReviewOverviewModel model;
    model.setDeadline(ReviewDeadline(2025));
    model.setToday(QDate(2026, 2, 2));
    model.setRows({row(QStringLiteral("甲镇"), ReportStatus::Draft),
                   row(QStringLiteral("乙镇"), ReportStatus::Submitted),
                   row(QStringLiteral("丙镇"), ReportStatus::Returned),
                   row(QStringLiteral("丁镇"), ReportStatus::Approved)});
    ReviewOverviewFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(agencies(filter), (QStringList{QStringLiteral("甲镇"), QStringLiteral("乙镇"),
                                             QStringLiteral("丙镇"), QStringLiteral("丁镇")}));
    filter.setShow(ReviewOverviewFilter::Show::Late);
    EXPECT_EQ(agencies(filter), (QStringList{QStringLiteral("甲镇"), QStringLiteral("丙镇")}));
    filter.setShow(ReviewOverviewFilter::Show::WaitingForMe);
    EXPECT_EQ(agencies(filter), QStringList{QStringLiteral("乙镇")});
    model.setToday(QDate(2026, 1, 31));
    filter.setShow(ReviewOverviewFilter::Show::Late);
    EXPECT_TRUE(agencies(filter).isEmpty()) << "nobody is late on the last day";
    filter.setShow(ReviewOverviewFilter::Show::All);
    EXPECT_EQ(filter.rowCount(), 4);
}
