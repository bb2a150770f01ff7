// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QTableView;

namespace nianbao {

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
    /// 县域汇总 of the overview's year (opened with the button; nullptr before).
    SummaryWindow *summaryWindow() const;
    void showSummary();

Q_SIGNALS:
    void openReport(qint64 reportId);

private:
    void chooseExport();
    void openSelected();

    ReviewSession *m_session;
    YearChooser *m_years;
    ReviewOverviewModel *m_model;
    ReviewOverviewFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_show;
    QLabel *m_summary;
    QPointer<SummaryWindow> m_summaryWindow;
};

} // namespace nianbao
