// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewpolicy.h"
#include "review/reviewworkflow.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace nianbao {

class ReportDocument;
class ReviewSession;
class SigningKey;

/**
 * The open report's way through review: 提交审核 (refused while the report has errors; the submit
 * dialog asks a reason for each warning), 退回修改 and 审核通过 (each with its note; a supervisor with a
 * signing key is asked its passphrase and signs the approval). Every step
 * goes to the core's ReviewWorkflow with the session's user, and the core decides; what it says is
 * announced as done() or refused().
 */
class ReviewTransitions : public QObject
{
    Q_OBJECT
public:
    ReviewTransitions(ReviewSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    void setReport(qint64 reportId, ReportDocument *document, std::optional<ReportStatus> status);
    /// Whether the signed-in user may take the step on the open report now.
    bool allowed(ReviewAction action) const;

    /// The steps without dialogs (tests, and the dialogs' last step). False when refused.
    bool submit(const SubmitRequest &request);
    bool returnReport(const QString &note);
    /// With the supervisor's opened signing key when they have one (KeyDirectory).
    bool approve(const QString &note = {}, const SigningKey *key = nullptr);

    /// The steps with their dialogs.
    void submitInteractively();
    void returnInteractively();
    void approveInteractively();

Q_SIGNALS:
    /// The step was made; message says so.
    void done(const QString &message);
    void refused(const QString &message);

private:
    /// Takes a step through the workflow as the signed-in user; says done or why not.
    bool take(const std::function<StoreResult<int>(ReviewWorkflow &, const User &)> &step,
              const QString &done);
    /// False (and refused()) when the policy forbids the step to the user.
    bool mayTake(ReviewAction action);

    ReviewSession *m_session;
    QWidget *m_dialogParent;
    qint64 m_reportId = 0;
    QPointer<ReportDocument> m_document;
    std::optional<ReportStatus> m_status;
};

} // namespace nianbao
