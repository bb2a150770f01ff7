// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "connectserverdialog.h"
#include "document/countrefresher.h"
#include "document/reportdocument.h"
#include "document/reportlistmodel.h"
#include "document/storebinding.h"
#include "editor/findbar.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "editor/sectionnavigator.h"
#include "editor/tableformview.h"
#include "format.h"
#include "help/helpmenu.h"
#include "import/importpreviewdialog.h"
#include "import/reportimporter.h"
#include "messagesink.h"
#include "newreportdialog.h"
#include "output/reportexport.h"
#include "preview/outputactions.h"
#include "preview/reportpreview.h"
#include "preview/yearexportdialog.h"
#include "review/reportintake.h"
#include "review/reviewcontroller.h"
#include "review/reviewdock.h"
#include "review/reviewnotes.h"
#include "review/reviewpolicy.h"
#include "review/reviewsession.h"
#include "settings.h"
#include "statusmessages.h"
#include "storage/agencydirectory.h"
#include "storage/reportstore.h"
#include "storage/storechanges.h"
#include "windowlayout.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace nianbao {

namespace {

/// The narrowest the report list is made (fitReportList()), in pixels: its columns with a short name.
constexpr int MinimumListWidth = 300;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_right(new QStackedWidget(this))
    , m_welcome(createWelcomePage())
    , m_findingsDock(new QDockWidget(tr("Findings"), this))
    , m_counts(new QLabel(this))
    , m_countProgress(new QProgressBar(this))
    , m_selectionSummary(new QLabel(this))
    , m_status(new StatusMessages(statusBar()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Government Disclosure Annual Report Editor"));
    createActions();
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(createReportList());
    updateWelcome();
    m_right->addWidget(m_welcome);
    m_mainSplitter->addWidget(m_right);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    // The list as narrow as its columns allow (fitReportList()); the rest is the editor's.
    m_mainSplitter->setSizes({MinimumListWidth, 1000});
    setCentralWidget(m_mainSplitter);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    m_review = new ReviewController(this, m_findingsDock);
    // Queued: the action that changed the status may belong to the editor that reloading deletes.
    connect(
        m_review, &ReviewController::reportChanged, this,
        [this](qint64 reportId) {
            refreshReportList();
            openReport(reportId);
        },
        Qt::QueuedConnection);
    connect(m_review, &ReviewController::openReport, this, &MainWindow::openReport);
    connect(m_review, &ReviewController::message, this, [this](const QString &message, bool failure) {
        if (failure)
            m_status->fail(message);
        else
            m_status->inform(message);
    });
    connect(m_review->dock(), &ReviewDock::notesChanged, this, &MainWindow::showReviewNotes);
    m_selectionSummary->setObjectName(QStringLiteral("selectionSummary"));
    statusBar()->addPermanentWidget(m_selectionSummary);
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    statusBar()->addPermanentWidget(m_counts);
    m_countProgress->setObjectName(QStringLiteral("countProgress"));
    m_countProgress->setFormat(tr("Counting findings %v/%m"));
    m_countProgress->setMaximumWidth(260);
    m_countProgress->hide();
    statusBar()->addPermanentWidget(m_countProgress);
    m_status->showIdle(tr("Ready"));
    m_listWidthSet = m_mainSplitter->restoreState(Settings::instance().mainSplitter());
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, [this] { m_listWidthSet = true; });
    createViewMenu();
    // Last, after the review's and the view's menus: 帮助 stays at the right end of the menu bar.
    new HelpMenu(this);
    // Still marked as running from the last start: that one did not end normally.
    m_lastRunCrashed = Settings::instance().running();
    Settings::instance().setRunning(true);
}

void MainWindow::createViewMenu()
{
    m_layout = new WindowLayout(this);
    QWidget *list = m_mainSplitter->widget(0);
    list->setObjectName(QStringLiteral("reportListPanel"));
    m_layout->addPanel({QStringLiteral("reportList"), tr("Report List"),
                        [list](bool shown) { list->setVisible(shown); },
                        [list] { return !list->isHidden(); }});
    m_layout->addPanel({QStringLiteral("navigator"), tr("Section Navigator"),
                        [this](bool shown) {
                            if (m_editor)
                                m_editor->setNavigatorVisible(shown);
                        },
                        [this] { return m_editor && !m_editor->navigator()->isHidden(); }});
    m_layout->addPanel({QStringLiteral("preview"), tr("Preview"),
                        [this](bool shown) {
                            if (m_editor)
                                m_editor->setPreviewVisible(shown);
                        },
                        [this] { return m_editor && !m_editor->preview()->isHidden(); }});
    QAction *previousYear =
        m_layout->addPanel({QStringLiteral("previousYear"), tr("Last Year's Figures"),
                            [this](bool shown) {
                                if (m_editor)
                                    m_editor->setPreviousYearShown(shown);
                            },
                            [this] { return m_editor && m_editor->previousYearShown(); }, false, false});
    previousYear->setToolTip(
        tr("A column beside each table with last year's figures of the column you are in "
           "(every cell's tooltip shows last year's figure too)"));
    m_findingsArea = WindowLayout::makeShrinkable(m_findingsDock);
    WindowLayout::makeShrinkable(m_review->dock());
    m_layout->addDock(m_findingsDock);
    m_layout->addDock(m_review->dock());
    m_layout->setFocusModeHandler([this](bool on) {
        if (m_editor)
            m_editor->setFocusMode(on);
        m_status->inform(on ? tr("Focus mode: only the form. F11 brings the panels back.") : QString());
    });
    m_layout->setSaveHandler([this] {
        Settings &settings = Settings::instance();
        settings.setMainSplitter(m_mainSplitter->saveState());
        if (m_editor)
            settings.setEditorSplitter(m_editor->splitter()->saveState());
    });
    connect(m_mainSplitter, &QSplitter::splitterMoved, m_layout, &WindowLayout::scheduleSave);
    m_layout->menu()->addSeparator();
    QAction *recent =
        m_layout->menu()->addAction(tr("Recent &Messages…"), m_status, &StatusMessages::showRecent);
    recent->setObjectName(QStringLiteral("recentMessagesAction"));
    recent->setToolTip(tr("What the status bar said lately, each message whole"));
    m_layout->placeWindow();
}

MainWindow::~MainWindow()
{
    closeReport();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Report…"), QKeySequence::New, this, &MainWindow::newReport);
    newAction->setObjectName(QStringLiteral("newAction"));
    file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase)
        ->setObjectName(QStringLiteral("openDatabaseAction"));
    file->addAction(tr("&Connect to Server…"), this, &MainWindow::connectToServer)
        ->setObjectName(QStringLiteral("connectServerAction"));
    file->addAction(tr("&Import Published Report…"), this, &MainWindow::chooseImport)
        ->setObjectName(QStringLiteral("importAction"));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportReport);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_reloadAction =
        file->addAction(tr("&Reload Report"), QKeySequence::Refresh, this, &MainWindow::reloadReport);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_output = new OutputActions(this, [this] { return m_document ? &m_document->report() : nullptr; });
    m_output->setApprovalSource([this]() -> std::optional<StoreResult<SealedReport>> {
        if (!m_store || !m_review || m_review->reportId() == 0)
            return std::nullopt;
        StoreResult<SealedReport> sealed = SealedReport::load(*m_store, m_review->reportId());
        // Damaged content is refused whatever the status; a report not approved goes out as open.
        if (sealed && sealed->status != ReportStatus::Approved)
            return std::nullopt;
        return sealed;
    });
    connect(m_output, &OutputActions::done, this,
            [this](const QString &message) { m_status->inform(message); });
    connect(m_output, &OutputActions::failed, this, &MainWindow::showMessage);
    file->addAction(m_output->exportPdfAction());
    file->addAction(m_output->exportDocxAction());
    file->addAction(m_output->exportOdtAction());
    file->addAction(m_output->exportHtmlAction());
    m_exportYearAction =
        file->addAction(tr("Export the &Year's Approved Reports…"), this, &MainWindow::exportYear);
    m_exportYearAction->setObjectName(QStringLiteral("exportYearAction"));
    m_exportYearAction->setEnabled(false);
    file->addSeparator();
    file->addAction(m_output->printPreviewAction());
    file->addAction(m_output->printAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup.createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup.createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Y as in Windows and WPS, and Ctrl+Shift+Z.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_fillDownAction = edit->addAction(tr("Fill &Down"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                                       [this] { fill(Qt::Vertical); });
    m_fillDownAction->setObjectName(QStringLiteral("fillDownAction"));
    m_fillDownAction->setToolTip(
        tr("Copy the first selected value of each column into the selected cells below "
           "it, or the value above into one selected cell (Ctrl+D)."));
    m_fillRightAction = edit->addAction(tr("Fill &Right"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                                        [this] { fill(Qt::Horizontal); });
    m_fillRightAction->setObjectName(QStringLiteral("fillRightAction"));
    m_fillRightAction->setToolTip(
        tr("Copy the first selected value of each row into the selected cells right "
           "of it, or the value on the left into one selected cell (Ctrl+R)."));
    edit->addSeparator();
    // The find bar belongs to the open report's editor.
    const auto onFindBar = [this](const std::function<void(FindBar *)> &call) {
        return [this, call] {
            if (m_editor)
                call(m_editor->findBar());
        };
    };
    m_findAction = edit->addAction(tr("&Find…"), QKeySequence::Find, this,
                                   onFindBar([](FindBar *bar) { bar->open(false); }));
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setToolTip(tr("Find text in every part of the report (Ctrl+F)"));
    m_findNextAction = edit->addAction(tr("Find &Next"), QKeySequence(Qt::Key_F3), this,
                                       onFindBar([](FindBar *bar) { bar->findNext(); }));
    m_findNextAction->setObjectName(QStringLiteral("findNextAction"));
    m_findPreviousAction = edit->addAction(tr("Find &Previous"), QKeySequence(Qt::SHIFT | Qt::Key_F3), this,
                                           onFindBar([](FindBar *bar) { bar->findPrevious(); }));
    m_findPreviousAction->setObjectName(QStringLiteral("findPreviousAction"));
    m_replaceAction = edit->addAction(tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H), this,
                                      onFindBar([](FindBar *bar) { bar->open(true); }));
    m_replaceAction->setObjectName(QStringLiteral("replaceAction"));
    m_replaceAction->setToolTip(tr("Replace text in every part of the report (Ctrl+H)"));
    m_exportAction->setEnabled(false);
    m_reloadAction->setEnabled(false);
    setReportActionsEnabled(false);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("Start the annual report"), page);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_welcomeLabel = new QLabel(page);
    m_welcomeLabel->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcomeLabel->setWordWrap(true);
    auto *create = new QPushButton(tr("New Report…"), page);
    create->setObjectName(QStringLiteral("welcomeNewButton"));
    auto *createHelp =
        new QLabel(tr("Start this year's report. When the agency's report of the year before is "
                      "in the database, its carried-over figures, preamble and signature "
                      "are taken over."),
                   page);
    auto *import = new QPushButton(tr("Import Published Report…"), page);
    import->setObjectName(QStringLiteral("welcomeImportButton"));
    auto *importHelp =
        new QLabel(tr("Read a report that was already published — a Word document, a PDF, a saved web "
                      "page or its text — such as last year's, so that this year's report can carry "
                      "over from it."),
                   page);
    m_welcomeDatabase = new QLabel(page);
    m_welcomeDatabase->setObjectName(QStringLiteral("welcomeDatabase"));
    m_welcomeDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *help : {createHelp, importHelp, m_welcomeDatabase}) {
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
    }
    connect(create, &QPushButton::clicked, this, &MainWindow::newReport);
    connect(import, &QPushButton::clicked, this, &MainWindow::chooseImport);
    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(16);
    choices->setVerticalSpacing(12);
    choices->addWidget(create, 0, 0, Qt::AlignTop);
    choices->addWidget(createHelp, 0, 1);
    choices->addWidget(import, 1, 0, Qt::AlignTop);
    choices->addWidget(importHelp, 1, 1);
    choices->setColumnStretch(1, 1);
    auto *box = new QWidget(page);
    box->setMaximumWidth(620);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setSpacing(14);
    boxLayout->addWidget(title);
    boxLayout->addWidget(m_welcomeLabel);
    boxLayout->addLayout(choices);
    boxLayout->addSpacing(8);
    boxLayout->addWidget(m_welcomeDatabase);
    // Centred, and as wide as its maximum allows: word-wrapped labels would otherwise shrink it.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box, 8);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    return page;
}

