// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/comment.h"
#include "review/reviewworkflow.h"

#include <QLabel>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace nianbao {

class CommentMarks;
class CommentsPanel;
class ReportDocument;
class ReportEditor;
class ReviewOverviewDialog;
class ReviewSession;
class RevisionDiffView;
class TableFormView;

/**
 * The review in the main window: who is signed in, the 审核 menu (提交审核, 退回修改, 审核通过,
 * 修改对比, 审核总览, 用户, 切换用户), the dock with the comments and the revision diff, and, on the
 * open report, the status bar above the editor, the read-only lock, the comment marks and the
 * context menus to comment on a cell, a table, a part or a passage. Every action goes to the core
 * (ReviewWorkflow, CommentStore, UserDirectory) with the signed-in user; the core's refusals are
 * shown as they come. After a transition the window reloads the report (reportChanged), so the
 * editor always shows what the store holds, locked or not.
 */
class ReviewController : public QObject
{
    Q_OBJECT
public:
    explicit ReviewController(QMainWindow *window);
    ~ReviewController() override;

    ReviewSession *session() const { return m_session; }
    /// The store of the newly opened database; signs in as the last user when it knows them.
    void setStore(ReportStore *store);
    /// Asks who you are when nobody is signed in (on a database without users: the first user, who
    /// becomes the supervisor). False when nobody signed in.
    bool ensureUser();
    /// Lets another user sign in.
    void chooseUser();

    /// Puts the open report under review control: read-only unless the user may edit it, marks,
    /// banner, menus. The editor and document stay the window's.
    void attach(ReportEditor *editor, ReportDocument *document, qint64 reportId);
    void detach();
    qint64 reportId() const { return m_reportId; }
    std::optional<ReportStatus> status() const { return m_status; }

    /// The actions without dialogs (tests, and the dialogs' last step). False and lastMessage() when refused.
    bool submit(const SubmitRequest &request);
    bool returnReport(const QString &note);
    bool approve(const QString &note = {});
    bool addComment(const CommentAnchor &anchor, const QString &text);

    /// The actions with their dialogs.
    void submitInteractively();
    void returnInteractively();
    void approveInteractively();
    void commentOnCell(int cell);
    void commentOnTable(int table);
    void commentOnPart(int editorPart);
    /// Comments on the text selected in the part's editor.
    void commentOnPassage(int editorPart);
    void showOverview();
    void showDiff();
    void manageUsers();

    /// The context menu of a table's cell at a viewport position (review entries only when allowed).
    std::unique_ptr<QMenu> cellMenu(TableFormView *view, const QPoint &position);

    QAction *submitAction() const { return m_submit; }
    QAction *returnAction() const { return m_return; }
    QAction *approveAction() const { return m_approve; }
    QAction *diffAction() const { return m_diff; }
    QAction *overviewAction() const { return m_overview; }
    QAction *usersAction() const { return m_users; }
    QAction *switchUserAction() const { return m_switchUser; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    RevisionDiffView *diffView() const { return m_diffView; }
    QDockWidget *dock() const { return m_dock; }
    CommentMarks *commentMarks() const;
    ReviewOverviewDialog *overview() const;
    /// The red warning over an approved report whose content no longer matches its approval.
    QLabel *tamperBanner() const { return m_tamper.data(); }
    QLabel *statusBanner() const { return m_statusLabel.data(); }
    const QString &lastMessage() const { return m_lastMessage; }

protected:
    /// Says why, when someone types into a locked report (the views ignore keys on read-only cells).
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// The report's status changed, or the user did: the window loads it again.
    void reportChanged(qint64 reportId);
    /// The overview asks to open a report.
    void openReport(qint64 reportId);
    /// A short message for the status bar.
    void message(const QString &text);

private:
    void createActions();
    void updateActions();
    void userChanged();
    void buildBanner();
    void connectContextMenus();
    void narrativeMenu(int editorPart, const QPoint &position);
    void verifyApproval();
    void loadDiff();
    void showAnchor(const CommentAnchor &anchor);
    bool canComment() const;
    bool transitionDone(const StoreResult<int> &result, const QString &done);
    /// Shows a refusal or failure in a message box and the status bar; returns false.
    bool refuse(const QString &message);
    QString askText(const QString &title, const QString &label, const QString &objectName);

    QMainWindow *m_window;
    ReviewSession *m_session;
    QAction *m_submit = nullptr;
    QAction *m_return = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_diff = nullptr;
    QAction *m_overview = nullptr;
    QAction *m_users = nullptr;
    QAction *m_switchUser = nullptr;
    QDockWidget *m_dock;
    QTabWidget *m_tabs;
    CommentsPanel *m_comments;
    RevisionDiffView *m_diffView;
    QLabel *m_userLabel;
    QPointer<ReviewOverviewDialog> m_overviewDialog;

    QPointer<ReportEditor> m_editor;
    QPointer<ReportDocument> m_document;
    qint64 m_reportId = 0;
    std::optional<ReportStatus> m_status;
    int m_revision = 0;
    QPointer<CommentMarks> m_marks;
    QPointer<QWidget> m_banner;
    QPointer<QLabel> m_statusLabel;
    QPointer<QLabel> m_tamper;
    QList<QMetaObject::Connection> m_connections;
    QList<QPointer<QObject>> m_filtered;
    QString m_lastMessage;
};

} // namespace nianbao
