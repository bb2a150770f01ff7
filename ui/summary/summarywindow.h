// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/user.h"
#include "summary/countysummary.h"
#include "summary/summaryoutput.h"

#include <QDialog>

#include <optional>

class QChartView;
class QLabel;
class QTabWidget;
class QTableView;

namespace nianbao {

class ReportStore;
class SummarySheetModel;
class YearChooser;

/**
 * 县域汇总: the county at a glance for one year — the key figures of every agency with the county
 * totals and their change from last year, each figure against last year, the totals over the
 * years, and the charts — with outliers and reports with errors marked. Exports the spreadsheet
 * and the PDF, and prints, all with the same tables and charts.
 */
class SummaryWindow : public QDialog
{
    Q_OBJECT
public:
    /// Empty until showYear() or refresh() reads the summary.
    explicit SummaryWindow(ReportStore &store, QWidget *parent = nullptr);

    /// Shows the year (the newest year with reports when it has none) of the agencies viewer
    /// supervises (SupervisedAgencies; every agency without a viewer).
    void showYear(int year, const std::optional<User> &viewer);
    int year() const;
    /// Reads the store again.
    void refresh();
    const CountySummary &summary() const { return m_summary; }
    ReportStore &store() const { return m_store; }

    /// Writes the summary; false and a message box when it cannot be written.
    bool exportTo(const QString &path, SummaryOutput::Form form);
    /// Prints on the printer chosen in the print dialog.
    void print();

    QTabWidget *tabs() const { return m_tabs; }
    SummarySheetModel *yearModel() const { return m_yearModel; }
    SummarySheetModel *comparisonModel() const { return m_comparisonModel; }
    SummarySheetModel *trendModel() const { return m_trendModel; }
    const QList<QChartView *> &chartViews() const { return m_chartViews; }

private:
    QTableView *addTable(SummarySheetModel *model, const QString &objectName, const QString &title);
    void chooseExport(SummaryOutput::Form form);

    ReportStore &m_store;
    std::optional<User> m_viewer;
    CountySummary m_summary;
    YearChooser *m_years;
    QLabel *m_overview;
    QTabWidget *m_tabs;
    SummarySheetModel *m_yearModel;
    SummarySheetModel *m_comparisonModel;
    SummarySheetModel *m_trendModel;
    QWidget *m_charts;
    QList<QChartView *> m_chartViews;
};

} // namespace nianbao
