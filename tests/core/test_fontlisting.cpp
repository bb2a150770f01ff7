// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The installed fonts listed on a second thread by the commands that paint (app/headless.cpp): the same
// list, and a thread that always ends. (ProgramSplit.ThePdfCommandWritesTheLibrarysPdf compares the
// command's PDF with the library's.)
#include "fontlisting.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QStringList>

#include <gtest/gtest.h>

using namespace nianbao;

TEST(FontListing, ListsTheSameFontsAsTheDatabase)
{
    FontListing::start();
    FontListing::applicationReady();
    FontListing::waitForFontconfig();
    const QStringList listed = QFontDatabase::families();
    FontListing::finish();
    EXPECT_FALSE(listed.isEmpty());
    EXPECT_EQ(listed, QFontDatabase::families());
}

// A command whose application could not be made still ends: the thread stops after fontconfig's part,
// and a listing can start again.
TEST(FontListing, EndsWhenNoApplicationWasMade)
{
    QElapsedTimer timer;
    timer.start();
    FontListing::start();
    FontListing::finish();
    EXPECT_LT(timer.elapsed(), 10000);
    FontListing::start();
    FontListing::applicationReady();
    FontListing::waitForFontconfig();
    FontListing::finish();
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}
