// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/keyfigures.h"
#include "review/reviewoverviewdialog.h"
#include "reviewtestsupport.h"
#include "summary/countysummary.h"
#include "summary/summarysheet.h"
#include "summary/summarysheetmodel.h"
#include "summary/summarysource.h"
#include "summary/summarywindow.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>

using namespace nianbao;
using namespace nianbao::test;
using namespace Qt::StringLiterals;

namespace {

/// The county of 2021: the seed, and two agencies whose 2021 drafts follow their 2020 reports; one
/// of them received ten times last year's applications.
class SummaryWindowTest : public ReviewUiTest
{
protected:
    void SetUp() override
    {
        ReviewUiTest::SetUp();
        ASSERT_NO_FATAL_FAILURE(openSeed());
        ReportStore &store = *window->store();
        for (const QString &name : {u"2020_honghe"_s, u"2020_kanshi"_s}) {
            const ReadResult read = ReportReader::read(readSeed(name));
            ASSERT_TRUE(read.isReport);
            ASSERT_TRUE(store.importReport(read.report).ok());
            const StoreResult<CreatedReport> created =
                store.createReport(read.report.meta.agencyName, read.report.meta.agencyKind, 2021);
            ASSERT_TRUE(created.ok());
            const qint64 received = read.report.cell(u"p3/received/total"_s).integer();
            ASSERT_TRUE(
                store
                    .setCell(created->id, u"p3/received/total"_s,
                             CellValue::count(name == u"2020_honghe" ? std::max<qint64>(10, received * 10)
                                                                     : received),
                             created->revision)
                    .ok());
        }
        signIn(Supervisor);
    }

    SummaryWindow *openSummary()
    {
        review()->overviewAction()->trigger();
        ReviewOverviewDialog *overview = review()->overview();
        EXPECT_NE(overview, nullptr);
        if (!overview)
            return nullptr;
        overview->showYear(2021);
        auto *button = overview->findChild<QPushButton *>(u"overviewSummaryButton"_s);
        EXPECT_NE(button, nullptr);
        if (!button)
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        SummaryWindow *summary = overview->summaryWindow();
        EXPECT_TRUE(summary && summary->isVisible());
        return summary;
    }
};

TEST_F(SummaryWindowTest, TheOverviewOpensTheCountyAtAGlanceWithTheStoresFigures)
{
    SummaryWindow *summary = openSummary();
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->year(), 2021);
    const CountySummary expected = SummarySource::load(*window->store(), 2021).value();
    ASSERT_EQ(expected.rows().size(), 3);

    SummarySheetModel *model = summary->yearModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Three agencies, the county total, last year's total and the change.
    ASSERT_EQ(model->rowCount(), 3 + 3);
    const int received = KeyFigures::indexOf(u"received"_s);
    const int column = 3 + received;
    EXPECT_TRUE(model->headerData(column, Qt::Horizontal).toString().contains(u"收到申请"_s));
    EXPECT_TRUE(
        model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"依申请公开"_s));
    for (int row = 0; row < expected.rows().size(); ++row) {
        const SummaryRow &line = expected.rows()[row];
        EXPECT_EQ(model->index(row, 1).data().toString(), line.entry.agency);
        const std::optional<Decimal> value = line.entry.values[received];
        EXPECT_EQ(model->index(row, column).data(SummarySheetModel::NumberRole).toString(),
                  value ? value->toString() : QString());
        const bool outlier = line.changes[received].outlier;
        EXPECT_EQ(model->index(row, column).data(SummarySheetModel::MarkRole).toInt(),
                  int(outlier ? SheetCell::Mark::Outlier : SheetCell::Mark::None));
        EXPECT_EQ(model->index(row, column).data(Qt::BackgroundRole).isValid(), outlier);
    }
    EXPECT_EQ(expected.reportsWithOutliers(), 1) << "洪合镇 received ten times last year's applications";
    EXPECT_EQ(model->index(3, column).data(SummarySheetModel::NumberRole).toString(),
              expected.totals().figures[received].sum->toString());

    // Every tab shows something: the comparison and the trend, and one chart of each kind.
    EXPECT_EQ(summary->comparisonModel()->rowCount(), 3 + 1);
    EXPECT_EQ(summary->trendModel()->rowCount(), 2) << "2020 and 2021";
    ASSERT_EQ(summary->chartViews().size(), 3);
    for (QChartView *view : summary->chartViews()) {
        ASSERT_NE(view->chart(), nullptr);
        EXPECT_FALSE(view->chart()->series().isEmpty()) << view->chart()->title().toStdString();
    }
}

