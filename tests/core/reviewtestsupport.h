// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewworkflow.h"
#include "review/user.h"
#include "storetestsupport.h"

namespace nianbao::test {

/**
 * A database with three users — the supervisor 王审核, 李填报 who writes 南定镇's report and 赵填报 who
 * writes another agency's — and 南定镇's published 2021 report, which has warnings but no errors.
 */
class ReviewFixture : public StoreFixture
{
protected:
    void SetUp() override;

    /// The user the test acts as.
    const User &supervisor() const { return m_supervisor; }
    const User &clerk() const { return m_clerk; }
    const User &otherClerk() const { return m_otherClerk; }

    /// Submits the report as the clerk, acknowledging every warning.
    StoreResult<int> submitAcknowledged(qint64 reportId) { return submitAcknowledged(reportId, m_clerk); }
    StoreResult<int> submitAcknowledged(qint64 reportId, const User &user);
    /// Brings the report from draft to status by the workflow's own actions.
    void bringTo(qint64 reportId, ReportStatus status);
    ReportStatus statusOf(qint64 reportId);
    /// Runs sql on the store's own connection; returns the driver's error text (empty on success).
    QString rawSql(const QString &sql);
    /// Removes one of the schema's guards, or writes it again, through the store's dialect, as a
    /// tamperer with the database's rights could; the driver's error text (empty on success).
    QString dropGuard(const QString &name);
    QString restoreGuard(const QString &name);
    /// Rewrites a snapshot (南定 → 北定) as a tamperer would, past its guard; the driver's error
    /// text (empty on success).
    QString changeSnapshot(qint64 reportId, int revision);

    static const QString agency;
    static const QString otherAgency;

    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReviewWorkflow> m_workflow;
    qint64 m_reportId = 0;
    User m_supervisor;
    User m_clerk;
    User m_otherClerk;
};

/// The review's tests on SQLite and on PostgreSQL.
class ReviewTest : public OnEachBackend<ReviewFixture>
{
};

/// 南定镇's published 2021 report under the test's agency name.
Report nandingReport();

} // namespace nianbao::test
