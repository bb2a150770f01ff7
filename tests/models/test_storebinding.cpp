// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "document/storebinding.h"
#include "document/undocommands.h"
#include "storage/reportstore.h"
#include "validation/validator.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class StoreBindingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = ReportStore::open(dir.filePath(QStringLiteral("reports.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened.value());
        const auto created =
            store->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        id = created->id;
        const auto loaded = store->loadReport(id);
        ASSERT_TRUE(loaded.ok());
        document = std::make_unique<ReportDocument>(loaded->report);
        document->setPersist(StoreBinding::persist(*store, id, loaded->revision));
    }
    CellValue stored(const char *cellId)
    {
        return store->loadReport(id)->report.cell(QString::fromLatin1(cellId));
    }
    bool edit(const char *cellId, const CellValue &value)
    {
        return document
            ->push(std::make_unique<SetCellValues>(
                document.get(), QList<CellEdit>{{cellOf(document->report(), cellId), value}}))
            .isDone();
    }

    QTemporaryDir dir;
    std::unique_ptr<ReportStore> store;
    qint64 id = 0;
    std::unique_ptr<ReportDocument> document;
};

} // namespace

TEST_F(StoreBindingTest, AnEditIsStoredAtOnceWithItsTotalsAndUndoRestoresTheStore)
{
    ASSERT_TRUE(edit("p3/received/natural", CellValue::count(6)));
    EXPECT_EQ(stored("p3/received/natural"), CellValue::count(6));
    EXPECT_EQ(stored("p3/received/total"), CellValue::count(6));
    document->undoStack()->undo();
    EXPECT_TRUE(stored("p3/received/natural").isBlank());
    EXPECT_TRUE(stored("p3/received/total").isBlank());
    document->undoStack()->redo();
    EXPECT_EQ(stored("p3/received/total"), CellValue::count(6));
}

TEST_F(StoreBindingTest, NarrativeAndMetadataAreStored)
{
    document->push(
        std::make_unique<SetNarrativeText>(document.get(), 6, QStringLiteral("本年度未收取信息处理费。")));
    document->push(std::make_unique<SetNarrativeText>(document.get(), Location::PreamblePart,
                                                      QStringLiteral("根据《条例》")));
    document->push(std::make_unique<SetReportField>(document.get(), ReportField::Issuer,
                                                    QStringLiteral("南定镇人民政府")));
    const Report report = store->loadReport(id)->report;
    EXPECT_EQ(report.parts[5], QStringLiteral("本年度未收取信息处理费。"));
    EXPECT_EQ(report.preamble, QStringLiteral("根据《条例》"));
    EXPECT_EQ(report.meta.issuer, QStringLiteral("南定镇人民政府"));
}

TEST_F(StoreBindingTest, AnEditAfterAChangeElsewhereIsRefusedAndNotMade)
{
    ASSERT_TRUE(edit("p3/received/natural", CellValue::count(1)));
    // Another window changes the report behind this document's back.
    const int revision = store->loadReport(id)->revision;
    ASSERT_TRUE(store->setCell(id, QStringLiteral("p3/carried/natural"), CellValue::count(9), revision).ok());
    QSignalSpy refused(document.get(), &ReportDocument::editRefused);
    EXPECT_FALSE(edit("p3/received/business", CellValue::count(2)));
    EXPECT_EQ(refused.size(), 1);
    EXPECT_TRUE(document->report().cell(QStringLiteral("p3/received/business")).isBlank());
    EXPECT_TRUE(stored("p3/received/business").isBlank());
    EXPECT_EQ(document->undoStack()->count(), 1);
}

TEST_F(StoreBindingTest, TheStoreNeverValidatesAnEditOrAPaste)
{
    const int received = cellOf(document->report(), "p3/received/natural");
    const int carried = cellOf(document->report(), "p3/carried/natural");
    // The store alone, given the counts by its caller: not one validation.
    int revision = store->loadReport(id)->revision;
    const StampedCounts counts{{1, 2, 0}, Validator::rulesVersion()};
    quint64 before = Validator::runs();
    const StoreResult<int> edited = store->setCell(id, received, CellValue::count(3), revision, counts);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(Validator::runs() - before, 0u) << "a cell edit";
    before = Validator::runs();
    const StoreResult<int> pasted = store->setCells(
        id, {{received, CellValue::count(4)}, {carried, CellValue::count(5)}}, edited.value(), counts);
    ASSERT_TRUE(pasted) << pasted.error().message.toStdString();
    EXPECT_EQ(Validator::runs() - before, 0u) << "a paste";
    EXPECT_EQ(pasted.value(), edited.value() + 1) << "a paste is one revision";

    // Through the document: its own validation, once per edit, and none in the store.
    document = std::make_unique<ReportDocument>(store->loadReport(id)->report);
    document->setPersist(StoreBinding::persist(*store, id, pasted.value()));
    before = Validator::runs();
    ASSERT_TRUE(edit("p3/received/natural", CellValue::count(6)));
    EXPECT_EQ(Validator::runs() - before, 1u) << "a cell edit validates once, in the document";
    before = Validator::runs();
    ASSERT_TRUE(document->push(std::make_unique<SetCellValues>(
        document.get(),
        QList<CellEdit>{{received, CellValue::count(7)},
                        {carried, CellValue::count(8)},
                        {cellOf(document->report(), "p3/received/business"), CellValue::count(9)}})));
    EXPECT_EQ(Validator::runs() - before, 1u) << "a paste validates once, in the document";
}

TEST_F(StoreBindingTest, TheStoredCountsAreTheDocumentsFindings)
{
    ASSERT_TRUE(edit("p3/disclosed/natural", CellValue::invalid(QStringLiteral("若干"))));
    const FindingCounts shown = FindingCounts::of(document->findings());
    ASSERT_GT(shown.errors, 0);
    const ReportSummary summary = store->listReports()->constFirst();
    EXPECT_EQ(summary.errors, shown.errors);
    EXPECT_EQ(summary.warnings, shown.warnings);
    EXPECT_TRUE(summary.countsCurrent(Validator::rulesVersion()));
}
