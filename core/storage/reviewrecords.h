// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

class StoreConnection;

/// One row of the acknowledgements table: a warning a clerk let stand when submitting, and why.
struct AcknowledgementRecord
{
    qint64 reportId = 0;
    int revision = 0;
    QString rule;
    QString location;
    QString message;
    QString reason;
    QString actor;
    QDateTime at;
};

/// One row of the approvals table. The statement, its signature and the signed text are there
/// when the supervisor signed the approval (nullopt: approved without a key).
struct ApprovalRecord
{
    qint64 reportId = 0;
    int revision = 0;
    QDateTime at;
    QString actor;
    QString sha256;
    std::optional<QString> statement;
    std::optional<QString> signature;
    std::optional<QString> signedText;
};

/// The SQL of what the review steps keep beside the report's status (ReviewWorkflow decides when).
class ReviewRecords
{
public:
    explicit ReviewRecords(StoreConnection &connection);

    StoreResult<void> addAcknowledgement(const AcknowledgementRecord &record);
    /// The acknowledgements made with the report's revision, in the order they were made.
    StoreResult<QList<AcknowledgementRecord>> acknowledgements(qint64 reportId, int revision);
    StoreResult<void> addApproval(const ApprovalRecord &record);
    /// The approval of the report's latest approved revision; nullopt when it has none.
    StoreResult<std::optional<ApprovalRecord>> latestApproval(qint64 reportId);

private:
    StoreConnection &m_connection;
};

} // namespace nianbao
