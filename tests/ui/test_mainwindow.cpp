// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

using namespace nianbao;

TEST(MainWindow, StartsInChinese)
{
    MainWindow window;
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("政务公开年报编审"));
    auto *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->text().contains(QStringLiteral("导入")));
}
