// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "cli/commandline.h"
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
#include <QDirIterator>
#include <QGuiApplication>
#include <QIcon>

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

// The desktop application starts only for arguments it can use; help, the version and mistakes
// are answered without a display.
bool startsDesktop(int argc, char **argv)
{
    if (argc > 1 && argv[1][0] != '-')
        return false;
    QCommandLineParser parser;
    for (const Option &option : CommandLine::allOptions(desktopCommand())) {
        QStringList names{QString::fromLatin1(option.name)};
        if (option.shortName)
            names.prepend(QString(QChar::fromLatin1(option.shortName)));
        parser.addOption(option.valueName ? QCommandLineOption(names, {}, QStringLiteral("value"))
                                          : QCommandLineOption(names));
    }
    return parser.parse(QStringList{QStringLiteral("nianbao")} + argumentsOf(argc, argv)) &&
           parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("help")) &&
           !parser.isSet(QStringLiteral("version"));
}

int runCommand(int argc, char **argv, const Command *command, QTextStream &out, QTextStream &err)
{
    if (command)
        return command->run(argumentsOf(argc, argv).mid(1), out, err);
    if (argv[1][0] != '-') {
        err << QCoreApplication::translate("main", "Unknown command: %1").arg(QString::fromLocal8Bit(argv[1]))
            << '\n';
        return CommandLine(desktopCommand()).usageError(err);
    }
    CommandLine parser(desktopCommand());
    return parser.parse(argumentsOf(argc, argv), out, err).value_or(ExitBadInput);
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
    if (!startsDesktop(argc, argv))
        return runHeadless(argc, argv, argc > 1 ? findCommand(argv[1]) : nullptr);

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
    if (window.openDatabase(database.isEmpty() ? ReportStore::defaultPath() : database))
        window.review()->ensureUser();
    return app.exec();
}
