// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "mainwindow.h"
#include "settings.h"
#include "testsupport.h"
#include "windowlayout.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace nianbao::test {

/// The screen of the desk tests' platform by name: "office" (1366×768) or "wide" (1920×1080).
inline QScreen *screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

/**
 * The application's main window as a clerk starts it on an office PC: fresh settings, a database
 * of its own, placed on the 1366×768 screen (or the wide one) the way the program places it.
 */
class DeskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_NE(screenNamed(QStringLiteral("office")), nullptr)
            << "the desk tests run on offscreen:configfile=tests/data/screens/office-and-wide.json";
        Settings::instance().useFile(dir.filePath(QStringLiteral("settings.ini")));
        Settings::instance().resetToDefaults();
    }

    /// A new main window on the screen, placed and shown, on the fixture's database.
    void start(const QString &screen = QStringLiteral("office"))
    {
        window = std::make_unique<MainWindow>();
        window->setScreen(screenNamed(screen));
        window->layout()->placeWindow();
        window->show();
        window->activateWindow();
        // Active, so that the window's shortcuts (F11, Ctrl+D) reach it as they do at the desk.
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->openDatabase(dir.filePath(QStringLiteral("reports.sqlite"))));
    }

    /// Imports a seed (2021_nanding: 2021 format, every table filled) and opens it at a section.
    void openSeed(const QString &seed = QStringLiteral("2021_nanding"), int section = 3)
    {
        ASSERT_TRUE(window->importFile(seedPath(seed)));
        window->editor()->showSection(section);
        QCoreApplication::processEvents();
    }

    ReportDocument *document() const { return window->document(); }
    TableFormView *view(const char *table) const
    {
        return window->findChild<TableFormView *>(QStringLiteral("tableForm_") + QString::fromLatin1(table));
    }
    int cell(const char *id) const { return document()->format().cellIndex(QString::fromLatin1(id)); }
    CellValue value(const char *id) const { return document()->report().cell(QString::fromLatin1(id)); }
    /// The form index of a cell, in the view of its table.
    QModelIndex formIndex(const char *id) const
    {
        const QString cellId = QString::fromLatin1(id);
        TableFormView *v = view(cellId.section(u'/', 0, 0).toLatin1().constData());
        return v->formModel()->mapFromSource(v->formModel()->source()->indexOfCell(cell(id)));
    }
    /// What of a widget is on screen: its rectangle clipped by every widget around it (a page that
    /// scrolls, a splitter), in its own coordinates.
    static QRect sight(const QWidget *widget)
    {
        QRect visible = widget->rect();
        for (const QWidget *around = widget->parentWidget(); around; around = around->parentWidget())
            visible &= QRect(widget->mapFrom(around, QPoint(0, 0)), around->size());
        return visible;
    }
    /// Whether at least half of the cell is in sight, out from under the frozen headers and labels.
    bool inSight(TableFormView *v, const QModelIndex &index) const
    {
        const QRect cellRect = v->visualRect(index);
        const QRect visible = sight(v->viewport()) & v->scrollingArea();
        return visible.contains(cellRect.center()) &&
               visible.intersected(cellRect).width() * 2 >= cellRect.width() &&
               visible.intersected(cellRect).height() * 2 >= cellRect.height();
    }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focused = QApplication::focusWidget();
        QTest::keyClick(focused ? focused : window.get(), Qt::Key(key), modifiers);
        QCoreApplication::processEvents();
    }
    /// Saves a picture of the window when NIANBAO_SCREENSHOT_DIR is set (for the docs).
    void screenshot(const QString &name) const
    {
        const QByteArray target = qgetenv("NIANBAO_SCREENSHOT_DIR");
        if (!target.isEmpty())
            window->grab().save(QDir(QString::fromLocal8Bit(target)).filePath(name));
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace nianbao::test
