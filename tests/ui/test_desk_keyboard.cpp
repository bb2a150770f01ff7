// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktestsupport.h"

#include "document/selectionsummary.h"
#include "editor/findbar.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class DeskKeyboardTest : public DeskTest
{
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        start();
        openSeed();
    }
    /// Puts the cursor on a cell as a click does.
    void place(const char *id)
    {
        TableFormView *v = view(QString::fromLatin1(id).section(u'/', 0, 0).toLatin1().constData());
        v->setFocus();
        v->setCurrentIndex(formIndex(id));
        QCoreApplication::processEvents();
    }
    QString current(TableFormView *v) const
    {
        const QModelIndex source = v->formModel()->mapToSource(v->currentIndex());
        return source.isValid() ? document()->format().cellId(v->formModel()->source()->cellAt(source))
                                : QString();
    }
};

TEST_F(DeskKeyboardTest, TheCurrentCellStaysInSightAfterThirtyDowns)
{
    TableFormView *p3 = view("p3");
    place("p3/received/natural");
    for (int i = 0; i < 30; ++i) {
        key(Qt::Key_Down);
        ASSERT_TRUE(inSight(p3, p3->currentIndex()))
            << "after " << i + 1 << " × Down at " << current(p3).toStdString();
    }
    EXPECT_EQ(current(p3), QStringLiteral("p3/carry_next/natural"));
    for (int i = 0; i < 30; ++i)
        key(Qt::Key_Up);
    EXPECT_TRUE(inSight(p3, p3->currentIndex()));
    EXPECT_EQ(current(p3), QStringLiteral("p3/received/natural"));
}

