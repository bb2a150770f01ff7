// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "document/reportdocument.h"
#include "document/storebinding.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "format.h"
#include "newreportdialog.h"
#include "reportreader.h"
#include "reportwriter.h"
#include "settings.h"
#include "storage/reportstore.h"
#include "validation/validator.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nianbao {

namespace {

constexpr int ReportIdRole = Qt::UserRole;

enum ListColumn { AgencyColumn, YearColumn, FormatColumn, StatusColumn, ErrorsColumn, WarningsColumn };

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_right(new QStackedWidget(this))
    , m_welcome(createWelcomePage())
    , m_findingsDock(new QDockWidget(tr("Findings"), this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Government Disclosure Annual Report Editor"));
    createActions();
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(createReportList());
    m_right->addWidget(m_welcome);
    m_mainSplitter->addWidget(m_right);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({240, 1100});
    setCentralWidget(m_mainSplitter);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 860);
    Settings &settings = Settings::instance();
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_mainSplitter->restoreState(settings.mainSplitter());
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
    file->addAction(tr("&Import Published Report…"), this, &MainWindow::chooseImport)
        ->setObjectName(QStringLiteral("importAction"));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportReport);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    // Printing comes with the print layout (issue 6); the actions are where users look for them.
    QAction *preview = file->addAction(tr("Print Pre&view"));
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    QAction *print = file->addAction(tr("&Print / Export PDF…"));
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    for (QAction *action : {preview, print}) {
        action->setEnabled(false);
        action->setToolTip(tr("Not available yet"));
    }
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
    m_findAction = edit->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::find);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_exportAction->setEnabled(false);
    m_findAction->setEnabled(false);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *label = new QLabel(tr("Create a report, or import last year's published report."), page);
    label->setObjectName(QStringLiteral("welcomeLabel"));
    label->setAlignment(Qt::AlignCenter);
    auto *create = new QPushButton(tr("New Report…"), page);
    create->setObjectName(QStringLiteral("welcomeNewButton"));
    auto *import = new QPushButton(tr("Import Published Report…"), page);
    import->setObjectName(QStringLiteral("welcomeImportButton"));
    connect(create, &QPushButton::clicked, this, &MainWindow::newReport);
    connect(import, &QPushButton::clicked, this, &MainWindow::chooseImport);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(create);
    buttons->addWidget(import);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(label);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

QWidget *MainWindow::createReportList()
{
    auto *panel = new QWidget(this);
    m_yearFilter = new QComboBox(panel);
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_statusFilter = new QComboBox(panel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"));
    m_statusFilter->addItem(reportStatusLabel(ReportStatus::Draft), reportStatusId(ReportStatus::Draft));
    m_list = new QTableWidget(0, 6, panel);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setHorizontalHeaderLabels(
        {tr("Agency"), tr("Year"), tr("Format"), tr("Status"), tr("Errors"), tr("Warnings")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(AgencyColumn, QHeaderView::Stretch);
    for (int column = YearColumn; column <= WarningsColumn; ++column)
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_list->selectedItems();
        if (!selected.isEmpty()) {
            const qint64 id =
                m_list->item(selected.first()->row(), AgencyColumn)->data(ReportIdRole).toLongLong();
            if (id != m_reportId)
                openReport(id);
        }
    });
    connect(m_yearFilter, &QComboBox::activated, this, &MainWindow::applyListFilter);
    connect(m_statusFilter, &QComboBox::activated, this, &MainWindow::applyListFilter);
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
    StoreResult<std::unique_ptr<ReportStore>> opened = ReportStore::open(path);
    if (!opened) {
        showMessage(tr("Cannot open the database %1: %2").arg(path, opened.error().message));
        return false;
    }
    closeReport();
    m_store = std::move(opened.value());
    Settings::instance().setLastDatabase(path);
    refreshReportList();
    return true;
}

void MainWindow::refreshReportList()
{
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(0);
    if (!m_store)
        return;
    const StoreResult<QList<ReportSummary>> reports = m_store->listReports();
    if (!reports) {
        showMessage(reports.error().message);
        return;
    }
    QList<int> years;
    for (const ReportSummary &summary : reports.value()) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        int errors = summary.errors.value_or(-1);
        int warnings = summary.warnings.value_or(-1);
        if (errors < 0 || warnings < 0) {
            // Not counted by the store yet: validate here, a report takes milliseconds.
            const StoreResult<StoredReport> stored = m_store->loadReport(summary.id);
            errors = warnings = 0;
            if (stored) {
                for (const Finding &finding : Validator::validate(stored->report)) {
                    errors += finding.severity == Severity::Error;
                    warnings += finding.severity == Severity::Warning;
                }
            }
        }
        const Format *format = Format::byId(summary.formatId);
        const QStringList texts{summary.agency,
                                QString::number(summary.year),
                                format ? format->id() : summary.formatId,
                                reportStatusLabel(summary.status),
                                QString::number(errors),
                                QString::number(warnings)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setData(ReportIdRole, summary.id);
            item->setData(Qt::UserRole + 1, reportStatusId(summary.status));
            m_list->setItem(row, column, item);
        }
        if (!years.contains(summary.year))
            years.append(summary.year);
        if (summary.id == m_reportId)
            m_list->selectRow(row);
    }
    const QVariant year = m_yearFilter->currentData();
    m_yearFilter->clear();
    m_yearFilter->addItem(tr("All years"));
    for (const int y : std::as_const(years))
        m_yearFilter->addItem(QString::number(y), y);
    m_yearFilter->setCurrentIndex(std::max(0, m_yearFilter->findData(year)));
    applyListFilter();
    if (reports->isEmpty() && !m_document)
        m_right->setCurrentWidget(m_welcome);
}

