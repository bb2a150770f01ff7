// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetup.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace {

// A sub-command (or --help/--version) runs headless on a QCoreApplication and never needs a display.
bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--db") == 0) {
            ++i;
            continue;
        }
        if (arg[0] != '-' || std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0)
            return true;
    }
    return false;
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationInfo();
    if (wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        nianbao::LanguageSetup::install(app);
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Government disclosure annual report editor"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("command"),
                                     QCoreApplication::translate("main", "validate"));
        parser.process(app);
        return 0;
    }
    QApplication app(argc, argv);
    nianbao::LanguageSetup::install(app);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    nianbao::MainWindow window;
    window.show();
    return app.exec();
}