void MainWindow::updateWelcome()
{
    const bool empty = m_listModel->rowCount() == 0;
    m_welcomeLabel->setText(empty ? tr("Create a report, or import last year's published report.")
                                  : tr("Choose a report in the list on the left, create a report, or import "
                                       "last year's published report."));
    m_welcomeDatabase->setText(m_store ? tr("Database: %1 — every report is kept in this file, and every "
                                            "edit is stored at once.")
                                             .arg(QDir::toNativeSeparators(m_store->path()))
                                       : QString());
}

QWidget *MainWindow::createReportList()
{
    auto *panel = new QWidget(this);
    m_yearFilter = new QComboBox(panel);
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_statusFilter = new QComboBox(panel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_listModel = new ReportListModel(this);
    m_listFilter = new ReportListFilter(this);
    m_listFilter->setSourceModel(m_listModel);
    m_list = new QTableView(panel);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setModel(m_listFilter);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ReportListModel::YearColumn, Qt::DescendingOrder);
    m_list->verticalHeader()->hide();
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(ReportListModel::AgencyColumn, QHeaderView::Stretch);
    for (int column = ReportListModel::YearColumn; column < ReportListModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A draft is deleted from its row: the context menu, or the Delete key in the list.
    m_deleteDraftAction = new QAction(tr("&Delete Draft…"), m_list);
    m_deleteDraftAction->setObjectName(QStringLiteral("deleteDraftAction"));
    m_deleteDraftAction->setShortcut(QKeySequence::Delete);
    m_deleteDraftAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteDraftAction->setEnabled(false);
    connect(m_deleteDraftAction, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            deleteDraft(rows.first().data(ReportListModel::ReportIdRole).toLongLong());
    });
    m_list->addAction(m_deleteDraftAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDeleteDraftAction();
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const qint64 id = rows.first().data(ReportListModel::ReportIdRole).toLongLong();
        if (id != m_reportId)
            openReport(id);
    });
    connect(m_yearFilter, &QComboBox::activated, this, &MainWindow::applyListFilter);
    connect(m_statusFilter, &QComboBox::activated, this, &MainWindow::applyListFilter);
    updateListFilters();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_yearFilter);
    filters->addWidget(m_statusFilter);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list);
    return panel;
}