TEST_F(SummaryWindowTest, ExportsTheSpreadsheetAndThePdf)
{
    SummaryWindow *summary = openSummary();
    ASSERT_NE(summary, nullptr);
    const QString xlsx = dir.filePath(u"2021.xlsx"_s);
    const QString pdf = dir.filePath(u"2021.pdf"_s);
    ASSERT_TRUE(summary->exportTo(xlsx, SummaryOutput::Form::Xlsx));
    ASSERT_TRUE(summary->exportTo(pdf, SummaryOutput::Form::Pdf));
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_TRUE(book.read(2) == "PK");
    QFile document(pdf);
    ASSERT_TRUE(document.open(QIODevice::ReadOnly));
    EXPECT_TRUE(document.read(5) == "%PDF-");
}

TEST_F(SummaryWindowTest, AnExportThatFailsIsToldThroughTheMessageSink)
{
    SummaryWindow *summary = openSummary();
    ASSERT_NE(summary, nullptr);
    const QString nowhere = dir.filePath(u"no such folder/2021.xlsx"_s);
    EXPECT_FALSE(summary->exportTo(nowhere, SummaryOutput::Form::Xlsx));
    const QList<MessageSink::Message> &told = RecordingMessageSink::instance().messages();
    ASSERT_EQ(told.size(), 1);
    EXPECT_EQ(told.constFirst().kind, MessageSink::Message::Kind::Warning);
    EXPECT_FALSE(told.constFirst().text.isEmpty());
}

TEST_F(SummaryWindowTest, AnotherYearIsReadAgain)
{
    SummaryWindow *summary = openSummary();
    ASSERT_NE(summary, nullptr);
    summary->showYear(2020);
    EXPECT_EQ(summary->year(), 2020);
    EXPECT_EQ(summary->summary().rows().size(), 2);
    EXPECT_EQ(summary->yearModel()->rowCount(), 2 + 1) << "no 2019 reports: only the county total";
}

} // namespace

namespace {

/// Screens of the overview and the county summary, as a supervisor of twelve agencies sees them
/// over three years (one agency's applications grew tenfold, one report still has an error), at
/// the screen's size. Written only with NIANBAO_SCREENSHOT_DIR, under a real X server (Xvfb).
class SummaryScreenshots : public ReviewUiTest
{
protected:
    /// Part 三 with applications of natural persons and businesses that add up as the table requires:
    /// most disclosed, some partly, the rest withheld, not held or carried over to next year.
    static void fillApplications(Report &report, qint64 natural, qint64 business)
    {
        const Format &format = *report.format();
        const TableDef &table = format.table(format.tableIndex(u"p3"_s));
        for (int row = 0; row < table.rows.size(); ++row) {
            for (int column = 0; column < table.columns.size(); ++column)
                report.setCell(table.cellIndex(row, column), CellValue::count(0));
        }
        const auto set = [&](const QString &row, qint64 naturalCount, qint64 businessCount) {
            report.setCell(u"p3/%1/natural"_s.arg(row), CellValue::count(naturalCount));
            report.setCell(u"p3/%1/business"_s.arg(row), CellValue::count(businessCount));
            report.setCell(u"p3/%1/total"_s.arg(row), CellValue::count(naturalCount + businessCount));
        };
        const auto split = [](qint64 count) {
            const qint64 partial = count / 6;
            const qint64 withheld = count / 8;
            const qint64 unable = count / 10;
            const qint64 carried = count > 12 ? 1 : 0;
            return std::array<qint64, 5>{count - partial - withheld - unable - carried, partial, withheld,
                                         unable, carried};
        };
        const std::array<qint64, 5> n = split(natural);
        const std::array<qint64, 5> b = split(business);
        set(u"received"_s, natural, business);
        set(u"disclosed"_s, n[0], b[0]);
        set(u"partial"_s, n[1], b[1]);
        set(u"withheld_third_party"_s, n[2], b[2]);
        set(u"unable_not_held"_s, n[3], b[3]);
        set(u"results_total"_s, natural - n[4], business - b[4]);
        set(u"carry_next"_s, n[4], b[4]);
    }

