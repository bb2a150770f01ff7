// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktestsupport.h"

#include "document/reportlistmodel.h"
#include "editor/frozenpane.h"
#include "editor/narrativeeditor.h"
#include "editor/sectionnavigator.h"
#include "preview/reportpreview.h"
#include "review/reviewcontroller.h"
#include "statusmessages.h"
#include "storage/reportstore.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

#include <cstdlib>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class DeskLayoutTest : public DeskTest
{
protected:
    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QWidget *reportList() const { return window->findChild<QWidget *>(QStringLiteral("reportListPanel")); }
    /// A first start (nothing stored) on the screen: the docks below the form take a quarter of it.
    void expectTheFormToHaveItsHeightAtFirst(const QString &screen)
    {
        start(screen);
        openSeed();
        if (HasFatalFailure())
            return;
        const int height = screenNamed(screen)->availableGeometry().height();
        for (const char *name : {"findingsDock", "reviewDock"}) {
            QDockWidget *panel = dock(name);
            ASSERT_NE(panel, nullptr) << name;
            if (panel->isVisible()) {
                EXPECT_LE(panel->height(), height / 4 + 8) << name << " on " << screen.toStdString();
            }
        }
        EXPECT_GE(window->editor()->height(), height / 2) << screen.toStdString();
    }
    /// A first start on the screen: the list shows the whole name of the seed's agency.
    void expectTheListToShowTheAgencysName(const QString &screen)
    {
        start(screen);
        openSeed();
        QCoreApplication::processEvents();
        auto *list = window->findChild<QTableView *>(QStringLiteral("reportList"));
        ASSERT_NE(list, nullptr);
        ASSERT_EQ(list->model()->rowCount(), 1);
        const int name =
            static_cast<QAbstractItemView *>(list)->sizeHintForColumn(ReportListModel::AgencyColumn);
        EXPECT_GE(list->columnWidth(ReportListModel::AgencyColumn), name)
            << list->model()->index(0, ReportListModel::AgencyColumn).data().toString().toStdString()
            << " on " << screen.toStdString();
    }
    QDockWidget *dock(const char *name) const
    {
        return window->findChild<QDockWidget *>(QString::fromLatin1(name));
    }
    /// Whether every column of the table is wholly in sight, from side to side, without scrolling.
    bool allColumnsInSight(TableFormView *v) const
    {
        const QRect visible = sight(v->viewport());
        for (int column = 0; column < v->model()->columnCount(); ++column) {
            const int left = v->columnViewportPosition(column);
            if (left < visible.left() || left + v->columnWidth(column) > visible.right() + 1)
                return false;
        }
        return v->horizontalScrollBar()->maximum() == 0;
    }
};

TEST_F(DeskLayoutTest, TheFirstWindowFitsTheOfficeScreenMaximised)
{
    start();
    const QRect screen = screenNamed(QStringLiteral("office"))->availableGeometry();
    EXPECT_TRUE(window->isMaximized());
    EXPECT_TRUE(screen.contains(window->frameGeometry()))
        << "window " << window->frameGeometry().width() << "×" << window->frameGeometry().height();
}

TEST_F(DeskLayoutTest, OnAWideScreenTheFirstWindowIsMaximisedToo)
{
    start(QStringLiteral("wide"));
    const QRect screen = screenNamed(QStringLiteral("wide"))->availableGeometry();
    EXPECT_TRUE(window->isMaximized());
    EXPECT_TRUE(screen.contains(window->frameGeometry()));
    EXPECT_EQ(window->frameGeometry().width(), screen.width()) << "the whole width of the screen";
}