bool MainWindow::openDatabase(const QString &path)
{
    const StoreResult<StoreLocation> location = StoreLocation::parse(path);
    if (!location) {
        showMessage(tr("Cannot open the database %1: %2").arg(path, location.error().message));
        return false;
    }
    return openDatabase(location.value());
}

bool MainWindow::openDatabase(const StoreLocation &location)
{
    if (!mayCloseReport())
        return false;
    StoreResult<std::unique_ptr<ReportStore>> opened = ReportStore::open(location);
    if (!opened) {
        showMessage(tr("Cannot open the database %1: %2").arg(location.display(), opened.error().message));
        return false;
    }
    closeReport();
    m_refresher.reset();
    m_changes.reset();
    m_store = std::move(opened.value());
    m_review->setStore(m_store.get());
    m_changes = std::make_unique<StoreChanges>(*m_store);
    connect(m_changes.get(), &StoreChanges::reportsChanged, this, &MainWindow::showOthersChanges);
    m_exportYearAction->setEnabled(true);
    // Never the password: display() leaves it out.
    Settings::instance().setLastDatabase(location.isServer() ? location.display() : location.path);
    refreshReportList();
    return true;
}

void MainWindow::refreshReportList()
{
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        if (const StoreResult<void> listed = m_listModel->setStore(m_store.get()); !listed)
            showMessage(listed.error().message);
        updateListFilters();
    }
    selectInList(m_reportId);
    if (!m_listWidthSet)
        fitReportList();
    updateDeleteDraftAction();
    updateWelcome();
    if (!m_document)
        m_right->setCurrentWidget(m_welcome);
    countStaleReports();
}