    void fillCounty()
    {
        const QStringList agencies = {u"城关镇"_s, u"东湖街道"_s, u"西山乡"_s, u"南坪镇"_s,
                                      u"北岭镇"_s, u"河口镇"_s,   u"青石乡"_s, u"白沙街道"_s,
                                      u"桃源镇"_s, u"金塘镇"_s,   u"龙泉乡"_s, u"凤鸣街道"_s};
        ReportStore &store = *window->store();
        for (int year = 2021; year <= 2023; ++year) {
            for (int index = 0; index < agencies.size(); ++index) {
                Report report = seed;
                report.meta.agencyName = agencies[index];
                report.meta.agencyKind = agencies[index].endsWith(u"街道") ? u"subdistrict"_s : u"township"_s;
                report.meta.year = year;
                report.meta.issueDate = QDate(year + 1, 1, 20);
                // 河口镇 received ten times as many applications in 2023 as the year before.
                const qint64 base = 4 + (index * 7 + year * 3) % 23;
                fillApplications(report, index == 5 && year == 2023 ? base * 12 : base, (index + year) % 4);
                if (index == 3 && year == 2023)
                    report.setCell(u"p3/received/total"_s, CellValue::count(999));
                ASSERT_TRUE(store.importReport(report).ok());
            }
        }
    }

    /// The whole screen as X shows it, through ImageMagick's import.
    void grabScreen(const QString &name)
    {
        const QDir target(QString::fromLocal8Bit(qgetenv("NIANBAO_SCREENSHOT_DIR")));
        QTest::qWait(300);
        const QString path = target.filePath(name);
        QProcess import;
        import.start(u"import"_s, {u"-window"_s, u"root"_s, path});
        ASSERT_TRUE(import.waitForFinished(30000) && import.exitCode() == 0)
            << "import failed: " << import.readAllStandardError().toStdString();
    }
};

TEST_F(SummaryScreenshots, OverviewAndSummaryAtTheScreensSize)
{
    if (qEnvironmentVariableIsEmpty("NIANBAO_SCREENSHOT_DIR") || QGuiApplication::platformName() != u"xcb")
        GTEST_SKIP() << "set NIANBAO_SCREENSHOT_DIR and run on Xvfb (QT_QPA_PLATFORM=xcb)";
    fillCounty();
    signIn(Supervisor);
    const QSize screen = QGuiApplication::primaryScreen()->size();
    const QString suffix = QStringLiteral("-%1x%2.png").arg(screen.width()).arg(screen.height());
    // Without a window manager under Xvfb, maximising does nothing: the window takes the screen.
    window->setGeometry(QGuiApplication::primaryScreen()->geometry());
    review()->overviewAction()->trigger();
    ReviewOverviewDialog *overview = review()->overview();
    ASSERT_NE(overview, nullptr);
    overview->showYear(2023);
    overview->resize(std::min(1100, screen.width() - 40), std::min(620, screen.height() - 80));
    overview->move(20, 40);
    grabScreen(u"review-overview"_s + suffix);

    overview->showSummary();
    SummaryWindow *summary = overview->summaryWindow();
    ASSERT_NE(summary, nullptr);
    summary->resize(screen.width() - 20, screen.height() - 60);
    summary->move(10, 20);
    grabScreen(u"summary-table"_s + suffix);
    summary->tabs()->setCurrentWidget(summary->findChild<QWidget *>(u"summaryCharts"_s));
    grabScreen(u"summary-charts"_s + suffix);
}

} // namespace
