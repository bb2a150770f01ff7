// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "mainwindow.h"
#include "settings.h"
#include "storage/reportstore.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

/// A main window on a fresh database, with settings of its own.
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Settings::instance().useFile(dir.filePath(QStringLiteral("settings.ini")));
        Settings::instance().resetToDefaults();
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openDatabase(dir.filePath(QStringLiteral("reports.sqlite"))));
    }
    TableFormView *p3View() const
    {
        return window->findChild<TableFormView *>(QStringLiteral("tableForm_p3"));
    }
    QModelIndex formIndex(const char *cellId) const
    {
        const int cell = window->document()->format().cellIndex(QString::fromLatin1(cellId));
        return p3View()->formModel()->mapFromSource(p3View()->formModel()->source()->indexOfCell(cell));
    }
    void typeInto(const char *cellId, const QString &text)
    {
        TableFormView *view = p3View();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(formIndex(cellId)).center());
        for (const QChar c : text)
            QTest::keyClicks(QApplication::focusWidget(), QString(c));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    CellValue stored(const char *cellId) const
    {
        const auto id = window->store()->findReport(window->document()->report().meta.agencyName,
                                                    window->document()->report().meta.year);
        return window->store()->loadReport(id.value())->report.cell(QString::fromLatin1(cellId));
    }
    void screenshot(QWidget *widget, const QString &name) const
    {
        const QByteArray target = qgetenv("NIANBAO_SCREENSHOT_DIR");
        if (!target.isEmpty())
            widget->grab().save(QDir(QString::fromLocal8Bit(target)).filePath(name));
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowTest, AnEmptyDatabaseSaysWhatToDoNext)
{
    auto *welcome = window->findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    EXPECT_NE(window->findChild<QWidget *>(QStringLiteral("welcomeNewButton")), nullptr);
    EXPECT_NE(window->findChild<QWidget *>(QStringLiteral("welcomeImportButton")), nullptr);
    EXPECT_EQ(window->findChild<QAction *>(QStringLiteral("newAction"))->shortcut(), QKeySequence::New);
    const QList<QKeySequence> redo = window->findChild<QAction *>(QStringLiteral("redoAction"))->shortcuts();
    EXPECT_TRUE(redo.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_TRUE(redo.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
}

TEST_F(MainWindowTest, ImportingAPublishedReportListsAndOpensIt)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2021_nanding"))));
    auto *list = window->findChild<QTableWidget *>(QStringLiteral("reportList"));
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->item(0, 0)->text(), QStringLiteral("南定镇人民政府"));
    EXPECT_EQ(list->item(0, 1)->text(), QStringLiteral("2021"));
    ASSERT_NE(window->editor(), nullptr);
    EXPECT_TRUE(window->editor()->isVisible());
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("findingCounts"))
                    ->text()
                    .contains(QStringLiteral("错误")));
    window->editor()->showSection(3);
    QTest::qWait(30);
    screenshot(window.get(), QStringLiteral("main-window-2021_nanding.png"));
}

TEST_F(MainWindowTest, TypingPersistsToTheStoreAndUndoRestoresIt)
{
    ASSERT_TRUE(window->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021));
    window->editor()->showSection(3);
    QElapsedTimer timer;
    timer.start();
    typeInto("p3/received/natural", QStringLiteral("8"));
    std::cout << "[ measure ] key events to findings updated, part 三 cell: " << timer.elapsed() << " ms\n";
    EXPECT_EQ(stored("p3/received/natural"), CellValue::count(8));
    EXPECT_EQ(stored("p3/received/total"), CellValue::count(8));
    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_TRUE(stored("p3/received/natural").isBlank());
    EXPECT_TRUE(stored("p3/received/total").isBlank());
    window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(stored("p3/received/total"), CellValue::count(8));
}

TEST_F(MainWindowTest, ClickingAFindingInTheDockSelectsItsCell)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2019_qingtang"))));
    QTreeWidget *tree = window->findingsPanel()->tree();
    QTreeWidgetItem *balance = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it && !balance; ++it) {
        const QVariant index = (*it)->data(0, Qt::UserRole);
        if (index.isValid() &&
            window->document()->findings()[index.toInt()].rule == QStringLiteral("balance"))
            balance = *it;
    }
    ASSERT_NE(balance, nullptr);
    const Location where =
        window->document()->findings()[balance->data(0, Qt::UserRole).toInt()].where.first();
    tree->scrollToItem(balance);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(balance).center());
    TableFormView *view = p3View();
    EXPECT_EQ(view->formModel()->mapToSource(view->currentIndex()),
              view->formModel()->source()->indexOfCell(where.cell));
    EXPECT_TRUE(view->isVisible());
    QTest::qWait(30);
    screenshot(window.get(), QStringLiteral("part3-balance-2019_qingtang.png"));
    screenshot(window->findChild<QDockWidget *>(QStringLiteral("findingsDock")),
               QStringLiteral("findings-panel.png"));
}

TEST_F(MainWindowTest, RemembersGeometryAndSplitters)
{
    // Within the offscreen screen (800×600), which restoreGeometry() keeps a window inside.
    window->resize(700, 500);
    QCoreApplication::processEvents();
    window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({310, 390});
    window->close();
    EXPECT_FALSE(Settings::instance().windowGeometry().isEmpty());
    EXPECT_FALSE(Settings::instance().mainSplitter().isEmpty());
    MainWindow second;
    second.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&second));
    EXPECT_EQ(second.size(), window->size());
    EXPECT_EQ(second.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), 310);
    EXPECT_EQ(Settings::instance().lastDatabase(), dir.filePath(QStringLiteral("reports.sqlite")));
}