// The decision, without a screen: maximised as WPS and Office start, up to a 2560-pixel-wide screen
// (filling it where nothing maximises it); wider, a large window in the middle.
TEST(FirstPlacement, MaximisedUpTo2560PixelsWideALargeCentredWindowBeyond)
{
    for (const QRect available : {QRect(0, 0, 1366, 728), QRect(0, 0, 1920, 1040), QRect(0, 27, 1920, 1053),
                                  QRect(0, 0, 2560, 1400), QRect(1920, 0, 1600, 900)}) {
        const WindowLayout::Placement placement = WindowLayout::firstPlacement(available);
        EXPECT_TRUE(placement.maximised) << available.width() << "×" << available.height();
        EXPECT_EQ(placement.geometry, available) << available.width() << "×" << available.height();
    }
    for (const QRect available :
         {QRect(0, 0, 3840, 2120), QRect(0, 0, 3440, 1400), QRect(1920, 0, 5120, 1400)}) {
        const WindowLayout::Placement placement = WindowLayout::firstPlacement(available);
        EXPECT_FALSE(placement.maximised) << available.width() << "×" << available.height();
        EXPECT_TRUE(available.contains(placement.geometry)) << available.width() << "×" << available.height();
        EXPECT_LE(placement.geometry.width(), WindowLayout::LargestFirstWindow.width());
        EXPECT_LE(placement.geometry.height(), WindowLayout::LargestFirstWindow.height());
        EXPECT_GE(placement.geometry.width(), 2560) << "a large window";
        EXPECT_LE(std::abs(placement.geometry.center().x() - available.center().x()), 1) << "in the middle";
        EXPECT_LE(std::abs(placement.geometry.center().y() - available.center().y()), 1) << "in the middle";
    }
}

TEST_F(DeskLayoutTest, ThePanelsBelowTheFormTakeAQuarterOfTheOfficeScreenAtFirst)
{
    expectTheFormToHaveItsHeightAtFirst(QStringLiteral("office"));
}

TEST_F(DeskLayoutTest, ThePanelsBelowTheFormTakeAQuarterOfTheWideScreenAtFirst)
{
    expectTheFormToHaveItsHeightAtFirst(QStringLiteral("wide"));
}

TEST_F(DeskLayoutTest, AStoredGeometryIsRestoredOnlyWhenItStillFits)
{
    // Last used on a large monitor: too big for the office PC, so the window starts afresh.
    Settings::instance().setWindowRect(QRect(100, 80, 1700, 950));
    start();
    EXPECT_TRUE(window->isMaximized());
    EXPECT_TRUE(screenNamed(QStringLiteral("office"))->availableGeometry().contains(window->frameGeometry()));
    window->close();

    Settings::instance().setWindowRect(QRect(60, 50, 1100, 640));
    Settings::instance().setWindowMaximized(false);
    start();
    EXPECT_FALSE(window->isMaximized());
    EXPECT_EQ(window->geometry(), QRect(60, 50, 1100, 640));
}

TEST_F(DeskLayoutTest, TheViewMenuShowsAndHidesEachPanelAndRemembersIt)
{
    start();
    openSeed();
    QMenu *view = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    ASSERT_NE(view, nullptr);
    const QList<QPair<const char *, std::function<bool()>>> panels{
        {"reportListAction", [this] { return reportList()->isVisible(); }},
        {"navigatorAction", [this] { return window->editor()->navigator()->isVisible(); }},
        {"previewAction", [this] { return window->editor()->preview()->isVisible(); }},
        {"findingsDockAction", [this] { return dock("findingsDock")->isVisible(); }},
        {"reviewDockAction", [this] { return dock("reviewDock")->isVisible(); }},
    };
    for (const auto &[name, visible] : panels) {
        QAction *toggle = action(name);
        ASSERT_NE(toggle, nullptr) << name;
        EXPECT_TRUE(view->actions().contains(toggle)) << name;
        const bool before = visible();
        EXPECT_EQ(toggle->isChecked(), before) << name;
        toggle->trigger();
        EXPECT_EQ(visible(), !before) << name;
        toggle->trigger();
        EXPECT_EQ(visible(), before) << name;
    }
    // The preview does not fit beside the form at 1366×768: off until asked for, then remembered.
    EXPECT_FALSE(window->editor()->preview()->isVisible());
    action("previewAction")->trigger();
    action("reportListAction")->trigger();
    window->close();
    start();
    ASSERT_TRUE(window->restoreSession());
    EXPECT_TRUE(window->editor()->preview()->isVisible());
    EXPECT_FALSE(reportList()->isVisible());
}

