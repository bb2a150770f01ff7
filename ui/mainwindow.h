// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QUndoGroup>

#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace nianbao {

class CountRefresher;
class StoreChanges;
class FindingsPanel;
class OutputActions;
class Report;
struct ImportResult;
class ReportDocument;
class ReportEditor;
class ReportListFilter;
class ReportListModel;
class ReportStore;
class ReviewController;
class StatusMessages;
struct ReviewNotes;
struct StoreLocation;
class WindowLayout;

/**
 * The application's main window: the list of the database's reports (filtered by year and status)
 * and the editor of the selected one, with the findings dock and the counts in the status bar.
 * Every edit is stored at once, so there is no Save and the title never shows unsaved changes.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a database and lists its reports; false and a message when it cannot.
    bool openDatabase(const QString &path);
    /// The same for a file or a database on a server (with the password typed in).
    bool openDatabase(const StoreLocation &location);
    /// Imports a published report into the database and opens it; a file of which some table or
    /// number could not be read is shown in the preview first (stored only when the clerk says so).
    bool importFile(const QString &path);
    /// Shows what an import read (ImportPreviewDialog) and stores it as corrected there.
    bool previewImport(ImportResult result);
    /// Reads several files with progress; stores those read completely, previews the others.
    void importFiles(const QStringList &paths);
    bool openReport(qint64 reportId);
    /// Opens the open report again as stored, e.g. after another window changed it (F5).
    void reloadReport();
    /// Creates a report (as the New Report dialog does) and opens it.
    bool createReport(const QString &agencyName, const QString &agencyKind, int year);
    /// Deletes a draft (the report list's 删除草稿…, or Delete in the list) once the user confirms
    /// it in a question that names the agency and the year; closes it first when it is open. Any
    /// other status, or a report that is not the user's to delete, is refused with a message.
    bool deleteDraft(qint64 reportId);
    /// Writes the open report's text to path (文件 → 导出…); false and a message when it cannot.
    bool exportText(const QString &path);
    /// Opens the report that was open when the application last stopped, at the same section
    /// (after a crash too: the session is stored as the clerk moves). False when there was none.
    bool restoreSession();

    ReportStore *store() const { return m_store.get(); }
    ReportDocument *document() const { return m_document.get(); }
    ReportEditor *editor() const { return m_editor; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ReportListModel *reportList() const { return m_listModel; }
    ReportListFilter *reportListFilter() const { return m_listFilter; }
    /// The review: who is signed in, the 审核 menu, comments and the lock of the open report.
    ReviewController *review() const { return m_review; }
    /// The 视图 menu, the panels and focus mode, and where the window sits on the screen.
    WindowLayout *layout() const { return m_layout; }
    /// The status bar's messages (elided to its room; the whole text and the recent ones on request).
    StatusMessages *statusMessages() const { return m_status; }

Q_SIGNALS:
    /// A report was opened (or opened again, e.g. after a review step) in the editor.
    void reportOpened(qint64 reportId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createViewMenu();
    QWidget *createWelcomePage();
    void updateWelcome();
    QWidget *createReportList();
    void refreshReportList();
    /// Until the user sets the list's width, or an earlier start stored one, the list is as wide as
    /// its columns with the longest agency name it shows, within three tenths of the window.
    void fitReportList();
    void updateListFilters();
    void applyListFilter();
    void selectInList(qint64 reportId);
    void updateDeleteDraftAction();
    /// An imported report's agency name that may mean an agency of the list: asks whether it does
    /// (name becomes that agency's) or is a new agency.
    void confirmAgency(QString &name);
    void closeReport();
    /// Before the open report closes: true when none of its changes waits for the store (they are
    /// tried once more), or when the clerk chooses to drop those that still wait.
    bool mayCloseReport();
    void updateCounts();
    /// The open report's standing note in its banner, and each kept warning's reason in Findings.
    void showReviewNotes(const ReviewNotes &notes);
    /// Counts, in the background, the reports whose counts are not of the current rules.
    void countStaleReports();
    /// Someone else added a report or changed one's status: the list and the overview read again.
    void showOthersChanges();
    /// A failure: in the status bar until the next message, and in a message box.
    void showMessage(const QString &message);
    void newReport();
    void chooseDatabase();
    /// 文件 → 连接服务器…: asks again until the connection works or the user cancels.
    void connectToServer();
    void chooseImport();
    bool storeImported(const Report &report);
    static QString notReadMessage(const ImportResult &result);
    void exportReport();
    void exportYear();
    void setReportActionsEnabled(bool enabled);
    void fill(Qt::Orientation direction);
    void rememberSession();

    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<CountRefresher> m_refresher; ///< works on m_store, so it goes first
    std::unique_ptr<StoreChanges> m_changes;     ///< listens on m_store's connection
    std::unique_ptr<ReportDocument> m_document;
    qint64 m_reportId = 0;
    QUndoGroup m_undoGroup;
    QSplitter *m_mainSplitter;
    QStackedWidget *m_right;
    QLabel *m_welcomeLabel = nullptr;
    QLabel *m_welcomeDatabase = nullptr;
    QWidget *m_welcome;
    ReportListModel *m_listModel = nullptr;
    ReportListFilter *m_listFilter = nullptr;
    QTableView *m_list = nullptr;
    QComboBox *m_yearFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    ReportEditor *m_editor = nullptr;
    QDockWidget *m_findingsDock;
    QScrollArea *m_findingsArea = nullptr;
    FindingsPanel *m_findings = nullptr;
    QLabel *m_counts;
    QProgressBar *m_countProgress;
    QLabel *m_selectionSummary;
    StatusMessages *m_status;
    QAction *m_deleteDraftAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportYearAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_reloadAction = nullptr;
    OutputActions *m_output = nullptr;
    ReviewController *m_review = nullptr;
    WindowLayout *m_layout = nullptr;
    bool m_lastRunCrashed = false;
    bool m_listWidthSet = false; ///< by the user, or stored by an earlier start
    QAction *m_fillDownAction = nullptr;
    QAction *m_fillRightAction = nullptr;
};

} // namespace nianbao
