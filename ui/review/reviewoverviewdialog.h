// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace nianbao {

class ReviewDeadline;
class ReviewOverviewFilter;
class ReviewOverviewModel;
class ReviewSession;
class SummaryWindow;
class YearChooser;

/**
 * 审核总览: the supervisor's table of a year's reports with the days left to the deadline, sortable
 * by any column, filtered to the late ones or those waiting for the supervisor, exportable as CSV
 * for a spreadsheet, and the way into each report (double-click or 打开). It stays open beside the
 * main window and reads the store again when asked (after each review action).
 */
class ReviewOverviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// Empty until showYear() or refresh() reads the reports.
    explicit ReviewOverviewDialog(ReviewSession *session, QWidget *parent = nullptr);

    /// Shows the year's reports (the newest year when there is none such).
    void showYear(int year);
    int year() const;
    /// Reads the reports again.
    void refresh();
    /// Writes the table as CSV; false and a message when the file cannot be written.
    bool exportCsv(const QString &path);

    ReviewOverviewModel *model() const { return m_model; }
    ReviewOverviewFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    /// All reports, the late ones, or those waiting for the supervisor.
    QComboBox *showChooser() const { return m_show; }
    /// The office's own deadline for the year's reports (a supervisor's to set), or the statutory one.
    QDateEdit *deadlineEdit() const { return m_deadline; }
    /// Makes date the office's deadline of the year's reports, or with nullopt goes back to the
    /// statutory one; false and a message when the store refuses.
    bool setDeadline(std::optional<QDate> date);
    /// 县域汇总 of the overview's year (opened with the button; nullptr before).
    SummaryWindow *summaryWindow() const;
    void showSummary();

Q_SIGNALS:
    void openReport(qint64 reportId);

private:
    void chooseExport();
    void showDeadline(const ReviewDeadline &deadline);
    void showDeletedDrafts();
    void openSelected();

    ReviewSession *m_session;
    YearChooser *m_years;
    ReviewOverviewModel *m_model;
    ReviewOverviewFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_show;
    QLabel *m_summary;
    QDateEdit *m_deadline;
    QPushButton *m_setDeadline;
    QPushButton *m_statutoryDeadline;
    QLabel *m_deadlineNote;
    QLabel *m_deletedDrafts;
    QPointer<SummaryWindow> m_summaryWindow;
};

} // namespace nianbao
