// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/commentspanel.h"
#include "review/officedeadline.h"
#include "review/officelog.h"
#include "review/reportintake.h"
#include "review/reviewoverviewdialog.h"
#include "review/reviewoverviewmodel.h"
#include "review/usersdialog.h"
#include "reviewtestsupport.h"
#include "storage/agencydirectory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// The supervisor's table over several agencies' reports of one year.
class ReviewOverviewTest : public ReviewUiTest
{
protected:
    /// The seed's 2021 report and two drafts carried over from other agencies' 2020 reports.
    void importYear()
    {
        openSeed();
        for (const QString &name : {QStringLiteral("2020_honghe"), QStringLiteral("2020_kanshi")}) {
            const ReadResult read = ReportReader::read(readSeed(name));
            ASSERT_TRUE(read.isReport);
            ASSERT_TRUE(window->store()->importReport(read.report).ok());
            ASSERT_TRUE(window->store()
                            ->createReport(read.report.meta.agencyName, read.report.meta.agencyKind, 2021)
                            .ok());
        }
    }
};

} // namespace

TEST_F(ReviewOverviewTest, TheYearTableListsEveryAgencySortsByNumbersAndExportsCsv)
{
    signIn(Supervisor);
    importYear();
    review()->overviewAction()->trigger();
    ReviewOverviewDialog *overview = review()->overview();
    ASSERT_NE(overview, nullptr);
    ASSERT_TRUE(overview->isVisible());
    QAbstractItemModelTester tester(overview->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(overview->year(), 2021);

    ReviewWorkflow workflow(*window->store());
    const QList<ReviewOverviewRow> rows = workflow.overview(2021).value();
    ASSERT_EQ(rows.size(), 3);
    ASSERT_EQ(overview->model()->rowCount(), 3);
    ASSERT_EQ(overview->model()->columnCount(),
              ReviewOverviewModel::FirstFigureColumn + int(KeyFigures::overview().size()));
    const QList<int> &shown = KeyFigures::overview();
    for (const ReviewOverviewRow &row : rows) {
        const int at = overview->model()->rowOf(row.summary.id);
        ASSERT_GE(at, 0);
        EXPECT_EQ(overview->model()->index(at, ReviewOverviewModel::AgencyColumn).data().toString(),
                  row.summary.agency);
        EXPECT_EQ(overview->model()->index(at, ReviewOverviewModel::StatusColumn).data().toString(),
                  reportStatusLabel(row.summary.status));
        for (int column = 0; column < shown.size(); ++column)
            EXPECT_EQ(overview->model()
                          ->index(at, ReviewOverviewModel::FirstFigureColumn + column)
                          .data()
                          .toString(),
                      row.figures[shown[column]].text());
    }
    EXPECT_EQ(
        overview->model()->headerData(ReviewOverviewModel::FirstFigureColumn, Qt::Horizontal).toString(),
        KeyFigures::definitions()[shown.first()].label);

    // Sorting by a key figure orders by the exact value, blanks last.
    for (int column = 0; column < shown.size(); ++column) {
        overview->view()->sortByColumn(ReviewOverviewModel::FirstFigureColumn + column, Qt::AscendingOrder);
        std::optional<Decimal> last;
        bool blankSeen = false;
        for (int row = 0; row < overview->filter()->rowCount(); ++row) {
            const qint64 id =
                overview->filter()->index(row, 0).data(ReviewOverviewModel::ReportIdRole).toLongLong();
            const auto source = std::find_if(rows.cbegin(), rows.cend(),
                                             [id](const ReviewOverviewRow &r) { return r.summary.id == id; });
            const std::optional<Decimal> value = source->figures[shown[column]].value;
            if (!value) {
                blankSeen = true;
                continue;
            }
            EXPECT_FALSE(blankSeen) << "blank values sort last";
            if (last) {
                EXPECT_LE(*last, *value);
            }
            last = value;
        }
    }

    const QString csv = dir.filePath(QStringLiteral("overview.csv"));
    ASSERT_TRUE(overview->exportCsv(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), ReviewWorkflow::overviewCsv(rows));

    // Opening a row opens that report in the main window.
    const qint64 other =
        rows.constFirst().summary.id == reportId ? rows.constLast().summary.id : rows.constFirst().summary.id;
    ASSERT_TRUE(window->openReport(other));
    const QModelIndex seedRow =
        overview->filter()->mapFromSource(overview->model()->index(overview->model()->rowOf(reportId), 0));
    overview->view()->selectRow(seedRow.row());
    overview->findChild<QPushButton *>(QStringLiteral("overviewOpenButton"))->click();
    EXPECT_EQ(review()->reportId(), reportId);
    EXPECT_EQ(window->document()->report().meta.agencyName, seed.meta.agencyName);
}

TEST_F(ReviewOverviewTest, TheSupervisorAddsAClerkAndTheCoreRefusesATakenName)
{
    signIn(Supervisor);
    openSeed();
    UsersDialog dialog(review()->session(), window.get());
    EXPECT_EQ(dialog.table()->rowCount(), 2);
    dialog.findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("陈新人"));
    auto *agencies = dialog.findChild<QListWidget *>(QStringLiteral("userAgencies"));
    ASSERT_NE(agencies, nullptr);
    const QList<QListWidgetItem *> items = agencies->findItems(seed.meta.agencyName, Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1);
    items.first()->setCheckState(Qt::Checked);
    dialog.findChild<QLineEdit *>(QStringLiteral("userOtherAgencies"))
        ->setText(QStringLiteral("新设镇人民政府"));
    ASSERT_TRUE(dialog.addUser()) << dialog.lastProblem().toStdString();
    EXPECT_EQ(dialog.table()->rowCount(), 3);
    UserDirectory users(*window->store());
    const StoreResult<User> added = users.user(QStringLiteral("陈新人"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->role, UserRole::Clerk);
    EXPECT_EQ(added->createdBy, Supervisor);
    EXPECT_TRUE(added->coversAgency(seed.meta.agencyName));
    EXPECT_TRUE(added->coversAgency(QStringLiteral("新设镇人民政府")));

    dialog.findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("陈新人"));
    EXPECT_FALSE(dialog.addUser());
    EXPECT_FALSE(dialog.lastProblem().isEmpty());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("usersProblem"))->isVisibleTo(&dialog));
}

