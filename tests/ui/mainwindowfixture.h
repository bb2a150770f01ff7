// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "settings.h"

#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace nianbao::test {

/// A shown main window on a fresh database, with settings of its own.
class MainWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Settings::instance().useFile(dir.filePath(QStringLiteral("settings.ini")));
        Settings::instance().resetToDefaults();
        window = std::make_unique<MainWindow>();
        // Larger than offscreen's 800×600 screen, where the window would start maximised.
        window->setWindowState(Qt::WindowNoState);
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openDatabase(dir.filePath(QStringLiteral("reports.sqlite"))));
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace nianbao::test
