// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewoverviewdialog.h"

#include "io/outputfile.h"
#include "messagesink.h"
#include "preview/yearexportdialog.h"
#include "review/officedeadline.h"
#include "review/officelog.h"
#include "review/reviewoverviewmodel.h"
#include "reviewsession.h"
#include "summary/summarywindow.h"
#include "yearchooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao {

ReviewOverviewDialog::ReviewOverviewDialog(ReviewSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_years(new YearChooser(this))
    , m_model(new ReviewOverviewModel(this))
    , m_filter(new ReviewOverviewFilter(this))
    , m_view(new QTableView(this))
    , m_show(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_deadline(new QDateEdit(this))
    , m_setDeadline(new QPushButton(tr("Set as Deadline"), this))
    , m_statutoryDeadline(new QPushButton(tr("Statutory Deadline"), this))
    , m_deadlineNote(new QLabel(this))
    , m_deletedDrafts(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewOverview"));
    setWindowTitle(tr("Review Overview"));
    m_years->setObjectName(QStringLiteral("overviewYear"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("overviewTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewOverviewModel::AgencyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewOverviewModel::AgencyColumn, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_show->setObjectName(QStringLiteral("overviewShow"));
    m_show->addItem(tr("All reports"), int(ReviewOverviewFilter::Show::All));
    m_show->addItem(tr("Late"), int(ReviewOverviewFilter::Show::Late));
    m_show->addItem(tr("Waiting for me"), int(ReviewOverviewFilter::Show::WaitingForMe));
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(ReviewOverviewFilter::Show(m_show->currentData().toInt())); });

    m_deadline->setObjectName(QStringLiteral("overviewDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(tr("yyyy-MM-dd", "the format of the deadline's date field"));
    m_setDeadline->setObjectName(QStringLiteral("overviewSetDeadline"));
    m_setDeadline->setToolTip(tr("Make this date the office's own deadline for the year's reports: the "
                                 "days left and the late reports count from it."));
    m_statutoryDeadline->setObjectName(QStringLiteral("overviewStatutoryDeadline"));
    m_statutoryDeadline->setToolTip(tr("Go back to the statutory deadline, 31 January after the year."));
    m_deadlineNote->setObjectName(QStringLiteral("overviewDeadlineNote"));
    m_deletedDrafts->setObjectName(QStringLiteral("overviewDeletedDrafts"));
    m_deletedDrafts->setWordWrap(true);
    m_deletedDrafts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deletedDrafts->hide();
    connect(m_setDeadline, &QPushButton::clicked, this, [this] { setDeadline(m_deadline->date()); });
    connect(m_statutoryDeadline, &QPushButton::clicked, this, [this] { setDeadline(std::nullopt); });

    auto *open = new QPushButton(tr("Open"), this);
    open->setObjectName(QStringLiteral("overviewOpenButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("overviewExportButton"));
    auto *summaryButton = new QPushButton(tr("County Summary…"), this);
    summaryButton->setObjectName(QStringLiteral("overviewSummaryButton"));
    summaryButton->setToolTip(
        tr("The key figures of every agency with the county totals, the change from last "
           "year and charts; export as a spreadsheet or PDF."));
    // Every approved report of the year as PDF, Word or ODT files in a folder.
    auto *exportReports = new QPushButton(tr("Export Approved Reports…"), this);
    exportReports->setObjectName(QStringLiteral("overviewExportReportsButton"));
    auto *close = new QPushButton(tr("Close"), this);
    connect(exportReports, &QPushButton::clicked, this, [this] {
        if (ReportStore *store = m_session->store()) {
            YearExportDialog dialog(*store, year(), this);
            dialog.exec();
        }
    });
    connect(m_years, &QComboBox::activated, this, &ReviewOverviewDialog::refresh);
    connect(m_view, &QTableView::doubleClicked, this, &ReviewOverviewDialog::openSelected);
    connect(open, &QPushButton::clicked, this, &ReviewOverviewDialog::openSelected);
    connect(exportButton, &QPushButton::clicked, this, &ReviewOverviewDialog::chooseExport);
    connect(summaryButton, &QPushButton::clicked, this, &ReviewOverviewDialog::showSummary);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_years);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_show);
    top->addWidget(m_summary, 1);
    auto *deadline = new QHBoxLayout;
    deadline->addWidget(new QLabel(tr("Deadline:"), this));
    deadline->addWidget(m_deadline);
    deadline->addWidget(m_setDeadline);
    deadline->addWidget(m_statutoryDeadline);
    deadline->addWidget(m_deadlineNote, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(exportButton);
    buttons->addWidget(summaryButton);
    buttons->addWidget(exportReports);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(deadline);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_deletedDrafts);
    layout->addLayout(buttons);
    resize(980, 480);
    // The table is read once, by the showYear() or refresh() that follows: reading the year's 60
    // reports here as well made opening the overview take twice as long.
    m_years->fill(m_session->store());
}

void ReviewOverviewDialog::showYear(int year)
{
    m_years->fill(m_session->store());
    m_years->choose(year);
    refresh();
}

int ReviewOverviewDialog::year() const
{
    return m_years->year();
}

void ReviewOverviewDialog::refresh()
{
    ReportStore *store = m_session->store();
    if (!store || m_years->count() == 0) {
        m_model->setRows({});
        m_summary->clear();
        return;
    }
    ReviewWorkflow workflow(*store);
    const StoreResult<QList<ReviewOverviewRow>> rows = workflow.overview(year(), m_session->user());
    if (!rows) {
        m_summary->setText(rows.error().message);
        m_model->setRows({});
        return;
    }
    const StoreResult<ReviewDeadline> deadline = OfficeDeadline(*store).of(year());
    if (!deadline) {
        m_summary->setText(deadline.error().message);
        m_model->setRows({});
        return;
    }
    showDeadline(deadline.value());
    showDeletedDrafts();
    m_model->setDeadline(deadline.value());
    m_model->setToday(QDate::currentDate());
    m_model->setRows(rows.value());
    QHash<ReportStatus, int> counts;
    int late = 0;
    int notStarted = 0;
    for (int row = 0; row < rows->size(); ++row) {
        if (rows->at(row).started())
            ++counts[rows->at(row).summary.status];
        else
            ++notStarted;
        late += m_model->isLate(row) ? 1 : 0;
    }
    QStringList parts = {tr("not started %1").arg(notStarted)};
    for (const ReportStatus status :
         {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned, ReportStatus::Approved})
        parts.append(QStringLiteral("%1 %2").arg(reportStatusLabel(status)).arg(counts.value(status)));
    parts.append(tr("late %1").arg(late));
    // The deadline itself is in the date field below.
    m_summary->setText(
        tr("%n agency(ies): %1", nullptr, int(rows->size())).arg(parts.join(QStringLiteral("，"))));
}

void ReviewOverviewDialog::showDeadline(const ReviewDeadline &deadline)
{
    m_deadline->setDateRange(OfficeDeadline::earliest(year()), ReviewDeadline::statutory(year()));
    m_deadline->setDate(deadline.date());
    // Only a supervisor sets it (anyone on a database without users); the store refuses others too.
    const StoreResult<Identity> who = m_session->identity();
    const bool mayChange = who && (!who->user || who->user->isSupervisor());
    m_deadline->setEnabled(mayChange);
    m_setDeadline->setEnabled(mayChange);
    m_statutoryDeadline->setEnabled(mayChange && deadline.isOfficeDeadline());
    const QString statutory = ReviewDeadline::statutory(year()).toString(m_deadline->displayFormat());
    m_deadlineNote->setText(deadline.isOfficeDeadline()
                                ? tr("The office's own deadline (statutory: %1).").arg(statutory)
                                : tr("The statutory deadline (政府信息公开条例 第五十条)."));
    // Who moved the deadline and when, from the office's log. A log that cannot be read says so:
    // hidden, it would say that nobody moved the deadline.
    QStringList changes;
    if (ReportStore *store = m_session->store()) {
        const StoreResult<QList<DeadlineChange>> logged = OfficeDeadline(*store).changes(year());
        if (!logged)
            changes.append(logged.error().message);
        else
            for (const DeadlineChange &change : logged.value())
                changes.append(OfficeDeadline::describe(change));
    }
    m_deadlineNote->setToolTip(
        changes.isEmpty() ? QString() : tr("Changes of the deadline:\n%1").arg(changes.join(u'\n')));
}

void ReviewOverviewDialog::showDeletedDrafts()
{
    // A draft that left the table leaves a line here, so that the office can say where it went.
    // A log that cannot be read says so: hidden, it would say that no draft was deleted.
    QStringList lines;
    if (ReportStore *store = m_session->store()) {
        const StoreResult<QList<DeletedDraft>> deleted = OfficeLog(*store).deletedDrafts(year());
        if (!deleted)
            lines.append(deleted.error().message);
        else
            for (const DeletedDraft &draft : deleted.value())
                lines.append(OfficeLog::describe(draft));
    }
    m_deletedDrafts->setText(lines.isEmpty() ? QString()
                                             : QString(tr("Deleted drafts:") + u'\n' + lines.join(u'\n')));
    m_deletedDrafts->setVisible(!lines.isEmpty());
}

bool ReviewOverviewDialog::setDeadline(std::optional<QDate> date)
{
    ReportStore *store = m_session->store();
    if (!store || m_years->count() == 0)
        return false;
    const StoreResult<Identity> who = m_session->identity();
    StoreResult<ReviewDeadline> set = who ? OfficeDeadline(*store).set(year(), date, who.value())
                                          : StoreResult<ReviewDeadline>(who.error());
    if (!set) {
        MessageSink::instance().warn(this, windowTitle(), set.error().message);
        return false;
    }
    refresh();
    return true;
}

bool ReviewOverviewDialog::exportCsv(const QString &path)
{
    QString error;
    if (!OutputFile::write(path, ReviewWorkflow::overviewCsv(m_model->rows()), &error)) {
        MessageSink::instance().warn(this, windowTitle(), error);
        return false;
    }
    return true;
}

void ReviewOverviewDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), tr("review-%1.csv").arg(year()),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

SummaryWindow *ReviewOverviewDialog::summaryWindow() const
{
    return m_summaryWindow;
}

void ReviewOverviewDialog::showSummary()
{
    ReportStore *store = m_session->store();
    if (!store)
        return;
    // One summary window at a time, reopened on the overview's year.
    if (!m_summaryWindow || &m_summaryWindow->store() != store) {
        delete m_summaryWindow;
        m_summaryWindow = new SummaryWindow(*store, this);
    }
    m_summaryWindow->showYear(year(), m_session->user());
    m_summaryWindow->show();
    m_summaryWindow->raise();
    m_summaryWindow->activateWindow();
}

void ReviewOverviewDialog::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // An agency that has not started has no report to open.
    const qint64 reportId =
        rows.isEmpty() ? 0 : rows.first().data(ReviewOverviewModel::ReportIdRole).toLongLong();
    if (reportId != 0)
        Q_EMIT openReport(reportId);
}

} // namespace nianbao
