// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcontroller.h"

#include "commentanchorname.h"
#include "commentmarks.h"
#include "commentspanel.h"
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/metaform.h"
#include "editor/narrativeeditor.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "review/commentstore.h"
#include "review/userdirectory.h"
#include "reviewoverviewdialog.h"
#include "reviewsession.h"
#include "revisiondiffview.h"
#include "signindialog.h"
#include "submitdialog.h"
#include "usersdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace nianbao {

namespace {

constexpr ReportField MetaFields[] = {ReportField::AgencyKind,     ReportField::Title,
                                      ReportField::DocumentNumber, ReportField::Issuer,
                                      ReportField::IssueDate,      ReportField::CopyTo};

QString bulletList(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines.append(QStringLiteral("• ") + finding.message);
    return lines.join(u'\n');
}

} // namespace

ReviewController::ReviewController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_session(new ReviewSession(this))
    , m_dock(new QDockWidget(tr("Review"), window))
    , m_tabs(new QTabWidget(m_dock))
    , m_comments(new CommentsPanel(m_session, m_tabs))
    , m_diffView(new RevisionDiffView(m_tabs))
    , m_userLabel(new QLabel(window))
{
    setObjectName(QStringLiteral("reviewController"));
    createActions();
    m_dock->setObjectName(QStringLiteral("reviewDock"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_comments, tr("Comments"));
    m_tabs->addTab(m_diffView, tr("Changes Since Last Submission"));
    m_dock->setWidget(m_tabs);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    if (auto *findings = window->findChild<QDockWidget *>(QStringLiteral("findingsDock")))
        window->splitDockWidget(findings, m_dock, Qt::Horizontal);
    m_dock->hide();
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    window->statusBar()->addPermanentWidget(m_userLabel);

    connect(m_session, &ReviewSession::userChanged, this, &ReviewController::userChanged);
    connect(m_comments, &CommentsPanel::anchorActivated, this, &ReviewController::showAnchor);
    connect(m_comments, &CommentsPanel::problem, this, &ReviewController::refuse);
    connect(m_comments, &CommentsPanel::threadsChanged, this, [this](const QList<CommentThread> &threads) {
        if (m_marks)
            m_marks->setThreads(threads);
    });
    connect(m_diffView, &RevisionDiffView::cellActivated, this, [this](int cell) {
        if (m_editor)
            m_editor->showLocation(Location::ofCell(cell));
    });
    updateActions();
}

ReviewController::~ReviewController() = default;

CommentMarks *ReviewController::commentMarks() const
{
    return m_marks.data();
}

ReviewOverviewDialog *ReviewController::overview() const
{
    return m_overviewDialog.data();
}

void ReviewController::createActions()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Review"));
    menu->setObjectName(QStringLiteral("reviewMenu"));
    m_submit = menu->addAction(tr("&Submit for Review…"), this, &ReviewController::submitInteractively);
    m_submit->setObjectName(QStringLiteral("submitAction"));
    m_return = menu->addAction(tr("&Return for Changes…"), this, &ReviewController::returnInteractively);
    m_return->setObjectName(QStringLiteral("returnAction"));
    m_approve = menu->addAction(tr("&Approve…"), this, &ReviewController::approveInteractively);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    menu->addSeparator();
    m_diff = menu->addAction(tr("&Changes Since Last Submission"), this, &ReviewController::showDiff);
    m_diff->setObjectName(QStringLiteral("diffAction"));
    m_overview = menu->addAction(tr("Review &Overview…"), this, &ReviewController::showOverview);
    m_overview->setObjectName(QStringLiteral("overviewAction"));
    menu->addSeparator();
    m_users = menu->addAction(tr("&Users…"), this, &ReviewController::manageUsers);
    m_users->setObjectName(QStringLiteral("usersAction"));
    m_switchUser = menu->addAction(tr("S&witch User…"), this, &ReviewController::chooseUser);
    m_switchUser->setObjectName(QStringLiteral("switchUserAction"));
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
    if (m_session->user())
        return true;
    if (!m_session->store())
        return false;
    SignInDialog dialog(m_session, m_window);
    return dialog.exec() == QDialog::Accepted && m_session->user();
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
    ReportStore *store = m_session->store();
    if (!store)
        return;
    const StoreResult<StoredReport> stored = store->loadReport(reportId);
    if (!stored)
        return;
    m_editor = editor;
    m_document = document;
    m_reportId = reportId;
    m_status = stored->status;
    m_revision = stored->revision;

    const QString agency = document->report().meta.agencyName;
    const std::optional<User> &user = m_session->user();
    // Nobody signed in edits only a personal database (one without users); see Identity.
    const StoreResult<Identity> identity = m_session->identity();
    const std::optional<QString> refusal = user ? ReviewPolicy::editRefusal(*user, agency, stored->status)
                                           : !identity ? std::optional<QString>(identity.error().message)
                                                       : ReviewPolicy::lockReason(stored->status);
    document->setReadOnlyReason(refusal.value_or(QString()));
    document->setReadOnly(refusal.has_value());
    if (refusal) {
        if (MetaForm *meta = editor->metaForm()) {
            for (const ReportField field : MetaFields) {
                if (QLineEdit *edit = meta->lineEdit(field))
                    edit->setReadOnly(true);
            }
            if (auto *kind = meta->findChild<QComboBox *>(QStringLiteral("agencyKindCombo")))
                kind->setEnabled(false);
        }
    }

    buildBanner();
    m_marks = new CommentMarks(editor, editor);
    connectContextMenus();
    m_comments->setReport(reportId, &document->format());
    loadDiff();
    verifyApproval();
    if (!user) {
        m_dock->hide();
    } else if (!m_dock->isVisible()) {
        // Comments need the room to be read; the findings beside them keep the larger share.
        m_dock->show();
        if (auto *findings = m_window->findChild<QDockWidget *>(QStringLiteral("findingsDock")))
            m_window->resizeDocks({findings, m_dock}, {3, 2}, Qt::Horizontal);
    }
    updateActions();
}

