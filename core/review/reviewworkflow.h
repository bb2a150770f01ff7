// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencymatcher.h"
#include "approvalseal.h"
#include "finding.h"
#include "keyfigures.h"
#include "reviewpolicy.h"
#include "revisiondiff.h"
#include "storage/auditentry.h"
#include "storage/reportstore.h"
#include "user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/// A warning the clerk accepts on submitting, with the reason it stands.
struct WarningAcknowledgement
{
    QString rule;     ///< Finding::rule
    QString location; ///< locationId() of the finding's first place; empty when it has none
    QString message;  ///< the finding's message as it was shown
    QString reason;   ///< why the warning stands (required)
    int revision = 0; ///< the submitted revision (filled in by the workflow)
    QString actor;    ///< who acknowledged it (filled in by the workflow)
    QDateTime at;

    /// The acknowledgement of a warning finding with the given reason.
    static WarningAcknowledgement of(const Format &format, const Finding &warning, const QString &reason);
    /// Whether this acknowledges that finding (same rule and place).
    bool covers(const Format &format, const Finding &finding) const;
};

/// Everything a submission needs besides the user.
struct SubmitRequest
{
    QString note;
    /// One per remaining warning; see WarningAcknowledgement::of and acknowledgeAll.
    QList<WarningAcknowledgement> acknowledgements;

    /// Acknowledges every warning among findings with one reason (`submit --acknowledge REASON`).
    static SubmitRequest acknowledgeAll(const Format &format, const QList<Finding> &findings,
                                        const QString &reason, const QString &note = {});
};

/// What stands in the way of an action, checked without changing anything (for the UI's dialogs).
struct ReviewCheck
{
    std::optional<QString> refusal; ///< role, agency or status forbid it; nullopt when they allow it
    QList<Finding> errors;          ///< Submit: errors refuse the submission
    QList<Finding> warnings;        ///< Submit: each needs an acknowledgement with a reason
    int unresolvedComments = 0;     ///< Submit: comments of the supervisor not yet marked resolved

    bool allowed() const { return !refusal && errors.isEmpty(); }
};

/// One review transition from the audit log.
struct ReviewTransition
{
    ReviewAction action = ReviewAction::Submit;
    int revision = 0; ///< the revision the transition produced
    QDateTime at;
    QString actor;
    ReportStatus from = ReportStatus::Draft;
    ReportStatus to = ReportStatus::Draft;
    QString note;
};

class ReviewDeadline;
struct ReviewNotes;

/// A line of the supervisor's year table: an agency's report, or an agency without one (未开始).
struct ReviewOverviewRow
{
    ReportSummary summary;              ///< id 0 when the agency has no report of the year
    std::optional<QDateTime> submitted; ///< the latest submission, if any
    QString submittedBy;
    QList<KeyFigure> figures; ///< KeyFigures::of the report's current content (no values when damaged)
    bool damaged = false;     ///< the stored content does not match its checksum

    bool started() const { return summary.id != 0; }
    /// The report's status; nullopt when there is no report (未开始).
    std::optional<ReportStatus> status() const
    {
        return started() ? std::optional<ReportStatus>(summary.status) : std::nullopt;
    }
};

/**
 * The review workflow of one store: clerks submit, supervisors return or approve. Every rule is
 * checked here before anything is written — the role and agency of the user (ReviewPolicy), the
 * status, errors (which refuse a submission) and warnings (which each need an acknowledgement
 * with a reason) — and each action is one transaction that logs who did what, from which status
 * to which, with the note. A submission keeps a snapshot of the report; an approval stores the
 * SHA-256 of the approved revision's canonical text, so later tampering can be detected.
 *
 * Refusals are StoreError with code Refused and a message for the user (Chinese through the
 * translation), listing the errors or unacknowledged warnings.
 */
class SigningKey;

class ReviewWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReviewWorkflow)
public:
    explicit ReviewWorkflow(ReportStore &store);

    /// What would refuse the action now, with the report's findings.
    StoreResult<ReviewCheck> check(qint64 reportId, ReviewAction action, const User &user);

    /// Each returns the report's new revision.
    StoreResult<int> submit(qint64 reportId, const User &user, const SubmitRequest &request);
    StoreResult<int> returnReport(qint64 reportId, const User &user, const QString &note);
    /// With the supervisor's signing key when they have one registered (KeyDirectory): the
    /// approval then carries their signature of the approved text (ApprovalStatement).
    StoreResult<int> approve(qint64 reportId, const User &user, const QString &note = {},
                             const SigningKey *key = nullptr);
    /// Any action; Submit with a request of just the note and no acknowledgements.
    StoreResult<int> perform(qint64 reportId, ReviewAction action, const User &user, const QString &note);

    /// The report's transitions, oldest first.
    StoreResult<QList<ReviewTransition>> history(qint64 reportId);
    /// The acknowledged warnings of the latest submission.
    StoreResult<QList<WarningAcknowledgement>> acknowledgements(qint64 reportId);
    /// The notes of the current round: the standing return note, or the submission note with the
    /// reasons for the warnings kept.
    StoreResult<ReviewNotes> notes(qint64 reportId);

    /// The revisions that were submitted, oldest first.
    StoreResult<QList<int>> submittedRevisions(qint64 reportId);
    /// What changed since the previous submission. For a submitted or approved report: the latest
    /// submission against the one before; for a draft or returned report: the current content
    /// against the latest submission. nullopt when there is nothing to compare with.
    StoreResult<std::optional<RevisionDiff>> changesSincePreviousSubmission(qint64 reportId);

    /// Checks the stored approval hash against the approved snapshot and the current content.
    /// For a report that is not approved, ApprovalCheck::approved is false.
    StoreResult<ApprovalCheck> verifyApproval(qint64 reportId);
    /// What the user must be told before relying on a stored report: its damaged content, and for an
    /// approved report an approval that no longer holds (both, one a line); empty when neither.
    QString sealProblem(const StoredReport &stored);

    /// The supervisor's table for a year: a line for every agency of the list the viewer looks after
    /// (SupervisedAgencies; the whole list without a viewer) — its report with status, latest
    /// submission, counts and key figures, or 未开始 when it has none. An agency is listed from the
    /// year of its first report on; one without any report, in every year.
    StoreResult<QList<ReviewOverviewRow>> overview(int year,
                                                   const std::optional<User> &viewer = std::nullopt);
    /// 已提交, 草稿, … or 未开始 for an agency without a report.
    static QString statusLabel(const ReviewOverviewRow &row);
    /// The overview as CSV (UTF-8 with BOM for spreadsheet programs, CRLF lines, quoted fields).
    static QByteArray overviewCsv(const QList<ReviewOverviewRow> &rows);
    /// The overview as JSON (`review list --json`): the deadline, and per agency its status
    /// ("not-started" for none), the days left, whether it is late, and the key figures as numbers.
    static QJsonObject overviewJson(int year, const QList<ReviewOverviewRow> &rows,
                                    const ReviewDeadline &deadline, QDate today);

private:
    /// Adds a line for each supervised agency without a report of the year.
    StoreResult<QList<ReviewOverviewRow>> withAgenciesNotStarted(int year, const QList<Agency> &supervised,
                                                                 QList<ReviewOverviewRow> rows);
    StoreResult<int> transition(qint64 reportId, ReviewAction action, const User &user, const QString &note,
                                const QList<WarningAcknowledgement> &acknowledgements, const SigningKey *key);

    ReportStore &m_store;
};

} // namespace nianbao
