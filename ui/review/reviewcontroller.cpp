// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcontroller.h"

#include "commentactions.h"
#include "commentspanel.h"
#include "document/reportdocument.h"
#include "editor/reporteditor.h"
#include "messagesink.h"
#include "review/reviewpolicy.h"
#include "review/reviewworkflow.h"
#include "reviewbanner.h"
#include "reviewdock.h"
#include "reviewoverviewdialog.h"
#include "reviewsession.h"
#include "reviewtransitions.h"
#include "revisiondiffview.h"
#include "signindialog.h"
#include "signingkeydialog.h"
#include "usersdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace nianbao {

ReviewController::ReviewController(QMainWindow *window, QDockWidget *findingsDock)
    : QObject(window)
    , m_window(window)
    , m_findingsDock(findingsDock)
    , m_session(new ReviewSession(this))
    , m_transitions(new ReviewTransitions(m_session, window, this))
    , m_comments(new CommentActions(m_session, window, this))
    , m_dock(new ReviewDock(m_session, window))
    , m_userLabel(new QLabel(window))
{
    setObjectName(QStringLiteral("reviewController"));
    createActions();
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    window->splitDockWidget(findingsDock, m_dock, Qt::Horizontal);
    m_dock->hide();
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    window->statusBar()->addPermanentWidget(m_userLabel);

    connect(m_session, &ReviewSession::userChanged, this, &ReviewController::userChanged);
    connect(m_transitions, &ReviewTransitions::done, this, &ReviewController::transitionDone);
    connect(m_transitions, &ReviewTransitions::refused, this, &ReviewController::refuse);
    connect(m_comments, &CommentActions::problem, this, &ReviewController::refuse);
    connect(m_comments, &CommentActions::commentsWanted, m_dock, &ReviewDock::showComments);
    connect(m_comments, &CommentActions::commentAdded, this, [this] {
        m_dock->comments()->refresh();
        m_dock->showComments();
        say(tr("Comment added."));
    });
    connect(m_dock->comments(), &CommentsPanel::problem, this, &ReviewController::refuse);
    connect(m_dock->comments(), &CommentsPanel::anchorActivated, m_comments, &CommentActions::showAnchor);
    connect(m_dock->comments(), &CommentsPanel::threadsChanged, m_comments, &CommentActions::markThreads);
    connect(m_dock->diffView(), &RevisionDiffView::cellActivated, m_comments, &CommentActions::showCell);
    updateActions();
}

ReviewController::~ReviewController() = default;

void ReviewController::createActions()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Review"));
    menu->setObjectName(QStringLiteral("reviewMenu"));
    const auto add = [menu](const QString &text, const char *name, auto slot, auto *target) {
        QAction *action = menu->addAction(text, target, slot);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    m_submit = add(tr("&Submit for Review…"), "submitAction", &ReviewTransitions::submitInteractively,
                   m_transitions);
    m_return = add(tr("&Return for Changes…"), "returnAction", &ReviewTransitions::returnInteractively,
                   m_transitions);
    m_approve =
        add(tr("&Approve…"), "approveAction", &ReviewTransitions::approveInteractively, m_transitions);
    menu->addSeparator();
    m_diff = add(tr("&Changes Since Last Submission"), "diffAction", &ReviewDock::showChanges, m_dock);
    m_overview = add(tr("Review &Overview…"), "overviewAction", &ReviewController::showOverview, this);
    menu->addSeparator();
    m_users = add(tr("&Users…"), "usersAction", &ReviewController::manageUsers, this);
    menu->addAction(new SigningKeyAction(m_session, m_window, menu));
    m_switchUser = add(tr("S&witch User…"), "switchUserAction", &ReviewController::chooseUser, this);
}

void ReviewController::setStore(ReportStore *store)
{
    detach();
    m_session->setStore(store);
    if (store)
        m_session->signInAsLastUser();
    if (m_overviewDialog)
        m_overviewDialog->close();
}

bool ReviewController::ensureUser()
{
    if (!m_session->user())
        chooseUser();
    return m_session->user().has_value();
}

void ReviewController::chooseUser()
{
    if (!m_session->store())
        return;
    SignInDialog dialog(m_session, m_window);
    dialog.exec();
}