void MainWindow::fitReportList()
{
    // As ResizeToContents sizes each column, the agency's (which stretches) included.
    int width = 2 * m_list->frameWidth();
    for (int column = 0; column < ReportListModel::ColumnCount; ++column)
        width += std::max(static_cast<QAbstractItemView *>(m_list)->sizeHintForColumn(column),
                          m_list->horizontalHeader()->sectionSizeHint(column));
    if (m_list->verticalScrollBar()->isVisible())
        width += m_list->verticalScrollBar()->sizeHint().width();
    width = std::clamp(width, MinimumListWidth, std::max(MinimumListWidth, this->width() * 3 / 10));
    const QList<int> sizes = m_mainSplitter->sizes();
    const int whole = sizes.value(0) + sizes.value(1);
    if (sizes.value(0) != width)
        m_mainSplitter->setSizes({width, whole > width ? whole - width : 1000});
}

void MainWindow::showOthersChanges()
{
    refreshReportList();
    if (ReviewOverviewDialog *overview = m_review->overview())
        overview->refresh();
}

void MainWindow::countStaleReports()
{
    if (!m_store || !m_listModel->hasStaleCounts() || (m_refresher && m_refresher->isRunning()))
        return;
    if (!m_refresher) {
        m_refresher = std::make_unique<CountRefresher>(*m_store);
        connect(m_refresher.get(), &CountRefresher::counted, m_listModel, &ReportListModel::setCounts);
        connect(m_refresher.get(), &CountRefresher::progress, this, [this](int done, int total) {
            m_countProgress->setRange(0, total);
            m_countProgress->setValue(done);
            m_countProgress->setVisible(done < total);
        });
        connect(m_refresher.get(), &CountRefresher::finished, m_countProgress, &QWidget::hide);
        connect(m_refresher.get(), &CountRefresher::failed, this, &MainWindow::showMessage);
    }
    if (const StoreResult<int> started = m_refresher->start(); !started)
        showMessage(started.error().message);
}

