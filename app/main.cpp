// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "cli/standardstreams.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "review/reviewcontroller.h"
#include "settings.h"
#include "storage/reportstore.h"
#include "summary/summarychartbuilder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace nianbao;

namespace {

const Command *findCommand(const char *name)
{
    for (const Command &command : commands()) {
        if (std::strcmp(command.name, name) == 0)
            return &command;
    }
    return nullptr;
}

bool isHelpOrVersion(const char *arg)
{
    return std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
           std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0;
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
}

QString helpText()
{
    QString text = QCoreApplication::translate(
        "main", "Usage: nianbao [--db PATH]            start the desktop application\n"
                "       nianbao COMMAND [OPTIONS] ARGS   run a command without a display\n\n"
                "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(12),
                         QCoreApplication::translate("Commands", command.summary));
    text +=
        QCoreApplication::translate("main", "\n'nianbao COMMAND --help' describes a command's options.\n");
    return text;
}

int runCommand(char **argv, const Command *command, QTextStream &out, QTextStream &err)
{
    if (!command) {
        if (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                << '\n';
            return ExitOk;
        }
        if (isHelpOrVersion(argv[1])) {
            out << helpText();
            return ExitOk;
        }
        err << QCoreApplication::translate("main", "Unknown command: %1").arg(QString::fromLocal8Bit(argv[1]))
            << '\n'
            << helpText();
        return ExitBadInput;
    }
    return command->run(QCoreApplication::arguments().mid(2), out, err);
}

// A sub-command runs headless and never needs a display: on a QCoreApplication, or for rendering on a
// QGuiApplication with the offscreen platform.
int runHeadless(int argc, char **argv, const Command *command)
{
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsWidgets) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        SummaryChartBuilder::install();
    } else if (command && command->needsGui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    LanguageSetup::install(*app);
    StandardStreams streams;
    return streams.finish(runCommand(argv, command, streams.out(), streams.err()));
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationInfo();
    if (argc > 1 && (argv[1][0] != '-' || isHelpOrVersion(argv[1])))
        return runHeadless(argc, argv, findCommand(argv[1]));

    QApplication app(argc, argv);
    LanguageSetup::install(app);
    SummaryChartBuilder::install();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Government disclosure annual report editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Database file to open."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);
    MainWindow window;
    window.show();
    QString database = parser.value(dbOption);
    if (database.isEmpty())
        database = Settings::instance().lastDatabase();
    // On a database without users the first person to start the application becomes its supervisor.
    if (window.openDatabase(database.isEmpty() ? ReportStore::defaultPath() : database))
        window.review()->ensureUser();
    return app.exec();
}
