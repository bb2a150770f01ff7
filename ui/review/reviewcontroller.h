// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewbanner.h"
#include "reviewoverviewdialog.h"
#include "storage/reportstatus.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;

namespace nianbao {

class CommentActions;
class ReportDocument;
class ReportEditor;
class ReportStore;
class ReviewDock;
class ReviewSession;
class ReviewTransitions;
struct StoredReport;

/**
 * The review in the main window: who is signed in (in the status bar), the 审核 menu (提交审核,
 * 退回修改, 审核通过, 修改对比, 审核总览, 用户, 切换用户), and, on the open report, whether it is
 * read-only for the user, the banner above it and the dock with its comments and changes. The
 * steps themselves are ReviewTransitions', the comments CommentActions'; the core decides and its
 * refusals are shown as they come. After a step (or when another user signs in) the window loads
 * the report again (reportChanged), so the editor always shows what the store holds.
 */
class ReviewController : public QObject
{
    Q_OBJECT
public:
    /// Puts the menu into window, and the review dock into its bottom area beside findingsDock.
    ReviewController(QMainWindow *window, QDockWidget *findingsDock);
    ~ReviewController() override;

    ReviewSession *session() const { return m_session; }
    /// The store of the newly opened database; signs in as the last user when it knows them.
    void setStore(ReportStore *store);
    /// Asks who you are when nobody is signed in (on a database without users: the first user, who
    /// becomes the supervisor). False when nobody signed in.
    bool ensureUser();
    /// Lets another user sign in.
    void chooseUser();

    /// Puts the open report under review: read-only unless the user may edit it, banner, comments,
    /// menus. The editor and document stay the window's.
    void attach(ReportEditor *editor, ReportDocument *document, qint64 reportId);
    void detach();
    qint64 reportId() const { return m_reportId; }
    std::optional<ReportStatus> status() const { return m_status; }

    void showOverview();
    void manageUsers();

    ReviewTransitions *transitions() const { return m_transitions; }
    CommentActions *comments() const { return m_comments; }
    ReviewDock *dock() const { return m_dock; }
    /// The banner over the open report (nullptr when none is open).
    ReviewBanner *banner() const { return m_banner.data(); }
    ReviewOverviewDialog *overview() const { return m_overviewDialog.data(); }
    QAction *submitAction() const { return m_submit; }
    QAction *returnAction() const { return m_return; }
    QAction *approveAction() const { return m_approve; }
    QAction *diffAction() const { return m_diff; }
    QAction *overviewAction() const { return m_overview; }
    QAction *usersAction() const { return m_users; }
    QAction *switchUserAction() const { return m_switchUser; }
    /// What the review last said (done, refused, a broken seal).
    const QString &lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    /// The report's status changed, or the user did: the window loads it again.
    void reportChanged(qint64 reportId);
    /// The overview asks to open a report.
    void openReport(qint64 reportId);
    /// A short message for the status bar; a refusal or failure (failure) stays there until the next one.
    void message(const QString &text, bool failure);

private:
    void createActions();
    void updateActions();
    void userChanged();
    void transitionDone(const QString &message);
    void verifyApproval(const StoredReport &stored);
    void say(const QString &message, bool failure = false);
    /// Shows a refusal or failure in a message and the status bar.
    void refuse(const QString &message);

    QMainWindow *m_window;
    QDockWidget *m_findingsDock;
    ReviewSession *m_session;
    ReviewTransitions *m_transitions;
    CommentActions *m_comments;
    ReviewDock *m_dock;
    QLabel *m_userLabel;
    QAction *m_submit = nullptr;
    QAction *m_return = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_diff = nullptr;
    QAction *m_overview = nullptr;
    QAction *m_users = nullptr;
    QAction *m_switchUser = nullptr;
    QPointer<ReviewOverviewDialog> m_overviewDialog;
    QPointer<ReportDocument> m_document;
    QPointer<ReviewBanner> m_banner;
    qint64 m_reportId = 0;
    std::optional<ReportStatus> m_status;
    QString m_lastMessage;
};

} // namespace nianbao