void MainWindow::applyListFilter()
{
    const QVariant year = m_yearFilter->currentData();
    const QVariant status = m_statusFilter->currentData();
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const bool yearMatches =
            !year.isValid() || m_list->item(row, YearColumn)->text().toInt() == year.toInt();
        const bool statusMatches =
            !status.isValid() || m_list->item(row, StatusColumn)->data(Qt::UserRole + 1) == status;
        m_list->setRowHidden(row, !(yearMatches && statusMatches));
    }
}

bool MainWindow::openReport(qint64 reportId)
{
    if (!m_store)
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
    m_editor->splitter()->restoreState(Settings::instance().editorSplitter());
    m_right->addWidget(m_editor);
    m_right->setCurrentWidget(m_editor);
    m_findings = new FindingsPanel(m_document.get(), m_findingsDock);
    m_findingsDock->setWidget(m_findings);
    connect(m_findings, &FindingsPanel::locationActivated, m_editor, &ReportEditor::showLocation);
    connect(m_document.get(), &ReportDocument::findingsChanged, this, &MainWindow::updateCounts);
    connect(m_editor, &ReportEditor::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_exportAction->setEnabled(true);
    m_findAction->setEnabled(true);
    setWindowTitle(
        tr("%1 — Government Disclosure Annual Report Editor").arg(m_document->report().displayTitle()));
    updateCounts();
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, AgencyColumn)->data(ReportIdRole).toLongLong() == reportId &&
            !m_list->item(row, 0)->isSelected()) {
            const QSignalBlocker blocker(m_list);
            m_list->selectRow(row);
        }
    }
    return true;
}

void MainWindow::closeReport()
{
    if (!m_document)
        return;
    Settings::instance().setEditorSplitter(m_editor->splitter()->saveState());
    m_findingsDock->setWidget(nullptr);
    delete m_findings;
    m_findings = nullptr;
    delete m_editor;
    m_editor = nullptr;
    m_undoGroup.removeStack(m_document->undoStack());
    m_document.reset();
    m_reportId = 0;
    m_exportAction->setEnabled(false);
    m_findAction->setEnabled(false);
    m_counts->clear();
}

void MainWindow::updateCounts()
{
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : m_document->findings()) {
        errors += finding.severity == Severity::Error;
        warnings += finding.severity == Severity::Warning;
    }
    m_counts->setText(tr("%1 errors, %2 warnings").arg(errors).arg(warnings));
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, AgencyColumn)->data(ReportIdRole).toLongLong() == m_reportId) {
            m_list->item(row, ErrorsColumn)->setText(QString::number(errors));
            m_list->item(row, WarningsColumn)->setText(QString::number(warnings));
        }
    }
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message);
    if (isVisible() && QGuiApplication::platformName() != u"offscreen")
        QMessageBox::warning(this, windowTitle(), message);
}

bool MainWindow::createReport(const QString &agencyName, const QString &agencyKind, int year)
{
    if (!m_store)
        return false;
    const StoreResult<CreatedReport> created = m_store->createReport(agencyName, agencyKind, year);
    if (!created) {
        showMessage(created.error().message);
        return false;
    }
    refreshReportList();
    openReport(created->id);
    statusBar()->showMessage(created->carried.isEmpty()
                                 ? tr("Report created.")
                                 : tr("Report created; %n value(s) carried over from last year.", nullptr,
                                      int(created->carried.size())));
    return true;
}

bool MainWindow::importFile(const QString &path)
{
    if (!m_store)
        return false;
    const ReadResult read = ReportReader::readFile(path);
    if (!read.isReport) {
        showMessage(tr("%1 is not an annual report.").arg(path));
        return false;
    }
    StoreResult<ImportedReport> imported = m_store->importReport(read.report);
    if (!imported && imported.error().code == StoreError::Code::AlreadyExists) {
        const auto answer = QMessageBox::question(
            this, windowTitle(), tr("A report of this agency and year is already stored. Replace it?"));
        if (answer != QMessageBox::Yes)
            return false;
        imported = m_store->importReport(read.report, true);
    }
    if (!imported) {
        showMessage(imported.error().message);
        return false;
    }
    refreshReportList();
    return openReport(imported->id);
}

void MainWindow::newReport()
{
    if (!m_store && !openDatabase(ReportStore::defaultPath()))
        return;
    NewReportDialog dialog(m_store.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        createReport(dialog.agencyName(), dialog.agencyKind(), dialog.year());
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open Database"), Settings::instance().lastDatabase(), tr("Nianbao databases (*.sqlite)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseImport()
{
    if (!m_store && !openDatabase(ReportStore::defaultPath()))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Published Report"), {},
                                                      tr("Report text (*.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::exportReport()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), m_document->report().displayTitle() + QStringLiteral(".txt"),
        tr("Report text (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(ReportWriter::write(m_document->report()).toUtf8()) < 0) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(path));
}

void MainWindow::find()
{
    if (!m_document)
        return;
    const QString text = QInputDialog::getText(this, tr("Find"), tr("Find in the report's text:"));
    if (text.isEmpty())
        return;
    for (const int part : {int(Location::PreamblePart), 1, 2, 3, 4, 5, 6}) {
        const qsizetype at = m_document->narrative(part).indexOf(text);
        if (at >= 0) {
            m_editor->showLocation(Location::ofNarrative(part, int(at), int(text.size())));
            return;
        }
    }
    statusBar()->showMessage(tr("“%1” was not found.").arg(text));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings &settings = Settings::instance();
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setMainSplitter(m_mainSplitter->saveState());
    if (m_editor)
        settings.setEditorSplitter(m_editor->splitter()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace nianbao
