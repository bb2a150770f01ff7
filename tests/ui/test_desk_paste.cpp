// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktestsupport.h"

#include "editor/messagebubble.h"

#include <QClipboard>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// Pasting with Ctrl+V into the forms of a new report, as copied from a spreadsheet.
class DeskPasteTest : public DeskTest
{
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        start();
        ASSERT_TRUE(window->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021));
        window->editor()->showSection(4);
        QCoreApplication::processEvents();
    }
    /// Puts the cursor on a cell, as a click does.
    TableFormView *place(const char *id)
    {
        TableFormView *v = view(QString::fromLatin1(id).section(u'/', 0, 0).toLatin1().constData());
        window->editor()->showLocation(Location::ofCell(cell(id)));
        v->setFocus();
        v->setCurrentIndex(formIndex(id));
        QCoreApplication::processEvents();
        return v;
    }
    /// Copies text as a spreadsheet does and pastes it with Ctrl+V at the cell.
    void pasteAt(const char *id, const QString &text)
    {
        TableFormView *v = place(id);
        QApplication::clipboard()->setText(text);
        QTest::keySequence(v, QKeySequence::Paste);
        QCoreApplication::processEvents();
    }
    /// Every cell of the report as text, to show that a refused paste changed nothing.
    QStringList allCells() const
    {
        QStringList cells;
        for (int i = 0; i < document()->format().cellCount(); ++i)
            cells.append(document()->report().cell(i).toText(document()->format().column(i).kind));
        return cells;
    }
    MessageBubble *bubble() const { return window->editor()->messageBubble(); }
};

TEST_F(DeskPasteTest, TwelveValuesFromASpreadsheetRowFillTheTwelveInputCellsOfPartFour)
{
    pasteAt("p4/cases/review_upheld", QStringLiteral("1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\r\n"));
    EXPECT_EQ(value("p4/cases/review_pending"), CellValue::count(4));
    EXPECT_EQ(value("p4/cases/review_total"), CellValue::count(10));
    EXPECT_EQ(value("p4/cases/direct_upheld"), CellValue::count(5));
    EXPECT_EQ(value("p4/cases/direct_total"), CellValue::count(26));
    EXPECT_EQ(value("p4/cases/after_review_pending"), CellValue::count(12));
    EXPECT_EQ(value("p4/cases/after_review_total"), CellValue::count(42));
    EXPECT_EQ(document()->undoStack()->count(), 1);
    document()->undoStack()->undo();
    EXPECT_TRUE(value("p4/cases/after_review_pending").isBlank());
}

TEST_F(DeskPasteTest, ThirteenValuesAreRefusedWholeAndTheBubbleSaysWhyWithoutMovingTheForm)
{
    TableFormView *p4 = place("p4/cases/review_upheld");
    const QRect before = p4->geometry();
    const QStringList cells = allCells();
    pasteAt("p4/cases/review_upheld", QStringLiteral("1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\n"));
    EXPECT_EQ(allCells(), cells);
    EXPECT_EQ(document()->undoStack()->count(), 0);
    ASSERT_TRUE(bubble()->isVisible());
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("13"))) << bubble()->text().toStdString();
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("12"))) << bubble()->text().toStdString();
    // Over the form, not in its way.
    EXPECT_EQ(p4->geometry(), before);
    const QRect cellRect(
        p4->viewport()->mapTo(window->editor(), p4->visualRect(p4->currentIndex()).topLeft()),
        p4->visualRect(p4->currentIndex()).size());
    EXPECT_FALSE(bubble()->geometry().intersects(cellRect)) << "the bubble leaves the cell in sight";
}

TEST_F(DeskPasteTest, AValueThatCannotBeReadIsNamedAndNothingIsPasted)
{
    const QStringList cells = allCells();
    pasteAt("p4/cases/review_upheld", QStringLiteral("1\t2\t三\t4\t5\t6\t7\t8\t9\t10\t11\t12\n"));
    EXPECT_EQ(allCells(), cells);
    ASSERT_TRUE(bubble()->isVisible());
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("三"))) << bubble()->text().toStdString();
    EXPECT_TRUE(bubble()->text().contains(document()->format().cellName(cell("p4/cases/review_other"))));
}

TEST_F(DeskPasteTest, ATotalThatDoesNotAddUpIsRefusedNamingIt)
{
    const QStringList cells = allCells();
    pasteAt("p4/cases/review_upheld", QStringLiteral("1\t1\t1\t1\t5\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"));
    EXPECT_EQ(allCells(), cells);
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("5"))) << bubble()->text().toStdString();
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("4"))) << bubble()->text().toStdString();
}

TEST_F(DeskPasteTest, AColumnPastedDownAcrossTheGroupsOfPartThreeSkipsItsTotalRow)
{
    window->editor()->showSection(3);
    QStringList column;
    for (int i = 1; i <= 24; ++i)
        column.append(QString::number(i));
    pasteAt("p3/received/natural", column.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    EXPECT_EQ(value("p3/received/natural"), CellValue::count(1));
    EXPECT_EQ(value("p3/withheld_secret/natural"), CellValue::count(5));
    EXPECT_EQ(value("p3/other_misc/natural"), CellValue::count(23));
    EXPECT_EQ(value("p3/carry_next/natural"), CellValue::count(24));
    // （七）总计 is the sum of the 21 results (3 … 23).
    EXPECT_EQ(value("p3/results_total/natural"), CellValue::count(273));
    EXPECT_EQ(document()->undoStack()->count(), 1);
}

TEST_F(DeskPasteTest, OneValueOverASelectionGoesIntoEachCell)
{
    window->editor()->showSection(3);
    TableFormView *p3 = place("p3/received/natural");
    p3->selectionModel()->select(
        QItemSelection(formIndex("p3/received/natural"), formIndex("p3/carried/total")),
        QItemSelectionModel::ClearAndSelect);
    QApplication::clipboard()->setText(QStringLiteral("０\n"));
    QTest::keySequence(p3, QKeySequence::Paste);
    EXPECT_EQ(value("p3/received/natural"), CellValue::count(0));
    EXPECT_EQ(value("p3/carried/other_org"), CellValue::count(0));
    EXPECT_EQ(value("p3/carried/total"), CellValue::count(0)) << "the total is computed, not pasted";
}

} // namespace
