// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarywindow.h"

#include "keyfigures.h"
#include "messagesink.h"
#include "output/pageddocumentpainter.h"
#include "review/yearchooser.h"
#include "storage/reportstore.h"
#include "summary/summarydocument.h"
#include "summary/summarysheet.h"
#include "summary/summarysheetmodel.h"
#include "summary/summarysource.h"
#include "summarychartbuilder.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace nianbao {

namespace {

// A wait cursor while the file is written or the pages are printed.
class BusyCursor
{
    Q_DISABLE_COPY_MOVE(BusyCursor)
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

SummaryWindow::SummaryWindow(ReportStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_years(new YearChooser(this))
    , m_overview(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_yearModel(new SummarySheetModel(this))
    , m_comparisonModel(new SummarySheetModel(this))
    , m_trendModel(new SummarySheetModel(this))
    , m_charts(new QWidget(this))
{
    setObjectName(QStringLiteral("summaryWindow"));
    setWindowTitle(tr("County Summary"));
    m_years->setObjectName(QStringLiteral("summaryYear"));
    m_overview->setObjectName(QStringLiteral("summaryOverview"));
    m_overview->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("summaryTabs"));
    addTable(m_yearModel, QStringLiteral("summaryYearTable"), tr("Key Figures"));
    addTable(m_comparisonModel, QStringLiteral("summaryComparisonTable"), tr("Against Last Year"));
    addTable(m_trendModel, QStringLiteral("summaryTrendTable"), tr("Over the Years"));
    m_charts->setObjectName(QStringLiteral("summaryCharts"));
    auto *chartLayout = new QGridLayout(m_charts);
    for (int index = 0; index < int(std::size(SummaryChartBuilder::Kinds)); ++index) {
        auto *view = new QChartView(m_charts);
        view->setObjectName(QStringLiteral("summaryChart%1").arg(index));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
        m_chartViews.append(view);
    }
    // Bars of every agency take the left half; the trend and the outcomes share the right.
    chartLayout->addWidget(m_chartViews[0], 0, 0, 2, 1);
    chartLayout->addWidget(m_chartViews[1], 0, 1);
    chartLayout->addWidget(m_chartViews[2], 1, 1);
    m_tabs->addTab(m_charts, tr("Charts"));

    auto *xlsx = new QPushButton(tr("Export Spreadsheet…"), this);
    xlsx->setObjectName(QStringLiteral("summaryExportXlsx"));
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    pdf->setObjectName(QStringLiteral("summaryExportPdf"));
    auto *printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("summaryPrint"));
    auto *close = new QPushButton(tr("Close"), this);
    connect(m_years, &QComboBox::activated, this, &SummaryWindow::refresh);
    connect(xlsx, &QPushButton::clicked, this, [this] { chooseExport(SummaryOutput::Form::Xlsx); });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseExport(SummaryOutput::Form::Pdf); });
    connect(printButton, &QPushButton::clicked, this, &SummaryWindow::print);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_years);
    top->addWidget(m_overview, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(xlsx);
    buttons->addWidget(pdf);
    buttons->addWidget(printButton);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(1200, 640);
    // The summary is read once, by the showYear() or refresh() that follows: reading every report
    // of five years here as well made the window take twice as long to open.
    m_years->fill(&m_store);
}

QTableView *SummaryWindow::addTable(SummarySheetModel *model, const QString &objectName, const QString &title)
{
    auto *view = new QTableView(m_tabs);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_tabs->addTab(view, title);
    return view;
}

void SummaryWindow::showYear(int year, const std::optional<User> &viewer)
{
    m_viewer = viewer;
    m_years->fill(&m_store);
    m_years->choose(year);
    refresh();
}

int SummaryWindow::year() const
{
    return m_years->year();
}

void SummaryWindow::refresh()
{
    if (m_years->count() == 0) {
        m_summary = CountySummary::build(0, {});
        m_overview->setText(tr("No reports stored yet."));
    } else if (StoreResult<CountySummary> loaded = SummarySource::load(m_store, year(), m_viewer)) {
        m_summary = std::move(loaded).value();
        m_overview->setText(
            tr("%1 reports; %2 with errors; %3 with a figure changed tenfold or more from last "
               "year.")
                .arg(m_summary.totals().reports)
                .arg(m_summary.reportsWithErrors())
                .arg(m_summary.reportsWithOutliers()));
    } else {
        m_summary = CountySummary::build(year(), {});
        m_overview->setText(loaded.error().message);
    }
    m_yearModel->setSheet(SummarySheet::year(m_summary));
    m_comparisonModel->setSheet(SummarySheet::comparison(m_summary));
    m_trendModel->setSheet(SummarySheet::trend(m_summary));
    for (int index = 0; index < m_chartViews.size(); ++index) {
        QChart *old = m_chartViews[index]->chart();
        m_chartViews[index]->setChart(
            SummaryChartBuilder::chart(m_summary, SummaryChartBuilder::Kinds[index]).release());
        delete old;
    }
}

bool SummaryWindow::exportTo(const QString &path, SummaryOutput::Form form)
{
    QString error;
    QString ignored;
    QTextStream noStream(&ignored);
    const BusyCursor busy;
    if (!SummaryOutput::write(m_summary, form, path, noStream, &error)) {
        MessageSink::instance().warn(this, windowTitle(), error);
        return false;
    }
    return true;
}

void SummaryWindow::chooseExport(SummaryOutput::Form form)
{
    const bool spreadsheet = form == SummaryOutput::Form::Xlsx;
    const QString path =
        QFileDialog::getSaveFileName(this, spreadsheet ? tr("Export Spreadsheet") : tr("Export PDF"),
                                     (spreadsheet ? tr("summary-%1.xlsx") : tr("summary-%1.pdf")).arg(year()),
                                     spreadsheet ? tr("Excel workbooks (*.xlsx)") : tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path, form);
}

void SummaryWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(SummaryDocument::pageLayout());
    printer.setDocName(SummaryDocument::title(m_summary));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BusyCursor busy;
    const std::unique_ptr<QTextDocument> document = SummaryDocument::render(m_summary, printer);
    if (!PagedDocumentPainter::paint(*document, printer))
        MessageSink::instance().warn(this, windowTitle(), tr("The summary could not be printed."));
}

} // namespace nianbao