TEST_F(DeskKeyboardTest, TheCurrentCellStaysInSightInAPageThatScrolls)
{
    // Part 二 is four small tables one under the other: the page scrolls, and follows the cursor.
    window->editor()->showSection(2);
    QCoreApplication::processEvents();
    TableFormView *last = view("p2.item8");
    place("p2.item1/rules/made");
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    last->setFocus();
    last->setCurrentIndex(formIndex("p2.item8/fees/fee_amount"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(inSight(last, last->currentIndex()));
}

TEST_F(DeskKeyboardTest, ControlArrowsGoToTheEdgesAndControlHomeEndToTheFirstAndLastCellToFill)
{
    TableFormView *p3 = view("p3");
    place("p3/withheld_internal/research");
    key(Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(current(p3), QStringLiteral("p3/withheld_internal/total"));
    key(Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(current(p3), QStringLiteral("p3/carry_next/total"));
    EXPECT_TRUE(inSight(p3, p3->currentIndex()));
    key(Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(current(p3), QStringLiteral("p3/carry_next/natural"));
    key(Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(current(p3), QStringLiteral("p3/received/natural"));
    // The selection follows the cursor, as in a spreadsheet.
    EXPECT_EQ(p3->selectionModel()->selectedIndexes(), QModelIndexList{p3->currentIndex()});
    key(Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(current(p3), QStringLiteral("p3/carry_next/other_org"));
    key(Qt::Key_Home, Qt::ControlModifier);
    EXPECT_EQ(current(p3), QStringLiteral("p3/received/natural"));
}

TEST_F(DeskKeyboardTest, PageDownMovesByWhatIsInSight)
{
    TableFormView *p3 = view("p3");
    place("p3/received/natural");
    key(Qt::Key_PageDown);
    const int rows = p3->formModel()->mapToSource(p3->currentIndex()).row();
    EXPECT_GT(rows, 1);
    EXPECT_LT(rows, 24);
    EXPECT_TRUE(inSight(p3, p3->currentIndex()));
    key(Qt::Key_PageUp);
    EXPECT_EQ(current(p3), QStringLiteral("p3/received/natural"));
}

TEST_F(DeskKeyboardTest, F2EditsInPlaceAndEscapeCancels)
{
    place("p3/received/natural");
    const CellValue before = value("p3/received/natural");
    ASSERT_TRUE(before.isNumber());
    key(Qt::Key_F2);
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->text(), before.toText(CellKind::Count));
    EXPECT_FALSE(edit->hasSelectedText()) << "F2 keeps the value: the caret goes to its end";
    EXPECT_EQ(edit->cursorPosition(), edit->text().size());
    QTest::keyClicks(edit, QStringLiteral("9"));
    key(Qt::Key_Escape);
    EXPECT_EQ(value("p3/received/natural"), before);
    EXPECT_NE(qobject_cast<QLineEdit *>(QApplication::focusWidget()), edit);
    // F2 and a digit appends; Enter stores it.
    key(Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
    key(Qt::Key_Return);
    EXPECT_EQ(value("p3/received/natural"), CellValue::count(before.integer() * 10));
}

TEST_F(DeskKeyboardTest, ControlDFillsDownAndControlRFillsRightInOneUndoStepEach)
{
    TableFormView *p3 = view("p3");
    place("p3/withheld_secret/natural");
    p3->model()->setData(formIndex("p3/withheld_secret/natural"), QStringLiteral("3"));
    const int steps = document()->undoStack()->count();
    // Select 1.属于国家秘密 … 4.保护第三方 in 自然人 and fill down: Ctrl+D is the 编辑 menu's action.
    p3->selectionModel()->select(
        QItemSelection(formIndex("p3/withheld_secret/natural"), formIndex("p3/withheld_third_party/natural")),
        QItemSelectionModel::ClearAndSelect);
    key(Qt::Key_D, Qt::ControlModifier);
    EXPECT_EQ(value("p3/withheld_third_party/natural"), CellValue::count(3));
    EXPECT_EQ(value("p3/withheld_security/natural"), CellValue::count(3));
    EXPECT_EQ(document()->undoStack()->count(), steps + 1);
    // One cell selected: Ctrl+R takes the value on its left.
    place("p3/withheld_secret/business");
    key(Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(value("p3/withheld_secret/business"), CellValue::count(3));
    EXPECT_EQ(document()->undoStack()->count(), steps + 2);
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    EXPECT_NE(value("p3/withheld_third_party/natural"), CellValue::count(3));
    // The actions are where the clerk finds them, with their keys.
    auto *fillDown = window->findChild<QAction *>(QStringLiteral("fillDownAction"));
    ASSERT_NE(fillDown, nullptr);
    EXPECT_EQ(fillDown->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
}

TEST_F(DeskKeyboardTest, TheStatusBarSumsTheSelection)
{
    TableFormView *p3 = view("p3");
    p3->setFocus();
    p3->selectionModel()->select(
        QItemSelection(formIndex("p3/received/natural"), formIndex("p3/received/other_org")),
        QItemSelectionModel::ClearAndSelect);
    QList<CellValue> values;
    for (const char *column : {"natural", "business", "research", "charity", "legal", "other_org"})
        values.append(
            value((QStringLiteral("p3/received/") + QString::fromLatin1(column)).toLatin1().constData()));
    const SelectionSummary expected = SelectionSummary::of(values);
    auto *summary = window->findChild<QLabel *>(QStringLiteral("selectionSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->text(), expected.text());
    EXPECT_TRUE(summary->text().contains(expected.sum()->toString())) << summary->text().toStdString();
    EXPECT_EQ(*expected.sum(), value("p3/received/total").number());
}

TEST_F(DeskKeyboardTest, EscapeFromTheFindBarGivesTheKeyboardToWhatWasFound)
{
    place("p3/received/natural");
    key(Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = window->editor()->findBar();
    ASSERT_TRUE(bar->isVisible());
    ASSERT_EQ(QApplication::focusWidget(), bar->findEdit());
    const QString word = QStringLiteral("政府信息公开");
    // As an input method commits it: QTest types only ASCII keys.
    bar->findEdit()->insert(word);
    key(Qt::Key_Return);
    ASSERT_FALSE(bar->statusLabel()->text().contains(QStringLiteral("没有")))
        << bar->statusLabel()->text().toStdString();
    key(Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    QWidget *focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    QString selected;
    if (auto *text = qobject_cast<QPlainTextEdit *>(focused))
        selected = text->textCursor().selectedText();
    else if (auto *line = qobject_cast<QLineEdit *>(focused))
        selected = line->selectedText();
    EXPECT_EQ(selected, word) << focused->metaObject()->className();
}

} // namespace
