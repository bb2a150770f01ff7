// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reportstatus.h"
#include "user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/// What a user can do to a report in the review.
enum class ReviewAction : quint8 {
    Submit,  ///< clerk: 草稿 / 退回修改 → 已提交
    Return,  ///< supervisor: 已提交 → 退回修改
    Approve, ///< supervisor: 已提交 → 已审核
};

/// Stable id ("submit", "return", "approve") and name for the user (提交, 退回修改, 审核通过).
QString reviewActionId(ReviewAction action);
std::optional<ReviewAction> reviewActionFromId(const QString &id);
QString reviewActionLabel(ReviewAction action);

/**
 * The rules of the review workflow as one table: which status each action leaves from and leads
 * to, which role takes it, and whether a user may edit a report. Pure functions, so the UI asks
 * the same rules the core enforces (the database triggers enforce the status graph once more).
 */
class ReviewPolicy
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReviewPolicy)
public:
    static QList<ReportStatus> sources(ReviewAction action);
    static ReportStatus target(ReviewAction action);
    static UserRole role(ReviewAction action);
    /// Every action, in workflow order.
    static QList<ReviewAction> actions();

    /// Why the user may not take the action on the agency's report in that status (a message for
    /// the user, in Chinese through the translation); nullopt when it is allowed. Findings and
    /// acknowledgements are checked by ReviewWorkflow, not here.
    static std::optional<QString> refusal(ReviewAction action, const User &user, const QString &agency,
                                          ReportStatus status);
    /// The actions the user may take now (for the buttons the UI shows).
    static QList<ReviewAction> allowedActions(const User &user, const QString &agency, ReportStatus status);
    /// Why the user may not edit the agency's report in that status; nullopt when they may.
    static std::optional<QString> editRefusal(const User &user, const QString &agency, ReportStatus status);
    /// Why the user may not bring a report of the agency into the store: a new one (stored is
    /// nullopt) — a clerk of the agency or a supervisor may —, or in place of the stored one in that
    /// status, which is editing it (editRefusal). nullopt when they may.
    static std::optional<QString> importRefusal(const User &user, const QString &agency,
                                                std::optional<ReportStatus> stored);
    /// Why the user may not delete the agency's report in that status — a draft only (a report
    /// ever submitted keeps its review history), by a clerk of the agency or a supervisor, or, when
    /// user is nullopt (a database without users), by whoever has it; nullopt when they may.
    static std::optional<QString> deleteRefusal(const std::optional<User> &user, const QString &agency,
                                                ReportStatus status);
    /// Why nobody may edit a report in that status (submitted, approved); nullopt when editable.
    static std::optional<QString> lockReason(ReportStatus status);
};

} // namespace nianbao