TEST_F(DeskLayoutTest, FocusModeGivesPartThreeTheWholeWindowWithAllItsColumns)
{
    start();
    openSeed();
    TableFormView *p3 = view("p3");
    key(Qt::Key_F11);
    EXPECT_TRUE(action("focusModeAction")->isChecked());
    EXPECT_FALSE(reportList()->isVisible());
    EXPECT_FALSE(window->editor()->navigator()->isVisible());
    EXPECT_FALSE(dock("findingsDock")->isVisible());
    EXPECT_FALSE(window->editor()->narrativeEditor(3)->isVisible());
    EXPECT_TRUE(allColumnsInSight(p3));
    // Taller than the window: the form scrolls by itself below its frozen headers.
    EXPECT_GT(p3->height(), 400);
    screenshot(QStringLiteral("part3-focus-1366x768.png"));
    key(Qt::Key_F11);
    EXPECT_FALSE(action("focusModeAction")->isChecked());
    EXPECT_TRUE(reportList()->isVisible());
    EXPECT_TRUE(window->editor()->navigator()->isVisible());
    EXPECT_TRUE(dock("findingsDock")->isVisible());
}

TEST_F(DeskLayoutTest, PartThreeShowsAllItsColumnsBesideTheListAndNavigator)
{
    start();
    openSeed();
    EXPECT_TRUE(reportList()->isVisible());
    EXPECT_TRUE(window->editor()->navigator()->isVisible());
    EXPECT_TRUE(allColumnsInSight(view("p3")));
    EXPECT_TRUE(allColumnsInSight(view("p4")) || !view("p4")->isVisible());
    screenshot(QStringLiteral("part3-1366x768.png"));
}

// The agency's name, not 南…: the list is as wide as its columns with the name (within a quarter of
// the window), and part three still shows all its columns beside it (the tests above).
TEST_F(DeskLayoutTest, TheListShowsTheAgencysWholeNameAtFirst)
{
    expectTheListToShowTheAgencysName(QStringLiteral("office"));
}

TEST_F(DeskLayoutTest, OnAWideScreenTheListShowsTheAgencysWholeNameToo)
{
    expectTheListToShowTheAgencysName(QStringLiteral("wide"));
}

TEST_F(DeskLayoutTest, OnAWideScreenPartThreeShowsAllItsColumnsBesideThePreviewToo)
{
    start(QStringLiteral("wide"));
    openSeed();
    QCoreApplication::processEvents();
    EXPECT_TRUE(reportList()->isVisible());
    EXPECT_TRUE(window->editor()->navigator()->isVisible());
    EXPECT_TRUE(window->editor()->preview()->isVisible());
    EXPECT_TRUE(allColumnsInSight(view("p3")));
}

TEST_F(DeskLayoutTest, RowLabelsStayWhileTheFormScrollsSideways)
{
    start();
    openSeed();
    // A narrow window: the form must scroll sideways.
    window->showNormal();
    window->resize(900, 700);
    QCoreApplication::processEvents();
    TableFormView *p3 = view("p3");
    ASSERT_GT(p3->horizontalScrollBar()->maximum(), 0);
    const QModelIndex last = formIndex("p3/received/total");
    p3->setFocus();
    p3->setCurrentIndex(last);
    QCoreApplication::processEvents();
    EXPECT_GT(p3->horizontalScrollBar()->value(), 0);
    EXPECT_TRUE(inSight(p3, last));
    // The frozen labels cover the left of the form, at the same place, and show 一、本年新收….
    auto *labels = p3->findChild<FrozenPane *>(QStringLiteral("frozenLeft"));
    ASSERT_NE(labels, nullptr);
    EXPECT_TRUE(labels->isVisible());
    EXPECT_EQ(labels->geometry().topLeft(), p3->viewport()->geometry().topLeft());
    EXPECT_EQ(labels->horizontalScrollBar()->value(), 0);
    screenshot(QStringLiteral("part3-scrolled-900x700.png"));
    const QModelIndex label = p3->model()->index(p3->formModel()->headerRows(), 0);
    EXPECT_TRUE(labels->visualRect(label).intersects(labels->viewport()->rect()));
    EXPECT_TRUE(label.data().toString().startsWith(QStringLiteral("一、")));
}

