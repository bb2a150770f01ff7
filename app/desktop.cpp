// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/invocation.h"
#include "headless.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "output/standinwarmup.h"
#include "review/reviewcontroller.h"
#include "settings.h"
#include "storage/reportstore.h"
#include "summary/summarychartbuilder.h"
#include "summary/summaryoutput.h"
#include "summary/summaryxlsx.h"

#include <QApplication>
#include <QDirIterator>
#include <QGuiApplication>
#include <QIcon>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace nianbao;

namespace {

/// After the window's first frames and the database's opening; the start-up benchmark has quit by
/// then.
constexpr std::chrono::milliseconds WarmUpDelay{1000};

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

// The summary's charts (Qt Charts) and spreadsheet (libxlsxwriter): only this program links them.
void installSummaryWriters()
{
    SummaryChartBuilder::install();
    SummaryOutput::installWorkbookWriter(&SummaryXlsx::workbook);
}

// A sub-command the command line hands over because it draws with widgets (charts), or any other
// when this program is started directly.
int runHeadless(int argc, char **argv, const Command *command)
{
    if (command && command->needsWidgets) {
        Headless::useOffscreenPlatform();
        QApplication app(argc, argv);
        installSummaryWriters();
        return Headless::run(app, argc, argv, command);
    }
    const std::unique_ptr<QCoreApplication> app = Headless::application(argc, argv, command);
    return Headless::run(*app, argc, argv, command);
}

} // namespace

// The desktop program, nianbao-desktop: the `nianbao` command (main.cpp) starts it in its own place
// for the desktop and for the sub-commands that need widgets.
int main(int argc, char **argv)
{
    Headless::setApplicationInfo();
    const Invocation invocation = Invocation::of(Headless::argumentsOf(argc, argv));
    if (invocation.kind != Invocation::Kind::Desktop)
        return runHeadless(argc, argv, invocation.command);

    QApplication app(argc, argv);
    setDesktopIdentity(app);
    LanguageSetup::install(app);
    installSummaryWriters();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine parser(desktopCommand());
    if (const std::optional<int> done = parser.parse(Headless::argumentsOf(argc, argv), out, err))
        return *done;
    MainWindow window;
    window.show();
    // The stand-ins' files of the report's faces (docs/development.md, "Glyph advances without the
    // outlines"), built at idle priority once the window is up — while the clerk signs in, if the
    // database asks — so that the first 导出 PDF or 打印预览 does not build them; stopped at quit.
    StandInWarmUp warmUp;
    QTimer::singleShot(WarmUpDelay, &window, [&warmUp] { warmUp.start(); });
    QString database = parser.value(DatabaseOption);
    if (database.isEmpty())
        database = Settings::instance().lastDatabase();
    // On a database without users the first person to start the application becomes its supervisor.
    if (window.openDatabase(database.isEmpty() ? ReportStore::defaultPath() : database)) {
        window.review()->ensureUser();
        window.restoreSession();
        // `nianbao FILE…`, as a file manager's 打开方式 starts it: one file imported and opened; several
        // read as 文件 → 导入 reads several, with progress and one message at the end.
        if (invocation.files.size() == 1)
            window.importFile(invocation.files.constFirst());
        else if (invocation.files.size() > 1)
            window.importFiles(invocation.files);
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