void ReviewController::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    for (const QPointer<QObject> &object : std::as_const(m_filtered)) {
        if (object)
            object->removeEventFilter(this);
    }
    m_filtered.clear();
    delete m_marks.data();
    delete m_banner.data();
    m_editor = nullptr;
    m_document = nullptr;
    m_reportId = 0;
    m_status.reset();
    m_revision = 0;
    m_comments->setReport(0, nullptr);
    m_diffView->setDiff(std::nullopt);
    updateActions();
}

void ReviewController::buildBanner()
{
    // The banner sits above the editor's panes: the status and why the report is locked, the
    // actions the user may take now, and, loud and red, a broken approval seal.
    auto *banner = new QWidget(m_editor);
    banner->setObjectName(QStringLiteral("reviewBanner"));
    auto *statusLabel = new QLabel(banner);
    statusLabel->setObjectName(QStringLiteral("reviewStatusLabel"));
    statusLabel->setWordWrap(true);
    QString text = tr("Status: %1 (revision %2)").arg(reportStatusLabel(*m_status)).arg(m_revision);
    if (m_document->isReadOnly())
        text += QStringLiteral(" — ") + tr("read-only: %1").arg(m_document->readOnlyReason());
    statusLabel->setText(text);
    auto *tamper = new QLabel(banner);
    tamper->setObjectName(QStringLiteral("tamperBanner"));
    tamper->setWordWrap(true);
    tamper->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; "
                                         "padding: 8px; border-radius: 3px; }"));
    tamper->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(statusLabel, 1);
    for (QAction *action : {m_submit, m_return, m_approve, m_diff}) {
        auto *button = new QToolButton(banner);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        row->addWidget(button);
    }
    auto *layout = new QVBoxLayout(banner);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(tamper);
    layout->addLayout(row);
    const QString background =
        m_document->isReadOnly() ? QStringLiteral("#eef2f8") : QStringLiteral("#f4f7f0");
    banner->setStyleSheet(
        QStringLiteral("#reviewBanner { background: %1; border-bottom: 1px solid #c8ccd2; }")
            .arg(background));
    banner->setAttribute(Qt::WA_StyledBackground);
    banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    if (auto *editorLayout = qobject_cast<QVBoxLayout *>(m_editor->layout()))
        editorLayout->insertWidget(0, banner);
    banner->show();
    m_banner = banner;
    m_statusLabel = statusLabel;
    m_tamper = tamper;
}

void ReviewController::connectContextMenus()
{
    const Format &format = m_document->format();
    for (int table = 0; table < format.tables().size(); ++table) {
        TableFormView *view = m_editor->tableView(table);
        if (!view)
            continue;
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        if (m_document->isReadOnly()) {
            view->installEventFilter(this);
            view->viewport()->installEventFilter(this);
            m_filtered.append({view, view->viewport()});
        }
        m_connections.append(
            connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
                const std::unique_ptr<QMenu> menu = cellMenu(view, at);
                if (!menu->isEmpty())
                    menu->exec(view->viewport()->mapToGlobal(at));
            }));
    }
    for (const int part : {int(Location::PreamblePart), 1, 2, 3, 4, 5, 6}) {
        NarrativeEditor *narrative = m_editor->narrativeEditor(part);
        if (!narrative)
            continue;
        QPlainTextEdit *edit = narrative->textEdit();
        edit->setContextMenuPolicy(Qt::CustomContextMenu);
        if (m_document->isReadOnly()) {
            edit->installEventFilter(this);
            m_filtered.append(edit);
        }
        m_connections.append(connect(edit, &QWidget::customContextMenuRequested, this,
                                     [this, part](const QPoint &at) { narrativeMenu(part, at); }));
    }
}

