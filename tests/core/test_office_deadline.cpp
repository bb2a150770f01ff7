// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/officedeadline.h"
#include "reviewtestsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// The office's own deadline, kept in the database beside the reports.
class OfficeDeadlineTest : public ReviewTest
{
protected:
    ReviewDeadline deadlineOf(int year)
    {
        const StoreResult<ReviewDeadline> deadline = OfficeDeadline(*m_store).of(year);
        EXPECT_TRUE(deadline) << deadline.error().message.toStdString();
        return deadline ? deadline.value() : ReviewDeadline(0);
    }
};

} // namespace

TEST_P(OfficeDeadlineTest, ASupervisorSetsTheOfficesDeadlineOfAYearAndGoesBackToTheStatutoryOne)
{
    EXPECT_EQ(deadlineOf(2021).date(), QDate(2022, 1, 31));
    EXPECT_FALSE(deadlineOf(2021).isOfficeDeadline());

    OfficeDeadline deadlines(*m_store);
    const StoreResult<ReviewDeadline> set =
        deadlines.set(2021, QDate(2022, 1, 15), Identity::ofUser(supervisor()));
    ASSERT_TRUE(set) << set.error().message.toStdString();
    EXPECT_EQ(set->date(), QDate(2022, 1, 15));
    EXPECT_TRUE(set->isOfficeDeadline());
    EXPECT_EQ(deadlineOf(2021).date(), QDate(2022, 1, 15)) << "kept in the database";
    EXPECT_FALSE(deadlineOf(2022).isOfficeDeadline()) << "each year has its own";
    ASSERT_TRUE(deadlines.set(2021, QDate(2022, 1, 20), Identity::ofUser(supervisor())));
    EXPECT_EQ(deadlineOf(2021).date(), QDate(2022, 1, 20)) << "set again, it replaces the first";

    const QDate today(2022, 1, 18);
    const QList<ReviewOverviewRow> rows = m_workflow->overview(2021).value();
    const QJsonObject json = ReviewWorkflow::overviewJson(2021, rows, deadlineOf(2021), today);
    EXPECT_EQ(json.value(QStringLiteral("deadline")).toString(), QStringLiteral("2022-01-20"));
    EXPECT_TRUE(json.value(QStringLiteral("officeDeadline")).toBool());

    const StoreResult<ReviewDeadline> statutory =
        deadlines.set(2021, std::nullopt, Identity::ofUser(supervisor()));
    ASSERT_TRUE(statutory) << statutory.error().message.toStdString();
    EXPECT_EQ(statutory->date(), QDate(2022, 1, 31));
    EXPECT_FALSE(deadlineOf(2021).isOfficeDeadline());

    // Each change is in the office's log, with who made it; what changes nothing is not.
    ASSERT_TRUE(deadlines.set(2021, std::nullopt, Identity::ofUser(supervisor())));
    ASSERT_TRUE(deadlines.set(2022, QDate(2023, 1, 10), Identity::ofUser(supervisor())));
    ASSERT_TRUE(deadlines.set(2022, QDate(2023, 1, 10), Identity::ofUser(supervisor())));
    const QList<DeadlineChange> changes = deadlines.changes(2021).value();
    ASSERT_EQ(changes.size(), 3);
    const QList<std::pair<std::optional<QDate>, std::optional<QDate>>> expected{
        {std::nullopt, QDate(2022, 1, 15)},
        {QDate(2022, 1, 15), QDate(2022, 1, 20)},
        {QDate(2022, 1, 20), std::nullopt}};
    for (qsizetype at = 0; at < changes.size(); ++at) {
        EXPECT_EQ(changes[at].from, expected[at].first) << at;
        EXPECT_EQ(changes[at].to, expected[at].second) << at;
        EXPECT_EQ(changes[at].actor, supervisor().name);
        EXPECT_LE(qAbs(changes[at].at.secsTo(QDateTime::currentDateTimeUtc())), 60);
    }
    EXPECT_EQ(deadlines.changes(2022)->size(), 1);
    const QString line = OfficeDeadline::describe(changes[2]);
    EXPECT_TRUE(line.contains(supervisor().name) && line.contains(QStringLiteral("2022-01-20")) &&
                line.contains(QStringLiteral("法定")))
        << line.toStdString();
    // The log is only ever added to, whoever asks the database.
    EXPECT_TRUE(
        rawSql(QStringLiteral("UPDATE office_log SET actor = 'x'")).contains(QStringLiteral("append-only")));
    EXPECT_TRUE(rawSql(QStringLiteral("DELETE FROM office_log")).contains(QStringLiteral("append-only")));
}

TEST_P(OfficeDeadlineTest, AClerkCannotSetItNorCanADateOutsideJanuaryAfterTheYear)
{
    OfficeDeadline deadlines(*m_store);
    const StoreResult<ReviewDeadline> byClerk =
        deadlines.set(2021, QDate(2022, 1, 15), Identity::ofUser(clerk()));
    ASSERT_FALSE(byClerk);
    EXPECT_EQ(byClerk.error().code, StoreError::Code::Refused);
    EXPECT_TRUE(byClerk.error().message.contains(clerk().name)) << byClerk.error().message.toStdString();
    for (const QDate date : {QDate(2021, 12, 31), QDate(2022, 2, 1), QDate()}) {
        const StoreResult<ReviewDeadline> refused = deadlines.set(2021, date, Identity::ofUser(supervisor()));
        ASSERT_FALSE(refused) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(refused.error().code, StoreError::Code::Refused);
    }
    EXPECT_FALSE(OfficeDeadline::refusal(2021, QDate(2022, 1, 1)));
    EXPECT_FALSE(OfficeDeadline::refusal(2021, QDate(2022, 1, 31)));
    EXPECT_TRUE(OfficeDeadline::refusal(2021, QDate(2022, 2, 1))->contains(QStringLiteral("2022-01-31")));
    EXPECT_FALSE(deadlineOf(2021).isOfficeDeadline()) << "nothing was stored";
}

NIANBAO_ON_EACH_BACKEND(OfficeDeadlineTest);