TEST_F(ReviewOverviewTest, ShowsTheLateReportsAndThoseWaitingForTheSupervisor)
{
    signIn(Supervisor);
    importYear();
    // 东升镇 has a clerk but no report yet.
    const QString dongsheng = QStringLiteral("东升镇人民政府");
    ASSERT_TRUE(UserDirectory(*window->store())
                    .addUser(QStringLiteral("钱填报"), UserRole::Clerk, {dongsheng}, Supervisor)
                    .ok());
    review()->overviewAction()->trigger();
    ReviewOverviewDialog *overview = review()->overview();
    ASSERT_NE(overview, nullptr);
    ASSERT_EQ(overview->year(), 2021);
    ASSERT_EQ(overview->model()->rowCount(), 4);
    const QModelIndexList found =
        overview->model()->match(overview->model()->index(0, ReviewOverviewModel::AgencyColumn),
                                 Qt::DisplayRole, dongsheng, 1, Qt::MatchExactly);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().siblingAtColumn(ReviewOverviewModel::StatusColumn).data().toString(),
              QStringLiteral("未开始"));
    EXPECT_EQ(found.first().data(ReviewOverviewModel::ReportIdRole).toLongLong(), 0);
    // The 2021 reports were due on 31 January 2022; three are still drafts, one not started.
    EXPECT_EQ(overview->model()->deadline().date(), QDate(2022, 1, 31));
    const QString summary = overview->findChild<QLabel *>(QStringLiteral("overviewSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("逾期 4"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("未开始 1"))) << summary.toStdString();
    for (int row = 0; row < 4; ++row)
        EXPECT_TRUE(overview->model()
                        ->index(row, ReviewOverviewModel::DeadlineColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("逾期")));

    QComboBox *show = overview->showChooser();
    ASSERT_EQ(show->count(), 3);
    show->setCurrentIndex(show->findData(int(ReviewOverviewFilter::Show::WaitingForMe)));
    EXPECT_EQ(show->currentText(), QStringLiteral("待我审核"));
    EXPECT_EQ(overview->view()->model()->rowCount(), 0);
    show->setCurrentIndex(show->findData(int(ReviewOverviewFilter::Show::Late)));
    EXPECT_EQ(show->currentText(), QStringLiteral("逾期"));
    EXPECT_EQ(overview->view()->model()->rowCount(), 4);
    show->setCurrentIndex(show->findData(int(ReviewOverviewFilter::Show::All)));
    EXPECT_EQ(overview->view()->model()->rowCount(), 4);
}

TEST_F(ReviewOverviewTest, ListsTheAgenciesOfTheListThatTheSignedInSupervisorSupervises)
{
    signIn(Supervisor);
    importYear();
    // 永定区人民政府 above 湖坑镇: in the list, without a report or a clerk.
    const QString county = QStringLiteral("永定区人民政府");
    const QString hukeng = QStringLiteral("湖坑镇人民政府");
    AgencyDirectory directory(window->store()->connection());
    ASSERT_TRUE(directory.add(county, QStringLiteral("county_government")).ok());
    ASSERT_TRUE(directory.add(hukeng, QStringLiteral("township"), {}, county).ok());
    review()->overviewAction()->trigger();
    ReviewOverviewDialog *overview = review()->overview();
    ASSERT_NE(overview, nullptr);
    const auto listed = [overview] {
        QStringList names;
        for (int row = 0; row < overview->model()->rowCount(); ++row)
            names.append(overview->model()->index(row, ReviewOverviewModel::AgencyColumn).data().toString());
        names.sort();
        return names;
    };
    EXPECT_EQ(listed().size(), 5) << listed().join(u' ').toStdString();
    const QModelIndexList found =
        overview->model()->match(overview->model()->index(0, ReviewOverviewModel::AgencyColumn),
                                 Qt::DisplayRole, hukeng, 1, Qt::MatchExactly);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().siblingAtColumn(ReviewOverviewModel::StatusColumn).data().toString(),
              QStringLiteral("未开始"));
    EXPECT_TRUE(overview->findChild<QLabel *>(QStringLiteral("overviewSummary"))
                    ->text()
                    .contains(QStringLiteral("未开始 2")));

    // The county's supervisor, given the county in 审核 → 用户…, sees the county and what is below it.
    UserDirectory users(*window->store());
    ASSERT_TRUE(users.addUser(QStringLiteral("孙审核"), UserRole::Supervisor, {}, Supervisor).ok());
    ASSERT_TRUE(users.setAgencies(QStringLiteral("孙审核"), {county}, Supervisor).ok());
    signIn(QStringLiteral("孙审核"));
    QStringList expected = {county, hukeng};
    expected.sort();
    EXPECT_EQ(listed(), expected);
}