void MainWindow::updateListFilters()
{
    // Only what occurs is offered; a filter whose value went away falls back to “all”.
    const QVariant year = m_yearFilter->currentData();
    m_yearFilter->clear();
    m_yearFilter->addItem(tr("All years"));
    for (const int y : m_listModel->years())
        m_yearFilter->addItem(QString::number(y), y);
    m_yearFilter->setCurrentIndex(std::max(0, m_yearFilter->findData(year)));
    const QVariant status = m_statusFilter->currentData();
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All statuses"));
    for (const ReportStatus s : m_listModel->statuses())
        m_statusFilter->addItem(reportStatusLabel(s), reportStatusId(s));
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
    applyListFilter();
}

void MainWindow::applyListFilter()
{
    const QVariant year = m_yearFilter->currentData();
    m_listFilter->setYear(year.isValid() ? std::optional(year.toInt()) : std::nullopt);
    const QVariant status = m_statusFilter->currentData();
    m_listFilter->setStatus(status.isValid() ? reportStatusFromId(status.toString()) : std::nullopt);
}

void MainWindow::selectInList(qint64 reportId)
{
    const int row = m_listModel->rowOf(reportId);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_listFilter->mapFromSource(m_listModel->index(row, 0));
    const QSignalBlocker blocker(m_list->selectionModel());
    if (index.isValid())
        m_list->selectRow(index.row());
    else
        m_list->clearSelection();
}

void MainWindow::reloadReport()
{
    // After a conflict the stored report is newer than the open one: show it as stored now, where
    // the clerk was.
    const int section = m_editor ? m_editor->currentSection() : 0;
    if (m_reportId != 0 && openReport(m_reportId)) {
        m_editor->showSection(section);
        refreshReportList();
        m_status->inform(tr("Reloaded the report as it is stored now."));
    }
}

bool MainWindow::openReport(qint64 reportId)
{
    if (!m_store || !mayCloseReport())
        return false;
    StoreResult<StoredReport> stored = m_store->loadReport(reportId);
    if (!stored) {
        showMessage(stored.error().message);
        return false;
    }
    closeReport();
    m_reportId = reportId;
    m_document = std::make_unique<ReportDocument>(stored->report);
    m_document->setPersist(StoreBinding::persist(*m_store, reportId, stored->revision));
    if (const auto previous = m_store->previousReport(reportId); previous && previous.value())
        m_document->setPreviousReport(previous.value()->report);
    m_undoGroup.addStack(m_document->undoStack());
    m_undoGroup.setActiveStack(m_document->undoStack());
    m_editor = new ReportEditor(m_document.get(), m_right);
    if (!m_editor->splitter()->restoreState(Settings::instance().editorSplitter()))
        m_editor->fitTheFormAtFirstLayout();
    m_layout->applyPanels();
    m_editor->setFocusMode(m_layout->inFocusMode());
    connect(m_editor->splitter(), &QSplitter::splitterMoved, m_layout, &WindowLayout::scheduleSave);
    connect(m_editor, &ReportEditor::message, this, [this](const QString &text) { m_status->inform(text); });
    connect(m_editor, &ReportEditor::selectionSummaryChanged, m_selectionSummary, &QLabel::setText);
    connect(m_editor, &ReportEditor::sectionChanged, this, &MainWindow::rememberSession);
    m_right->addWidget(m_editor);
    m_right->setCurrentWidget(m_editor);
    m_findings = new FindingsPanel(m_document.get(), m_findingsArea);
    m_findingsArea->setWidget(m_findings);
    connect(m_findings, &FindingsPanel::locationActivated, m_editor, &ReportEditor::showLocation);
    connect(m_document.get(), &ReportDocument::findingsChanged, this, &MainWindow::updateCounts);
    connect(m_editor, &ReportEditor::problem, m_status, &StatusMessages::fail);
    m_exportAction->setEnabled(true);
    m_reloadAction->setEnabled(true);
    m_output->setEnabled(true);
    setReportActionsEnabled(true);
    m_review->attach(m_editor, m_document.get(), reportId);
    setWindowTitle(tr("%1 — %2 — Government Disclosure Annual Report Editor")
                       .arg(m_document->report().displayTitle(), reportStatusLabel(stored->status)));
    updateCounts();
    selectInList(reportId);
    rememberSession();
    Q_EMIT reportOpened(reportId);
    return true;
}

