// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpolicy.h"

namespace nianbao {

namespace {

struct ActionRule
{
    ReviewAction action;
    QStringView id;
    const char *label; ///< English; translated in the ReviewPolicy context
    UserRole role;
    ReportStatus target;
    QList<ReportStatus> sources;
};

const QList<ActionRule> &rules()
{
    static const QList<ActionRule> list = {
        {ReviewAction::Submit,
         u"submit",
         QT_TRANSLATE_NOOP("nianbao::ReviewPolicy", "Submit"),
         UserRole::Clerk,
         ReportStatus::Submitted,
         {ReportStatus::Draft, ReportStatus::Returned}},
        {ReviewAction::Return,
         u"return",
         QT_TRANSLATE_NOOP("nianbao::ReviewPolicy", "Return for changes"),
         UserRole::Supervisor,
         ReportStatus::Returned,
         {ReportStatus::Submitted}},
        {ReviewAction::Approve,
         u"approve",
         QT_TRANSLATE_NOOP("nianbao::ReviewPolicy", "Approve"),
         UserRole::Supervisor,
         ReportStatus::Approved,
         {ReportStatus::Submitted}},
    };
    return list;
}

const ActionRule &ruleOf(ReviewAction action)
{
    for (const ActionRule &rule : rules()) {
        if (rule.action == action)
            return rule;
    }
    return rules().constFirst();
}

} // namespace

QString reviewActionId(ReviewAction action)
{
    return ruleOf(action).id.toString();
}

std::optional<ReviewAction> reviewActionFromId(const QString &id)
{
    for (const ActionRule &rule : rules()) {
        if (rule.id == id)
            return rule.action;
    }
    return std::nullopt;
}

QString reviewActionLabel(ReviewAction action)
{
    return ReviewPolicy::tr(ruleOf(action).label);
}

QList<ReportStatus> ReviewPolicy::sources(ReviewAction action)
{
    return ruleOf(action).sources;
}

ReportStatus ReviewPolicy::target(ReviewAction action)
{
    return ruleOf(action).target;
}

UserRole ReviewPolicy::role(ReviewAction action)
{
    return ruleOf(action).role;
}

QList<ReviewAction> ReviewPolicy::actions()
{
    QList<ReviewAction> list;
    for (const ActionRule &rule : rules())
        list.append(rule.action);
    return list;
}

std::optional<QString> ReviewPolicy::refusal(ReviewAction action, const User &user, const QString &agency,
                                             ReportStatus status)
{
    const ActionRule &rule = ruleOf(action);
    if (user.role != rule.role) {
        return rule.role == UserRole::Supervisor ? tr("Only a supervisor may “%1”; %2 is a clerk.")
                                                       .arg(reviewActionLabel(action), user.name)
                                                 : tr("Only a clerk may “%1”; %2 is a supervisor.")
                                                       .arg(reviewActionLabel(action), user.name);
    }
    if (!user.coversAgency(agency))
        return tr("%1 is not a clerk of %2 and may not act on its report.").arg(user.name, agency);
    if (!rule.sources.contains(status)) {
        if (status == ReportStatus::Approved)
            return tr("The report is approved; nothing can change it any more.");
        return tr("A report that is “%1” cannot be given “%2”.")
            .arg(reportStatusLabel(status), reviewActionLabel(action));
    }
    return std::nullopt;
}

QList<ReviewAction> ReviewPolicy::allowedActions(const User &user, const QString &agency, ReportStatus status)
{
    QList<ReviewAction> list;
    for (const ActionRule &rule : rules()) {
        if (!refusal(rule.action, user, agency, status))
            list.append(rule.action);
    }
    return list;
}

std::optional<QString> ReviewPolicy::editRefusal(const User &user, const QString &agency, ReportStatus status)
{
    if (user.isSupervisor())
        return tr("A supervisor reviews reports and does not edit them; comment instead.");
    if (!user.coversAgency(agency))
        return tr("%1 is not a clerk of %2 and may not edit its report.").arg(user.name, agency);
    return lockReason(status);
}

std::optional<QString> ReviewPolicy::importRefusal(const User &user, const QString &agency,
                                                   std::optional<ReportStatus> stored)
{
    if (stored)
        return editRefusal(user, agency, *stored);
    if (!user.coversAgency(agency))
        return tr("%1 is not a clerk of %2 and may not add its report.").arg(user.name, agency);
    return std::nullopt;
}

std::optional<QString> ReviewPolicy::deleteRefusal(const std::optional<User> &user, const QString &agency,
                                                   ReportStatus status)
{
    if (status != ReportStatus::Draft)
        return tr("Only a draft can be deleted; this report is “%1” and keeps its review history.")
            .arg(reportStatusLabel(status));
    if (user && !user->coversAgency(agency))
        return tr("%1 is not a clerk of %2 and may not delete its report.").arg(user->name, agency);
    return std::nullopt;
}

std::optional<QString> ReviewPolicy::lockReason(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft:
    case ReportStatus::Returned:
        return std::nullopt;
    case ReportStatus::Submitted:
        return tr(
            "The report is submitted for review and cannot be changed until the supervisor returns it.");
    case ReportStatus::Approved:
        break;
    }
    return tr("The report is approved and can no longer be changed.");
}

} // namespace nianbao