TEST_F(DeskLayoutTest, HeadersBreakOnlyWhereTheFormatSays)
{
    start();
    for (const char *seed : {"2021_nanding", "2020_kanshi"}) {
        openSeed(QString::fromLatin1(seed), 3);
        for (const char *table : {"p3", "p4"}) {
            TableFormView *v = view(table);
            const QFontMetrics metrics(v->font());
            for (int row = 0; row < v->formModel()->headerRows(); ++row) {
                for (int column = v->formModel()->labelColumns(); column < v->model()->columnCount();
                     ++column) {
                    const QString text = v->formModel()->headerText(row, column);
                    int width = 0;
                    for (int c = column; c < column + v->columnSpan(row, column); ++c)
                        width += v->columnWidth(c);
                    for (const QString &line : text.split(u'\n'))
                        EXPECT_LE(metrics.horizontalAdvance(line), width - 6)
                            << seed << " " << table << " “" << line.toStdString() << "” would break";
                }
            }
        }
    }
}

TEST_F(DeskLayoutTest, BottomPanelsShrinkToTheirHeader)
{
    start();
    openSeed();
    for (const char *name : {"findingsDock", "reviewDock"}) {
        QDockWidget *panel = dock(name);
        panel->show();
        const int title =
            panel->style()->pixelMetric(QStyle::PM_TitleBarHeight) + 2 * panel->fontMetrics().height();
        EXPECT_LE(panel->minimumSizeHint().height(), title + 40) << name;
    }
}

} // namespace

namespace {

TEST_F(DeskLayoutTest, AfterACrashTheReportReopensWhereTheClerkWasWithTheLayout)
{
    start();
    openSeed();
    const qint64 reportId = window->store()->findReport(document()->report().meta.agencyName, 2021).value();
    window->editor()->showSection(4);
    action("reportListAction")->trigger();
    action("previewAction")->trigger();
    // Stored a moment after the change, and the session at once: on disk, as a new process reads it.
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    ASSERT_TRUE(QTest::qWaitFor([&settingsFile] {
        QFile file(settingsFile);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("reportList=false");
    }));
    {
        QSettings disk(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        EXPECT_EQ(disk.value(QStringLiteral("session/report")).toLongLong(), reportId);
        EXPECT_EQ(disk.value(QStringLiteral("session/section")).toInt(), 4);
        EXPECT_TRUE(disk.value(QStringLiteral("session/running")).toBool());
        EXPECT_FALSE(disk.value(QStringLiteral("panels/reportList")).toBool());
    }
    // The crash: the window goes without closing.
    window.reset();
    Settings::instance().useFile(dir.filePath(QStringLiteral("settings.ini")));
    start();
    ASSERT_TRUE(window->restoreSession());
    ASSERT_NE(window->editor(), nullptr);
    EXPECT_EQ(window->document()->report().meta.agencyName, QStringLiteral("南定镇人民政府"));
    EXPECT_EQ(window->editor()->currentSection(), 4);
    EXPECT_FALSE(reportList()->isVisible());
    EXPECT_TRUE(window->editor()->preview()->isVisible());
    EXPECT_TRUE(window->statusMessages()->current().contains(QStringLiteral("did not end normally")) ||
                window->statusMessages()->current().contains(QStringLiteral("未正常")))
        << window->statusMessages()->current().toStdString();
    // A normal end leaves nothing to report next time, but the report still reopens.
    window->close();
    start();
    ASSERT_TRUE(window->restoreSession());
    EXPECT_EQ(window->editor()->currentSection(), 4);
    EXPECT_FALSE(window->statusMessages()->current().contains(QStringLiteral("未正常")));
}

TEST_F(DeskLayoutTest, WithoutAStoredSessionNothingReopens)
{
    start();
    EXPECT_FALSE(window->restoreSession());
    EXPECT_EQ(window->editor(), nullptr);
}

} // namespace