TEST_F(ReviewOverviewTest, TheSupervisorSetsTheOfficesDeadlineInAChineseDateField)
{
    signIn(Supervisor);
    importYear();
    review()->overviewAction()->trigger();
    ReviewOverviewDialog *overview = review()->overview();
    ASSERT_NE(overview, nullptr);
    QDateEdit *date = overview->deadlineEdit();
    ASSERT_EQ(date, overview->findChild<QDateEdit *>(QStringLiteral("overviewDeadline")));
    EXPECT_EQ(date->date(), QDate(2022, 1, 31)) << "the statutory deadline until the office sets its own";
    EXPECT_EQ(date->text(), QStringLiteral("2022年1月31日"));
    EXPECT_EQ(date->minimumDate(), QDate(2022, 1, 1));
    EXPECT_EQ(date->maximumDate(), QDate(2022, 1, 31));
    EXPECT_TRUE(date->isEnabled());
    auto *statutory = overview->findChild<QPushButton *>(QStringLiteral("overviewStatutoryDeadline"));
    EXPECT_FALSE(statutory->isEnabled()) << "the statutory deadline holds already";

    // The day typed over in the Chinese date, then set with the button.
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(date, QStringLiteral("15"));
    EXPECT_EQ(date->text(), QStringLiteral("2022年1月15日"));
    EXPECT_EQ(date->date(), QDate(2022, 1, 15));
    overview->findChild<QPushButton *>(QStringLiteral("overviewSetDeadline"))->click();
    EXPECT_EQ(OfficeDeadline(*window->store()).of(2021).value().date(), QDate(2022, 1, 15));
    EXPECT_EQ(overview->model()->deadline().date(), QDate(2022, 1, 15));
    EXPECT_TRUE(overview->model()->deadline().isOfficeDeadline());
    const int late = int(QDate(2022, 1, 15).daysTo(QDate::currentDate()));
    EXPECT_EQ(overview->model()->index(0, ReviewOverviewModel::DeadlineColumn).data().toString(),
              QStringLiteral("逾期 %1 天").arg(late))
        << "the days are counted from the office's deadline";
    EXPECT_TRUE(statutory->isEnabled());
    EXPECT_TRUE(overview->findChild<QLabel *>(QStringLiteral("overviewDeadlineNote"))
                    ->text()
                    .contains(QStringLiteral("2022年1月31日")));

    // A clerk sees the deadline and cannot change it.
    signIn(Clerk);
    EXPECT_EQ(date->date(), QDate(2022, 1, 15));
    EXPECT_FALSE(date->isEnabled());
    EXPECT_FALSE(overview->findChild<QPushButton *>(QStringLiteral("overviewSetDeadline"))->isEnabled());
    signIn(Supervisor);
    statutory->click();
    EXPECT_FALSE(OfficeDeadline(*window->store()).of(2021).value().isOfficeDeadline());
    EXPECT_EQ(date->date(), QDate(2022, 1, 31));

    // Who moved the deadline is in the note's tooltip, from the office's log.
    auto *note = overview->findChild<QLabel *>(QStringLiteral("overviewDeadlineNote"));
    EXPECT_TRUE(
        note->toolTip().contains(QStringLiteral("%1：法定（2022-01-31） → 2022-01-15").arg(Supervisor)))
        << note->toolTip().toStdString();
    // A log that cannot be read is not one without changes.
    QSqlQuery query(QSqlDatabase::database(window->store()->connectionName()));
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE office_log RENAME TO office_log_gone")))
        << query.lastError().text().toStdString();
    overview->refresh();
    EXPECT_TRUE(note->toolTip().contains(QStringLiteral("office_log"))) << note->toolTip().toStdString();
    EXPECT_FALSE(note->toolTip().contains(Supervisor)) << note->toolTip().toStdString();
}

