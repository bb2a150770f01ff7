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
