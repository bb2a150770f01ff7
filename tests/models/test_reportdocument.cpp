// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "document/computedtotals.h"
#include "document/undocommands.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

CellValue count(qint64 n)
{
    return CellValue::count(n);
}

std::unique_ptr<QUndoCommand> setCell(ReportDocument &document, const char *id, const CellValue &value)
{
    return std::make_unique<SetCellValues>(&document,
                                           QList<CellEdit>{{cellOf(document.report(), id), value}});
}

} // namespace

TEST(ComputedTotals, AnEditCarriesTheRowAndColumnTotalsItChanges)
{
    Report report = emptyReport(2021);
    for (const CellEdit &edit :
         ComputedTotals::withTotals(report, {{cellOf(report, "p3/disclosed/business"), count(4)}}))
        report.setCell(edit.first, edit.second);
    const QList<CellEdit> edits =
        ComputedTotals::withTotals(report, {{cellOf(report, "p3/disclosed/natural"), count(3)}});
    QHash<QString, CellValue> byId;
    for (const CellEdit &edit : edits)
        byId.insert(report.format()->cellId(edit.first), edit.second);
    EXPECT_EQ(edits.first().first, cellOf(report, "p3/disclosed/natural"));
    EXPECT_EQ(byId.value(QStringLiteral("p3/disclosed/total")), count(7));
    EXPECT_EQ(byId.value(QStringLiteral("p3/results_total/natural")), count(3));
    EXPECT_EQ(byId.value(QStringLiteral("p3/results_total/total")), count(7));
    // The 商业企业 column is untouched.
    EXPECT_FALSE(byId.contains(QStringLiteral("p3/results_total/business")));
    EXPECT_EQ(edits.size(), 4);
}

TEST(ComputedTotals, PartFourTotalsSumTheirFourResults)
{
    Report report = emptyReport(2021);
    report.setCell(QStringLiteral("p4/cases/review_upheld"), count(2));
    const QList<CellEdit> edits =
        ComputedTotals::withTotals(report, {{cellOf(report, "p4/cases/review_pending"), count(1)}});
    ASSERT_EQ(edits.size(), 2);
    EXPECT_EQ(edits[1], CellEdit(cellOf(report, "p4/cases/review_total"), count(3)));
}

TEST(ComputedTotals, AWrongImportedTotalIsExpectedAsTheSum)
{
    Report report = emptyReport(2021);
    report.setCell(QStringLiteral("p4/cases/review_upheld"), count(2));
    report.setCell(QStringLiteral("p4/cases/review_total"), count(5));
    EXPECT_EQ(ComputedTotals::expected(report, cellOf(report, "p4/cases/review_total")), count(2));
}

TEST(ReportDocument, AnEditUpdatesTotalsAndOneUndoRestoresAll)
{
    ReportDocument document(emptyReport(2021));
    QSignalSpy changes(&document, &ReportDocument::changed);
    ASSERT_TRUE(document.push(setCell(document, "p3/received/natural", count(5))));
    EXPECT_EQ(document.report().cell(QStringLiteral("p3/received/total")), count(5));
    ASSERT_EQ(changes.size(), 1);
    const auto event = changes.first().first().value<ChangeEvent>();
    EXPECT_EQ(event.kind, ChangeEvent::Kind::Cells);
    EXPECT_EQ(event.cells, (QList<int>{cellOf(document.report(), "p3/received/natural"),
                                       cellOf(document.report(), "p3/received/total")}));
    document.undoStack()->undo();
    EXPECT_TRUE(document.report().cell(QStringLiteral("p3/received/natural")).isBlank());
    EXPECT_TRUE(document.report().cell(QStringLiteral("p3/received/total")).isBlank());
    document.undoStack()->redo();
    EXPECT_EQ(document.report().cell(QStringLiteral("p3/received/total")), count(5));
}

