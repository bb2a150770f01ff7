// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the screenshots of the documentation: nianbao_screenshots --output DIR [--gtest_filter=…].
// Each scene sets up the application as a user would see it and saves its pictures into DIR; a
// scene fails (and the program exits non-zero) when it cannot reach its state or save a picture.
#include "guisupport.h"
#include "languagesetup.h"
#include "screenshots.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>

namespace {

QString s_output;

} // namespace

namespace nianbao::test {

QString screenshotPath(const QString &name)
{
    return QDir(s_output).filePath(name);
}

} // namespace nianbao::test

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--output") == 0)
            s_output = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (s_output.isEmpty() || !QDir(s_output).exists()) {
        std::fprintf(stderr, "usage: %s --output EXISTING_FOLDER [--gtest_filter=SCENES]\n", argv[0]);
        return 2;
    }
    QApplication app(argc, argv);
    nianbao::LanguageSetup::install(app);
    nianbao::MessageSink::setInstance(&nianbao::test::RecordingMessageSink::instance());
    nianbao::test::ModalWatchdog watchdog(15000);
    return RUN_ALL_TESTS();
}
