// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewtransitions.h"

#include "document/reportdocument.h"
#include "review/commentstore.h"
#include "review/keydirectory.h"
#include "reviewsession.h"
#include "signing/keyring.h"
#include "signing/signingkey.h"
#include "submitdialog.h"
#include "textprompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace nianbao {

namespace {

QString bulletList(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines.append(QStringLiteral("• ") + finding.message);
    return lines.join(u'\n');
}

} // namespace

ReviewTransitions::ReviewTransitions(ReviewSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{}

void ReviewTransitions::setReport(qint64 reportId, ReportDocument *document,
                                  std::optional<ReportStatus> status)
{
    m_reportId = reportId;
    m_document = document;
    m_status = status;
}

bool ReviewTransitions::allowed(ReviewAction action) const
{
    const std::optional<User> &user = m_session->user();
    return m_reportId != 0 && m_document && m_status && user &&
           !ReviewPolicy::refusal(action, *user, m_document->report().meta.agencyName, *m_status);
}

bool ReviewTransitions::mayTake(ReviewAction action)
{
    if (!m_session->user() || m_reportId == 0 || !m_document)
        return false;
    if (const std::optional<QString> refusal =
            ReviewPolicy::refusal(action, *m_session->user(), m_document->report().meta.agencyName,
                                  m_status.value_or(ReportStatus::Draft))) {
        Q_EMIT refused(*refusal);
        return false;
    }
    return true;
}

void ReviewTransitions::submitInteractively()
{
    ReportStore *store = m_session->store();
    if (!store || !m_session->user() || !m_document)
        return;
    ReviewWorkflow workflow(*store);
    const StoreResult<ReviewCheck> check =
        workflow.check(m_reportId, ReviewAction::Submit, *m_session->user());
    if (!check) {
        Q_EMIT refused(check.error().message);
        return;
    }
    if (check->refusal) {
        Q_EMIT refused(*check->refusal);
        return;
    }
    if (!check->errors.isEmpty()) {
        Q_EMIT refused(tr("The report has %n error(s) and cannot be submitted until they are corrected:",
                          nullptr, int(check->errors.size())) +
                       u'\n' + bulletList(check->errors));
        return;
    }
    CommentStore comments(*store);
    const StoreResult<QList<CommentThread>> unresolved = comments.unresolved(m_reportId);
    SubmitDialog dialog(m_document->format(), check.value(),
                        unresolved ? unresolved.value() : QList<CommentThread>(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        submit(dialog.request());
}

void ReviewTransitions::returnInteractively()
{
    if (!mayTake(ReviewAction::Return))
        return;
    const std::optional<QString> note =
        askText(m_dialogParent, {QStringLiteral("returnDialog"),
                                 tr("Return for Changes"),
                                 tr("What should the clerk change? (The comments on cells and passages go "
                                    "with the report.)"),
                                 {480, 260}});
    if (note)
        returnReport(*note);
}

void ReviewTransitions::approveInteractively()
{
    if (!mayTake(ReviewAction::Approve))
        return;
    const std::optional<QString> note = askText(
        m_dialogParent, {QStringLiteral("approveDialog"),
                         tr("Approve"),
                         tr("Approve this report? It is locked for good afterwards. Note (optional):"),
                         {480, 220}});
    if (!note)
        return;
    // A supervisor with a signing key signs the approval; the key opens only with its passphrase.
    const StoreResult<std::optional<QByteArray>> publicKey =
        KeyDirectory(*m_session->store()).currentKey(m_session->user()->name);
    if (!publicKey) {
        Q_EMIT refused(publicKey.error().message);
        return;
    }
    if (!publicKey.value()) {
        approve(*note);
        return;
    }
    QInputDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("passphraseDialog"));
    dialog.setWindowTitle(tr("Sign the Approval"));
    dialog.setLabelText(
        tr("The passphrase of your signing key %1:").arg(SigningKey::fingerprint(*publicKey.value())));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const std::optional<SigningKey> key = KeyRing::open(*publicKey.value(), dialog.textValue(), &error);
    if (!key) {
        Q_EMIT refused(error);
        return;
    }
    approve(*note, &*key);
}

bool ReviewTransitions::submit(const SubmitRequest &request)
{
    return take([&](ReviewWorkflow &workflow,
                    const User &user) { return workflow.submit(m_reportId, user, request); },
                tr("The report is submitted for review."));
}

bool ReviewTransitions::returnReport(const QString &note)
{
    return take([&](ReviewWorkflow &workflow,
                    const User &user) { return workflow.returnReport(m_reportId, user, note.trimmed()); },
                tr("The report is returned to the clerk for changes."));
}

bool ReviewTransitions::approve(const QString &note, const SigningKey *key)
{
    return take([&](ReviewWorkflow &workflow,
                    const User &user) { return workflow.approve(m_reportId, user, note.trimmed(), key); },
                tr("The report is approved."));
}

bool ReviewTransitions::take(const std::function<StoreResult<int>(ReviewWorkflow &, const User &)> &step,
                             const QString &done)
{
    if (!m_session->store() || !m_session->user() || m_reportId == 0)
        return false;
    ReviewWorkflow workflow(*m_session->store());
    const StoreResult<int> result = step(workflow, *m_session->user());
    if (!result) {
        Q_EMIT refused(result.error().message);
        return false;
    }
    Q_EMIT this->done(done);
    return true;
}

} // namespace nianbao