// Where did a draft go? The overview names each deleted draft of the year, who deleted it and when.
TEST_F(ReviewOverviewTest, TheOverviewSaysWhichDraftsOfTheYearWereDeleted)
{
    signIn(Supervisor);
    importYear();
    review()->overviewAction()->trigger();
    ReviewOverviewDialog *overview = review()->overview();
    ASSERT_NE(overview, nullptr);
    auto *deleted = overview->findChild<QLabel *>(QStringLiteral("overviewDeletedDrafts"));
    ASSERT_NE(deleted, nullptr);
    EXPECT_FALSE(deleted->isVisible()) << "no draft deleted yet";

    ReportStore &store = *window->store();
    const QString agency = ReportReader::read(readSeed(QStringLiteral("2020_kanshi"))).report.meta.agencyName;
    const qint64 kanshi = store.findReport(agency, 2021).value();
    const StoreResult<StoredReport> gone =
        ReportIntake(store, Identity::of(store, Supervisor).value()).deleteDraft(kanshi);
    ASSERT_TRUE(gone) << gone.error().message.toStdString();
    overview->refresh();
    EXPECT_TRUE(deleted->isVisible());
    EXPECT_TRUE(deleted->text().startsWith(QStringLiteral("已删除的草稿：")))
        << deleted->text().toStdString();
    EXPECT_TRUE(deleted->text().contains(QStringLiteral("%1 删除了 %2 2021 年度报告草稿（第 %3 版）")
                                             .arg(Supervisor, agency)
                                             .arg(gone->revision)))
        << deleted->text().toStdString();
    EXPECT_EQ(overview->model()->rowOf(kanshi), -1);

    overview->showYear(2020);
    EXPECT_FALSE(deleted->isVisible()) << "each year its own";

    // A log that cannot be read is not an empty one.
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE office_log RENAME TO office_log_gone")))
        << query.lastError().text().toStdString();
    overview->refresh();
    EXPECT_TRUE(deleted->isVisible()) << "the reading's failure is shown";
    EXPECT_FALSE(deleted->text().contains(QStringLiteral("删除了"))) << deleted->text().toStdString();
}
