// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/invocation.h"
#include "cli/standardstreams.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "review/reviewcontroller.h"
#include "settings.h"
#include "storage/reportstore.h"
#include "summary/summarychartbuilder.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace nianbao;

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
}

// The desktop finds the .desktop file, the icon and the AppStream data by the application id; the
// window icon is the same icon, in every size the build rendered.
void setDesktopIdentity(QApplication &app)
{
    QGuiApplication::setDesktopFileName(QStringLiteral(NIANBAO_APP_ID));
    QIcon icon;
    QDirIterator sizes(QStringLiteral(":/nianbao/icons"));
    while (sizes.hasNext())
        icon.addFile(sizes.next());
    app.setWindowIcon(icon);
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runCommand(int argc, char **argv, const Command *command, QTextStream &out, QTextStream &err)
{
    if (command)
        return command->run(argumentsOf(argc, argv).mid(1), out, err);
    CommandLine parser(desktopCommand());
    if (const std::optional<int> done = parser.parse(argumentsOf(argc, argv), out, err))
        return *done;
    // Parsed, yet not for the desktop (Invocation): a word that is neither a command nor a file.
    QString word;
    for (const QString &argument : parser.positionalArguments()) {
        if (!QFileInfo(argument).isFile()) {
            word = argument;
            break;
        }
    }
    return parser.usageError(
        err, QCoreApplication::translate("main", "%1 is neither a command nor a report file.").arg(word));
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
    return streams.finish(runCommand(argc, argv, command, streams.out(), streams.err()));
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationInfo();
    const Invocation invocation = Invocation::of(argumentsOf(argc, argv));
    if (invocation.kind != Invocation::Kind::Desktop)
        return runHeadless(argc, argv, invocation.command);

    QApplication app(argc, argv);
    setDesktopIdentity(app);
    LanguageSetup::install(app);
    SummaryChartBuilder::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine parser(desktopCommand());
    if (const std::optional<int> done = parser.parse(argumentsOf(argc, argv), out, err))
        return *done;
    MainWindow window;
    window.show();
    QString database = parser.value(DatabaseOption);
    if (database.isEmpty())
        database = Settings::instance().lastDatabase();
    // On a database without users the first person to start the application becomes its supervisor.
    if (window.openDatabase(database.isEmpty() ? ReportStore::defaultPath() : database)) {
        window.review()->ensureUser();
        window.restoreSession();
        // `nianbao FILE…`, as a file manager's 打开方式 starts it: each file imported and opened.
        for (const QString &file : invocation.files)
            window.importFile(file);
    }
    // For the start-up benchmark (tests/bench/bench_startup.cpp): say when the first frame is painted.
    if (qEnvironmentVariableIsSet("NIANBAO_REPORT_READY")) {
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
