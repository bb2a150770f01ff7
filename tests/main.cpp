// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guisupport.h"
#include "languagesetup.h"
#include "output/standinfile.h"
#include "summary/summaryoutput.h"
#include "summary/summaryxlsx.h"
#include "testsupport.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

namespace {

/// Each test starts with no recorded messages and questions answered No.
class ClearMessages : public ::testing::EmptyTestEventListener
{
    void OnTestStart(const ::testing::TestInfo &) override
    {
        nianbao::test::RecordingMessageSink::instance().clear();
    }
};

} // namespace

int main(int argc, char **argv)
{
#ifdef NIANBAO_OFFSCREEN_SCREENS
    // Offscreen with the screens of an office PC (and a wide one) instead of the default 800×600.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" NIANBAO_OFFSCREEN_SCREENS);
#endif
    // Offscreen unless told otherwise, so that test discovery and CI need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    // The user's cache folder (the layout faces' stand-ins) in the build folder, for the tests and
    // for the programs they start; test mode would have it in $HOME/.qttest.
    qputenv("XDG_CACHE_HOME", NIANBAO_TEST_CACHE_HOME);
    nianbao::StandInFile::setFolder(QStringLiteral(NIANBAO_TEST_CACHE_HOME "/nianbao/layout-faces"));
    ::testing::InitGoogleTest(&argc, argv);
    // The golden tests write what they get into their reference files (scripts/update-references).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--update-references") == 0) {
            nianbao::test::setUpdatingReferences(true);
            std::copy(argv + i + 1, argv + argc, argv + i);
            --argc;
            break;
        }
    }
    ::testing::UnitTest::GetInstance()->listeners().Append(new ClearMessages);
    QApplication app(argc, argv);
    nianbao::LanguageSetup::install(app);
    // As the desktop program does (app/desktop.cpp), which runs `nianbao summary`.
    nianbao::SummaryOutput::installWorkbookWriter(&nianbao::SummaryXlsx::workbook);
    nianbao::MessageSink::setInstance(&nianbao::test::RecordingMessageSink::instance());
    // Longer than any dialog a test answers, far shorter than the harness's own timeout.
    nianbao::test::ModalWatchdog watchdog(15000);
    return RUN_ALL_TESTS();
}