TEST(ReportDocument, RepeatedEditsOfOneCellMergeIntoOneStep)
{
    ReportDocument document(emptyReport(2021));
    document.push(setCell(document, "p3/received/natural", count(1)));
    document.push(setCell(document, "p3/received/natural", count(12)));
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.push(setCell(document, "p3/received/business", count(2)));
    EXPECT_EQ(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_TRUE(document.report().cell(QStringLiteral("p3/received/natural")).isBlank());
}

TEST(ReportDocument, AnEditBackToTheStartLeavesNoStep)
{
    ReportDocument document(emptyReport(2021));
    document.push(setCell(document, "p3/received/natural", count(1)));
    document.push(setCell(document, "p3/received/natural", CellValue()));
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(ReportDocument, NarrativeAndFieldEditsAreUndoable)
{
    ReportDocument document(emptyReport(2021));
    QSignalSpy changes(&document, &ReportDocument::changed);
    document.push(std::make_unique<SetNarrativeText>(&document, 1, QStringLiteral("（一）主动公开")));
    document.push(std::make_unique<SetNarrativeText>(&document, 1, QStringLiteral("（一）主动公开情况")));
    document.push(
        std::make_unique<SetNarrativeText>(&document, Location::PreamblePart, QStringLiteral("根据")));
    document.push(
        std::make_unique<SetReportField>(&document, ReportField::IssueDate, QStringLiteral("2022-01-20")));
    EXPECT_EQ(document.report().parts[0], QStringLiteral("（一）主动公开情况"));
    EXPECT_EQ(document.report().preamble, QStringLiteral("根据"));
    EXPECT_EQ(document.report().meta.issueDate, QDate(2022, 1, 20));
    EXPECT_EQ(document.undoStack()->count(), 3);
    EXPECT_EQ(changes.last().first().value<ChangeEvent>().field, ReportField::IssueDate);
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_TRUE(document.report().parts[0].isEmpty());
    EXPECT_FALSE(document.report().meta.issueDate.isValid());
}

TEST(ReportDocument, ReviewModeRefusesEveryEdit)
{
    ReportDocument document(emptyReport(2021));
    document.setReadOnly(true);
    QSignalSpy refused(&document, &ReportDocument::editRefused);
    EXPECT_FALSE(document.push(setCell(document, "p3/received/natural", count(1))));
    EXPECT_EQ(refused.size(), 1);
    EXPECT_TRUE(document.report().cell(QStringLiteral("p3/received/natural")).isBlank());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(ReportDocument, AnEditThePersistenceRefusesIsNotMadeNorRecorded)
{
    ReportDocument document(emptyReport(2021));
    document.setPersist([](const ChangeEvent &, const Report &, const StampedCounts &) {
        return QStringLiteral("磁盘已满");
    });
    QSignalSpy refused(&document, &ReportDocument::editRefused);
    QSignalSpy changes(&document, &ReportDocument::changed);
    EXPECT_FALSE(document.push(setCell(document, "p3/received/natural", count(1))));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().first().toString(), QStringLiteral("磁盘已满"));
    EXPECT_TRUE(changes.isEmpty());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(ReportDocument, PushSaysWhyAnEditWasRefused)
{
    ReportDocument document(emptyReport(2021));
    const EditResult made = document.push(setCell(document, "p3/received/natural", count(1)));
    EXPECT_TRUE(made.isDone());
    EXPECT_EQ(made.refusal(), EditResult::Refusal::None);
    EXPECT_TRUE(made.reason().isEmpty());

    const QString why = QStringLiteral("已提交审核，不能修改。");
    QSignalSpy readOnly(&document, &ReportDocument::readOnlyChanged);
    document.setReadOnly(true, why);
    EXPECT_EQ(readOnly.size(), 1);
    EXPECT_EQ(document.readOnlyReason(), why);
    const EditResult locked = document.push(setCell(document, "p3/received/natural", count(2)));
    EXPECT_FALSE(locked);
    EXPECT_EQ(locked.refusal(), EditResult::Refusal::ReadOnly);
    EXPECT_EQ(locked.reason(), why);

    // Without a reason of its own, the general one; editable again, no reason at all.
    document.setReadOnly(true);
    EXPECT_FALSE(document.readOnlyReason().isEmpty());
    EXPECT_NE(document.readOnlyReason(), why);
    document.setReadOnly(false);
    EXPECT_TRUE(document.readOnlyReason().isEmpty());

    document.setPersist([](const ChangeEvent &, const Report &, const StampedCounts &) {
        return QStringLiteral("磁盘已满");
    });
    const EditResult unstored = document.push(setCell(document, "p3/received/natural", count(3)));
    EXPECT_EQ(unstored.refusal(), EditResult::Refusal::NotStored);
    EXPECT_EQ(unstored.reason(), QStringLiteral("磁盘已满"));
    EXPECT_EQ(document.report().cell(QStringLiteral("p3/received/natural")), count(1));
}

TEST(ReportDocument, RevalidatesAfterEveryEdit)
{
    ReportDocument document(emptyReport(2021));
    document.setValidator(overTenValidator);
    QSignalSpy findings(&document, &ReportDocument::findingsChanged);
    EXPECT_TRUE(document.findings().isEmpty());
    document.push(setCell(document, "p3/received/natural", count(11)));
    EXPECT_EQ(findings.size(), 1);
    ASSERT_EQ(document.findings().size(), 1);
    EXPECT_EQ(document.findings().first().rule, QStringLiteral("test.over-ten"));
    document.undoStack()->undo();
    EXPECT_TRUE(document.findings().isEmpty());
}

TEST(ReportDocument, AChangeTheStoreCannotTakeNowIsMadeHeldAndStoredLaterInOneWrite)
{
    ReportDocument document(emptyReport(2021));
    bool away = true;
    QList<QList<int>> written;
    document.setPersist([&](const ChangeEvent &change, const Report &, const StampedCounts &) {
        if (away)
            return PersistResult::unavailable(QStringLiteral("服务器无法连接"));
        written.append(change.cells);
        return PersistResult();
    });
    QSignalSpy refused(&document, &ReportDocument::editRefused);
    QSignalSpy held(&document, &ReportDocument::heldChangesChanged);
    EXPECT_TRUE(document.push(setCell(document, "p3/received/natural", count(1))));
    EXPECT_TRUE(document.push(setCell(document, "p3/carried/natural", count(2))));
    EXPECT_EQ(document.report().cell(QStringLiteral("p3/received/natural")), count(1));
    EXPECT_EQ(document.report().cell(QStringLiteral("p3/carried/natural")), count(2));
    EXPECT_EQ(refused.size(), 0);
    EXPECT_EQ(held.size(), 2);
    EXPECT_EQ(document.heldChanges(), 2) << "the totals carried along are not counted";
    EXPECT_EQ(document.heldReason(), QStringLiteral("服务器无法连接"));
    EXPECT_TRUE(document.retriesHeldChanges());
    EXPECT_EQ(document.undoStack()->count(), 2);

    EXPECT_FALSE(document.storeHeldChanges());
    EXPECT_EQ(document.heldChanges(), 2);
    away = false;
    EXPECT_TRUE(document.storeHeldChanges());
    ASSERT_EQ(written.size(), 1) << "the held cells are one write";
    EXPECT_TRUE(written.first().contains(cellOf(document.report(), "p3/received/natural")));
    EXPECT_TRUE(written.first().contains(cellOf(document.report(), "p3/carried/natural")));
    EXPECT_EQ(document.heldChanges(), 0);
    EXPECT_TRUE(document.heldReason().isEmpty());
    EXPECT_FALSE(document.retriesHeldChanges());
    // Stored again at once from now on.
    EXPECT_TRUE(document.push(setCell(document, "p3/received/business", count(3))));
    EXPECT_EQ(written.size(), 2);
}

TEST(ReportDocument, AHeldChangeTheStoreRefusesStopsTheRetriesAndStaysWhereItWasTyped)
{
    ReportDocument document(emptyReport(2021));
    PersistResult answer = PersistResult::unavailable(QStringLiteral("服务器无法连接"));
    document.setPersist([&](const ChangeEvent &, const Report &, const StampedCounts &) { return answer; });
    EXPECT_TRUE(document.push(setCell(document, "p3/received/natural", count(5))));
    ASSERT_TRUE(document.retriesHeldChanges());
    answer = QStringLiteral("年报已在别处修改");
    EXPECT_FALSE(document.storeHeldChanges());
    EXPECT_FALSE(document.retriesHeldChanges());
    EXPECT_EQ(document.heldReason(), QStringLiteral("年报已在别处修改"));
    EXPECT_EQ(document.heldChanges(), 1);
    EXPECT_EQ(document.report().cell(QStringLiteral("p3/received/natural")), count(5));
}