std::unique_ptr<QMenu> ReviewController::cellMenu(TableFormView *view, const QPoint &position)
{
    auto menu = std::make_unique<QMenu>();
    menu->setObjectName(QStringLiteral("cellReviewMenu"));
    const ReportTableModel *source = view->formModel()->source();
    const QModelIndex index = view->formModel()->mapToSource(view->indexAt(position));
    const int cell = index.isValid() ? source->cellAt(index) : -1;
    const int table = source->tableIndex();
    if (canComment()) {
        if (cell >= 0)
            menu->addAction(tr("Comment on This Cell…"), this, [this, cell] { commentOnCell(cell); })
                ->setObjectName(QStringLiteral("commentCellAction"));
        menu->addAction(tr("Comment on This Table…"), this, [this, table] { commentOnTable(table); })
            ->setObjectName(QStringLiteral("commentTableAction"));
        menu->addAction(tr("Comment on This Part…"), this,
                        [this, table] { commentOnPart(m_document->format().table(table).part); })
            ->setObjectName(QStringLiteral("commentPartAction"));
    }
    if (cell >= 0 && m_marks && !m_marks->threadsOfCell(cell).isEmpty()) {
        menu->addAction(tr("Show the Comments on This Cell"), this, [this] {
            m_dock->show();
            m_tabs->setCurrentWidget(m_comments);
        });
    }
    return menu;
}

bool ReviewController::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_document || !m_document->isReadOnly())
        return QObject::eventFilter(watched, event);
    bool editing = false;
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool shortcut = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
        const bool isText = qobject_cast<QPlainTextEdit *>(watched) != nullptr;
        editing = (!shortcut && !key->text().trimmed().isEmpty()) ||
                  (isText && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace ||
                              key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter));
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        editing = qobject_cast<TableFormView *>(watched->parent()) != nullptr;
    }
    if (editing)
        Q_EMIT m_document->editRefused(m_document->readOnlyReason());
    return QObject::eventFilter(watched, event);
}

void ReviewController::narrativeMenu(int editorPart, const QPoint &position)
{
    QPlainTextEdit *edit = m_editor->narrativeEditor(editorPart)->textEdit();
    std::unique_ptr<QMenu> menu(edit->createStandardContextMenu(position));
    if (canComment()) {
        menu->addSeparator();
        QAction *passage = menu->addAction(tr("Comment on the Selected Text…"), this,
                                           [this, editorPart] { commentOnPassage(editorPart); });
        passage->setEnabled(edit->textCursor().hasSelection());
        menu->addAction(tr("Comment on This Part…"), this, [this, editorPart] { commentOnPart(editorPart); });
    }
    menu->exec(edit->viewport()->mapToGlobal(position));
}

bool ReviewController::canComment() const
{
    const std::optional<User> &user = m_session->user();
    return m_reportId != 0 && user && user->isSupervisor();
}