void MainWindow::rememberSession()
{
    Settings::instance().setLastReport(m_reportId, m_editor ? m_editor->currentSection() : 0);
}

bool MainWindow::restoreSession()
{
    const Settings &settings = Settings::instance();
    const qint64 reportId = settings.lastReport();
    const int section = settings.lastSection();
    if (!m_store || reportId == 0 || m_listModel->rowOf(reportId) < 0 || !openReport(reportId))
        return false;
    m_editor->showSection(section);
    m_status->inform(m_lastRunCrashed
                         ? tr("The program did not end normally last time: the report you were working "
                              "on is open again where you were. Every edit was stored as you made it.")
                         : tr("The report you were working on is open again where you were."),
                     15000);
    return true;
}

void MainWindow::showReviewNotes(const ReviewNotes &notes)
{
    if (ReviewBanner *banner = m_review->banner())
        banner->setNotes(notes);
    if (m_findings && m_document)
        m_findings->model()->setReasons([notes, format = &m_document->format()](const Finding &finding) {
            return notes.reasonTextFor(*format, finding);
        });
}

bool MainWindow::mayCloseReport()
{
    if (!m_document || m_document->heldChanges() == 0 || m_document->storeHeldChanges())
        return true;
    return MessageSink::instance().ask(
        this, windowTitle(),
        tr("%n change(s) of this report are not stored yet: %1\n\nIf you close the report now, they are "
           "lost. Close it anyway?",
           nullptr, m_document->heldChanges())
            .arg(m_document->heldReason()));
}

void MainWindow::closeReport()
{
    if (!m_document)
        return;
    m_review->detach();
    Settings::instance().setEditorSplitter(m_editor->splitter()->saveState());
    m_findingsArea->takeWidget();
    delete m_findings;
    m_findings = nullptr;
    delete m_editor;
    m_editor = nullptr;
    m_undoGroup.removeStack(m_document->undoStack());
    m_document.reset();
    m_reportId = 0;
    m_exportAction->setEnabled(false);
    m_reloadAction->setEnabled(false);
    m_output->setEnabled(false);
    setReportActionsEnabled(false);
    m_counts->clear();
    m_selectionSummary->clear();
}

void MainWindow::updateCounts()
{
    const FindingCounts counts = FindingCounts::of(m_document->findings());
    m_counts->setText(tr("%1 errors, %2 warnings").arg(counts.errors).arg(counts.warnings));
    m_listModel->setCounts(m_reportId, counts);
}

void MainWindow::showMessage(const QString &message)
{
    m_status->fail(message);
    MessageSink::instance().warn(this, windowTitle(), message);
}

bool MainWindow::createReport(const QString &agencyName, const QString &agencyKind, int year)
{
    if (!m_store)
        return false;
    const StoreResult<Identity> identity = m_review->session()->identity();
    if (!identity) {
        showMessage(identity.error().message);
        return false;
    }
    const StoreResult<CreatedReport> created =
        ReportIntake(*m_store, identity.value()).createReport(agencyName, agencyKind, year);
    if (!created) {
        showMessage(created.error().message);
        return false;
    }
    refreshReportList();
    openReport(created->id);
    m_status->inform(created->carried.isEmpty()
                         ? tr("Report created.")
                         : tr("Report created; %n value(s) carried over from last year.", nullptr,
                              int(created->carried.size())),
                     0);
    return true;
}

void MainWindow::updateDeleteDraftAction()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    m_deleteDraftAction->setEnabled(!rows.isEmpty() &&
                                    rows.first().data(ReportListModel::StatusRole).toString() ==
                                        reportStatusId(ReportStatus::Draft));
}