void ReviewController::userChanged()
{
    const std::optional<User> &user = m_session->user();
    m_userLabel->setText(user ? tr("Signed in: %1 (%2)").arg(user->name, userRoleLabel(user->role))
                              : QString());
    updateActions();
    if (m_overviewDialog)
        m_overviewDialog->refresh();
    // The mode (who may edit, who may comment) follows the user: load the report again.
    if (m_reportId != 0)
        Q_EMIT reportChanged(m_reportId);
}

void ReviewController::attach(ReportEditor *editor, ReportDocument *document, qint64 reportId)
{
    detach();
    if (!m_session->store())
        return;
    const StoreResult<StoredReport> stored = m_session->store()->loadReport(reportId);
    if (!stored)
        return;
    m_document = document;
    m_reportId = reportId;
    m_status = stored->status;

    const std::optional<User> &user = m_session->user();
    // Nobody signed in edits only a personal database (one without users); see Identity.
    const StoreResult<Identity> identity = m_session->identity();
    const std::optional<QString> refusal =
        user        ? ReviewPolicy::editRefusal(*user, document->report().meta.agencyName, stored->status)
        : !identity ? std::optional<QString>(identity.error().message)
                    : ReviewPolicy::lockReason(stored->status);
    document->setReadOnly(refusal.has_value(), refusal.value_or(QString()));

    m_transitions->setReport(reportId, document, m_status);
    m_banner = new ReviewBanner(document, {m_submit, m_return, m_approve, m_diff});
    m_banner->setStatus(stored->status);
    editor->setBanner(m_banner);
    m_comments->attach(editor, document, reportId);
    m_dock->setReport(reportId, &document->format(),
                      m_session->isSupervisor() && stored->status == ReportStatus::Submitted);
    verifyApproval(stored.value());
    if (!user) {
        m_dock->hide();
    } else if (!m_dock->isVisible()) {
        // Comments need the room to be read; the findings beside them keep the larger share.
        m_dock->show();
        m_window->resizeDocks({m_findingsDock, m_dock}, {3, 2}, Qt::Horizontal);
    }
    updateActions();
}

void ReviewController::detach()
{
    delete m_banner.data();
    m_comments->detach();
    m_transitions->setReport(0, nullptr, std::nullopt);
    m_document = nullptr;
    m_reportId = 0;
    m_status.reset();
    m_dock->setReport(0, nullptr, false);
    updateActions();
}

void ReviewController::transitionDone(const QString &message)
{
    say(message);
    if (m_overviewDialog)
        m_overviewDialog->refresh();
    Q_EMIT reportChanged(m_reportId);
}

void ReviewController::say(const QString &message, bool failure)
{
    m_lastMessage = message;
    Q_EMIT this->message(message, failure);
}

void ReviewController::refuse(const QString &message)
{
    say(message, true);
    MessageSink::instance().warn(m_window, tr("Review"), message);
}

void ReviewController::verifyApproval(const StoredReport &stored)
{
    const QString problem = ReviewWorkflow(*m_session->store()).sealProblem(stored);
    if (problem.isEmpty())
        return;
    m_banner->showBrokenSeal(problem);
    say(problem, true);
}

void ReviewController::showOverview()
{
    if (!m_session->store())
        return;
    if (!m_overviewDialog) {
        m_overviewDialog = new ReviewOverviewDialog(m_session, m_window);
        m_overviewDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_overviewDialog, &ReviewOverviewDialog::openReport, this, &ReviewController::openReport);
    }
    if (m_document)
        m_overviewDialog->showYear(m_document->report().meta.year);
    else
        m_overviewDialog->refresh();
    m_overviewDialog->show();
    m_overviewDialog->raise();
}

void ReviewController::manageUsers()
{
    if (!m_session->isSupervisor())
        return;
    UsersDialog dialog(m_session, m_window);
    dialog.exec();
}

void ReviewController::updateActions()
{
    m_submit->setEnabled(m_transitions->allowed(ReviewAction::Submit));
    m_return->setEnabled(m_transitions->allowed(ReviewAction::Return));
    m_approve->setEnabled(m_transitions->allowed(ReviewAction::Approve));
    m_diff->setEnabled(m_reportId != 0 && m_dock->diffView()->diff().has_value());
    m_overview->setEnabled(m_session->isSupervisor());
    m_users->setEnabled(m_session->isSupervisor());
    m_switchUser->setEnabled(m_session->store() != nullptr);
}

} // namespace nianbao