QString ReviewController::askText(const QString &title, const QString &label, const QString &objectName)
{
    QInputDialog dialog(m_window);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.resize(480, 260);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

bool ReviewController::addComment(const CommentAnchor &anchor, const QString &text)
{
    if (!m_session->store() || !m_session->user() || m_reportId == 0)
        return false;
    if (text.trimmed().isEmpty())
        return refuse(tr("Write the comment first."));
    CommentStore comments(*m_session->store());
    const StoreResult<Comment> added =
        comments.addComment(m_reportId, anchor, text.trimmed(), *m_session->user());
    if (!added)
        return refuse(added.error().message);
    m_comments->refresh();
    m_dock->show();
    m_tabs->setCurrentWidget(m_comments);
    Q_EMIT message(tr("Comment added."));
    return true;
}

void ReviewController::commentOnCell(int cell)
{
    if (!m_document)
        return;
    const Format &format = m_document->format();
    const QString text = askText(tr("Comment on a Cell"), tr("Comment on %1:").arg(format.cellName(cell)),
                                 QStringLiteral("commentDialog"));
    if (!text.isEmpty())
        addComment(CommentAnchor::ofCell(format.cellId(cell)), text);
}

void ReviewController::commentOnTable(int table)
{
    if (!m_document)
        return;
    const CommentAnchor anchor = CommentAnchor::ofTable(m_document->format().table(table).id);
    const QString text =
        askText(tr("Comment on a Table"),
                tr("Comment on %1:").arg(CommentAnchorName::of(anchor, m_document->format())),
                QStringLiteral("commentDialog"));
    if (!text.isEmpty())
        addComment(anchor, text);
}

void ReviewController::commentOnPart(int editorPart)
{
    if (!m_document)
        return;
    const CommentAnchor anchor = CommentAnchor::ofPart(CommentAnchorName::storePart(editorPart));
    const QString text =
        askText(tr("Comment on a Part"),
                tr("Comment on %1:").arg(CommentAnchorName::of(anchor, m_document->format())),
                QStringLiteral("commentDialog"));
    if (!text.isEmpty())
        addComment(anchor, text);
}

void ReviewController::commentOnPassage(int editorPart)
{
    if (!m_editor)
        return;
    const QTextCursor cursor = m_editor->narrativeEditor(editorPart)->textEdit()->textCursor();
    if (!cursor.hasSelection()) {
        refuse(tr("Select the passage to comment on first."));
        return;
    }
    const CommentAnchor anchor =
        CommentAnchor::ofPassage(CommentAnchorName::storePart(editorPart), m_document->narrative(editorPart),
                                 cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart());
    const QString text =
        askText(tr("Comment on a Passage"),
                tr("Comment on %1:").arg(CommentAnchorName::of(anchor, m_document->format())),
                QStringLiteral("commentDialog"));
    if (!text.isEmpty())
        addComment(anchor, text);
}

void ReviewController::submitInteractively()
{
    ReportStore *store = m_session->store();
    if (!store || !m_session->user() || !m_document)
        return;
    ReviewWorkflow workflow(*store);
    const StoreResult<ReviewCheck> check =
        workflow.check(m_reportId, ReviewAction::Submit, *m_session->user());
    if (!check) {
        refuse(check.error().message);
        return;
    }
    if (check->refusal) {
        refuse(*check->refusal);
        return;
    }
    if (!check->errors.isEmpty()) {
        refuse(tr("The report has %n error(s) and cannot be submitted until they are corrected:", nullptr,
                  int(check->errors.size())) +
               u'\n' + bulletList(check->errors));
        return;
    }
    CommentStore comments(*store);
    const StoreResult<QList<CommentThread>> unresolved = comments.unresolved(m_reportId);
    SubmitDialog dialog(m_document->format(), check.value(),
                        unresolved ? unresolved.value() : QList<CommentThread>(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        submit(dialog.request());
}

void ReviewController::returnInteractively()
{
    if (!m_session->user() || m_reportId == 0)
        return;
    if (const std::optional<QString> refusal = ReviewPolicy::refusal(
            ReviewAction::Return, *m_session->user(), m_document->report().meta.agencyName,
            m_status.value_or(ReportStatus::Draft))) {
        refuse(*refusal);
        return;
    }
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("returnDialog"));
    dialog.setWindowTitle(tr("Return for Changes"));
    dialog.setLabelText(tr("What should the clerk change? (The comments on cells and passages go with the "
                           "report.)"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.resize(480, 260);
    if (dialog.exec() == QDialog::Accepted)
        returnReport(dialog.textValue());
}

void ReviewController::approveInteractively()
{
    if (!m_session->user() || m_reportId == 0)
        return;
    if (const std::optional<QString> refusal = ReviewPolicy::refusal(
            ReviewAction::Approve, *m_session->user(), m_document->report().meta.agencyName,
            m_status.value_or(ReportStatus::Draft))) {
        refuse(*refusal);
        return;
    }
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("approveDialog"));
    dialog.setWindowTitle(tr("Approve"));
    dialog.setLabelText(tr("Approve this report? It is locked for good afterwards. Note (optional):"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.resize(480, 220);
    if (dialog.exec() == QDialog::Accepted)
        approve(dialog.textValue());
}

bool ReviewController::submit(const SubmitRequest &request)
{
    if (!m_session->store() || !m_session->user() || m_reportId == 0)
        return false;
    ReviewWorkflow workflow(*m_session->store());
    return transitionDone(workflow.submit(m_reportId, *m_session->user(), request),
                          tr("The report is submitted for review."));
}

bool ReviewController::returnReport(const QString &note)
{
    if (!m_session->store() || !m_session->user() || m_reportId == 0)
        return false;
    ReviewWorkflow workflow(*m_session->store());
    return transitionDone(workflow.returnReport(m_reportId, *m_session->user(), note.trimmed()),
                          tr("The report is returned to the clerk for changes."));
}

bool ReviewController::approve(const QString &note)
{
    if (!m_session->store() || !m_session->user() || m_reportId == 0)
        return false;
    ReviewWorkflow workflow(*m_session->store());
    return transitionDone(workflow.approve(m_reportId, *m_session->user(), note.trimmed()),
                          tr("The report is approved."));
}

bool ReviewController::transitionDone(const StoreResult<int> &result, const QString &done)
{
    if (!result)
        return refuse(result.error().message);
    m_lastMessage = done;
    Q_EMIT message(done);
    if (m_overviewDialog)
        m_overviewDialog->refresh();
    Q_EMIT reportChanged(m_reportId);
    return true;
}

bool ReviewController::refuse(const QString &message)
{
    m_lastMessage = message;
    Q_EMIT this->message(message);
    QMessageBox box(QMessageBox::Warning, tr("Review"), message, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("reviewMessage"));
    box.exec();
    return false;
}

void ReviewController::loadDiff()
{
    ReviewWorkflow workflow(*m_session->store());
    const StoreResult<std::optional<RevisionDiff>> diff = workflow.changesSincePreviousSubmission(m_reportId);
    m_diffView->setDiff(diff ? diff.value() : std::nullopt);
    // A resubmitted report opens on what changed, for the supervisor who reviews it.
    const bool changed = diff && diff.value() && !diff.value()->isEmpty();
    if (changed && m_session->isSupervisor() && m_status == ReportStatus::Submitted)
        m_tabs->setCurrentWidget(m_diffView);
    else
        m_tabs->setCurrentWidget(m_comments);
}

void ReviewController::verifyApproval()
{
    if (m_status != ReportStatus::Approved)
        return;
    ReviewWorkflow workflow(*m_session->store());
    const StoreResult<ApprovalCheck> check = workflow.verifyApproval(m_reportId);
    const QString problem = !check ? check.error().message : check->problem();
    if (problem.isEmpty())
        return;
    m_tamper->setText(QStringLiteral("⚠ ") + problem);
    m_tamper->show();
    m_lastMessage = problem;
    Q_EMIT message(problem);
}

void ReviewController::showDiff()
{
    if (m_reportId == 0)
        return;
    m_dock->show();
    m_tabs->setCurrentWidget(m_diffView);
}

void ReviewController::showAnchor(const CommentAnchor &anchor)
{
    if (!m_editor)
        return;
    const Format &format = m_document->format();
    switch (anchor.kind) {
    case CommentAnchor::Kind::Report:
        return;
    case CommentAnchor::Kind::Cell:
        if (const int cell = format.cellIndex(anchor.target); cell >= 0)
            m_editor->showLocation(Location::ofCell(cell));
        return;
    case CommentAnchor::Kind::Table:
        if (const int table = format.tableIndex(anchor.target); table >= 0)
            m_editor->showSection(format.table(table).part, table);
        return;
    case CommentAnchor::Kind::Part:
        m_editor->showSection(anchor.part);
        return;
    case CommentAnchor::Kind::Passage: {
        const int part = CommentAnchorName::editorPart(anchor.part);
        const std::optional<int> at = anchor.locate(m_document->narrative(part));
        m_editor->showLocation(
            Location::ofNarrative(part, at.value_or(0), at ? int(anchor.quote.size()) : 0));
        return;
    }
    }
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
    const std::optional<User> &user = m_session->user();
    const bool open = m_reportId != 0 && m_document && m_status;
    const QString agency = open ? m_document->report().meta.agencyName : QString();
    const auto allowed = [&](ReviewAction action) {
        return open && user && !ReviewPolicy::refusal(action, *user, agency, *m_status);
    };
    m_submit->setEnabled(allowed(ReviewAction::Submit));
    m_return->setEnabled(allowed(ReviewAction::Return));
    m_approve->setEnabled(allowed(ReviewAction::Approve));
    m_diff->setEnabled(open && m_diffView->diff().has_value());
    m_overview->setEnabled(user && user->isSupervisor());
    m_users->setEnabled(user && user->isSupervisor());
    m_switchUser->setEnabled(m_session->store() != nullptr);
    // The banner offers only what the user can do now; the menu shows the rest disabled.
    if (m_banner) {
        for (QToolButton *button : m_banner->findChildren<QToolButton *>())
            button->setVisible(button->defaultAction()->isEnabled());
    }
}

} // namespace nianbao