bool MainWindow::deleteDraft(qint64 reportId)
{
    const int row = m_listModel->rowOf(reportId);
    if (!m_store || row < 0)
        return false;
    const ReportSummary report = m_listModel->summary(row);
    const StoreResult<Identity> identity = m_review->session()->identity();
    if (!identity) {
        showMessage(identity.error().message);
        return false;
    }
    if (const std::optional<QString> refused =
            ReviewPolicy::deleteRefusal(identity->user, report.agency, report.status)) {
        showMessage(*refused);
        return false;
    }
    const MessageSink::Message question{
        MessageSink::Message::Kind::Question,
        tr("Delete Draft"),
        tr("Delete the %1 report of %2?\n\nThe draft is deleted with its history (its revisions and "
           "changes); this cannot be undone. No other report is touched.")
            .arg(report.year)
            .arg(report.agency),
        {},
        tr("Delete"),
        tr("Keep")};
    if (!MessageSink::instance().tell(this, question))
        return false;
    const bool open = reportId == m_reportId;
    if (open && !mayCloseReport())
        return false;
    const StoreResult<StoredReport> deleted = ReportIntake(*m_store, identity.value()).deleteDraft(reportId);
    if (!deleted) {
        showMessage(deleted.error().message);
        return false;
    }
    if (open)
        closeReport();
    refreshReportList();
    m_status->inform(tr("Deleted the %1 report of %2.").arg(report.year).arg(report.agency), 0);
    return true;
}

bool MainWindow::importFile(const QString &path)
{
    if (!m_store)
        return false;
    ImportResult source = ReportImporter::read(path);
    if (!source.isReport()) {
        showMessage(notReadMessage(source));
        return false;
    }
    // What was not read completely, or read with a warning, is shown before it is stored, never
    // stored unseen.
    if (source.needsReview())
        return previewImport(std::move(source));
    return storeImported(source.read.report);
}

bool MainWindow::storeImported(const Report &read)
{
    const StoreResult<Identity> identity = m_review->session()->identity();
    if (!identity) {
        showMessage(identity.error().message);
        return false;
    }
    // The agency it is stored under may be one of the list the clerk confirms.
    Report report = read;
    confirmAgency(report.meta.agencyName);
    ReportIntake intake(*m_store, identity.value());
    const StoreResult<StampedCounts> counted = CountRefresher::countFor(*m_store, report);
    const std::optional<StampedCounts> counts = counted ? std::optional(counted.value()) : std::nullopt;
    StoreResult<ImportedReport> imported = intake.importReport(report, false, counts);
    if (!imported && imported.error().code == StoreError::Code::AlreadyExists) {
        if (!MessageSink::instance().ask(
                this, windowTitle(), tr("A report of this agency and year is already stored. Replace it?")))
            return false;
        imported = intake.importReport(report, true, counts);
    }
    if (!imported) {
        showMessage(imported.error().message);
        return false;
    }
    refreshReportList();
    return openReport(imported->id);
}

QString MainWindow::notReadMessage(const ImportResult &result)
{
    QString message = tr("%1 cannot be read as an annual report.").arg(result.path);
    for (const Diagnostic &diagnostic : result.read.diagnostics)
        message += u'\n' + diagnostic.message;
    return message;
}

