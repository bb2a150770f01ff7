// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfigures.h"
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
#include <QPushButton>
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
    const CountySummary expected = SummarySource::load(*window->store(), 2021, std::nullopt).value();
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
    summary->showYear(2020, std::nullopt);
    EXPECT_EQ(summary->year(), 2020);
    EXPECT_EQ(summary->summary().rows().size(), 2);
    EXPECT_EQ(summary->yearModel()->rowCount(), 2 + 1) << "no 2019 reports: only the county total";
}

} // namespace