bool MainWindow::previewImport(ImportResult result)
{
    ImportPreviewDialog dialog(std::move(result), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return storeImported(dialog.report());
}

void MainWindow::importFiles(const QStringList &paths)
{
    // Read them all first, with progress: the complete ones are stored at once, the others (not read
    // completely, or read with a warning) shown one by one so that nothing is stored unseen.
    QProgressDialog progress(tr("Reading the reports…"), tr("Cancel"), 0, int(paths.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QList<ImportResult> incomplete;
    QStringList notReports;
    int stored = 0;
    qsizetype read = 0;
    for (; read < paths.size() && !progress.wasCanceled(); ++read) {
        progress.setLabelText(tr("Reading %1 (%2 of %3)…")
                                  .arg(QFileInfo(paths[read]).fileName())
                                  .arg(read + 1)
                                  .arg(paths.size()));
        progress.setValue(int(read));
        ImportResult result = ReportImporter::read(paths[read]);
        if (!result.isReport())
            notReports.append(notReadMessage(result));
        else if (result.needsReview())
            incomplete.append(std::move(result));
        else
            stored += storeImported(result.read.report);
    }
    progress.setValue(int(paths.size()));
    // The files Cancel left unread are not imported either, and the clerk is told which: the status
    // bar's count alone would pass them over in silence.
    QStringList notImported = std::move(notReports);
    for (const QString &path : paths.sliced(read))
        notImported.append(tr("%1 was not read: the reading was cancelled.").arg(path));
    for (ImportResult &result : incomplete)
        stored += previewImport(std::move(result));
    const QString imported = tr("%n report(s) imported.", nullptr, stored);
    // Said with its weight: when every file was imported nothing went wrong, and a warning box would
    // say otherwise; like the import of one file, no box, the status bar says how many. (A preview
    // the clerk cancelled or a replacement declined was the clerk's choice; a file that could not be
    // stored had its own warning.) A file that is no report or was not read, or nothing imported, is a
    // warning.
    if (notImported.isEmpty() && stored > 0) {
        m_status->inform(imported, 0);
        return;
    }
    showMessage(notImported.isEmpty()
                    ? imported
                    : imported + u'\n' + tr("Not imported:") + u'\n' + notImported.join(u'\n'));
}

void MainWindow::confirmAgency(QString &name)
{
    const StoreResult<AgencyMatch> meant = AgencyDirectory(m_store->connection()).match(name);
    if (!meant || meant->kind != AgencyMatchKind::Unsure)
        return;
    const QString likely = meant->candidates.constFirst().name;
    if (MessageSink::instance().ask(
            this, windowTitle(),
            tr("The report names its agency %1, which may be %2 of the list of agencies. "
               "Store it as the report of %2? (No: as the report of a new agency %1.)")
                .arg(name.trimmed(), likely)))
        name = likely;
}

void MainWindow::newReport()
{
    if (!m_store && !openDatabase(ReportStore::defaultPath()))
        return;
    // A clerk finds their own agencies first in the list.
    const std::optional<User> &user = m_review->session()->user();
    NewReportDialog dialog(m_store.get(), this, user ? user->agencies : QStringList());
    if (dialog.exec() == QDialog::Accepted)
        createReport(dialog.agencyName(), dialog.agencyKind(), dialog.year());
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open Database"), Settings::instance().lastDatabase(), tr("Nianbao databases (*.sqlite)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && openDatabase(path))
        m_review->ensureUser();
}

void MainWindow::connectToServer()
{
    ConnectServerDialog dialog(Settings::instance().lastDatabase(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (openDatabase(dialog.location())) {
            m_review->ensureUser();
            return;
        }
    }
}

void MainWindow::chooseImport()
{
    if (!m_store && !openDatabase(ReportStore::defaultPath()))
        return;
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import Published Report"), {}, ReportImporter::fileFilter());
    if (paths.size() > 1) {
        importFiles(paths);
        return;
    }
    if (paths.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ImportResult result = ReportImporter::read(paths.first());
    QGuiApplication::restoreOverrideCursor();
    if (!result.isReport()) {
        showMessage(notReadMessage(result));
        return;
    }
    previewImport(std::move(result));
}

void MainWindow::exportReport()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), m_document->report().displayTitle() + QStringLiteral(".txt"),
        tr("Report text (*.txt)"));
    if (!path.isEmpty())
        exportText(path);
}

bool MainWindow::exportText(const QString &path)
{
    if (!m_document)
        return false;
    QString error;
    if (!ReportExport::write(m_document->report(), ReportExport::Form::Text, path, &error)) {
        showMessage(error);
        return false;
    }
    m_status->inform(tr("Exported to %1.").arg(path), 0);
    return true;
}

void MainWindow::exportYear()
{
    if (!m_store)
        return;
    const QList<int> years = m_listModel->years();
    const int year = m_document ? m_document->report().meta.year
                                : (years.isEmpty() ? QDate::currentDate().year() - 1
                                                   : *std::max_element(years.cbegin(), years.cend()));
    YearExportDialog dialog(*m_store, year, this);
    dialog.exec();
}

void MainWindow::setReportActionsEnabled(bool enabled)
{
    for (QAction *action : {m_findAction, m_findNextAction, m_findPreviousAction, m_replaceAction,
                            m_fillDownAction, m_fillRightAction})
        action->setEnabled(enabled);
}

void MainWindow::fill(Qt::Orientation direction)
{
    TableFormView *view = m_editor ? m_editor->focusedTable() : nullptr;
    if (!view) {
        m_status->inform(tr("Select the cells of a table to fill first."));
        return;
    }
    view->fill(direction);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (!m_listWidthSet)
        fitReportList();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayCloseReport()) {
        event->ignore();
        return;
    }
    m_layout->save();
    Settings::instance().setRunning(false);
    QMainWindow::closeEvent(event);
}

} // namespace nianbao
