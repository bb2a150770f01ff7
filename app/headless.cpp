// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"

#include "cli/commandline.h"
#include "cli/standardstreams.h"
#include "languagesetup.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>

#include <future>
#include <system_error>

namespace nianbao::Headless {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void useOffscreenPlatform()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

namespace {

// Listing the installed fonts — fontconfig reading its ~70 configuration files and font caches, then
// Qt's database — takes about 7 ms, as long as the rest of the start; it does not depend on the report,
// so a second thread does it while this one reads the report, and the first font the command asks for
// waits for the list under the database's own lock (QFontDatabase is thread-safe). The same fonts are
// found either way; only the waiting is shorter.
class PaintingApplication : public QGuiApplication
{
public:
    PaintingApplication(int &argc, char **argv)
        : QGuiApplication(argc, argv)
    {
        try {
            m_fonts = std::async(std::launch::async, [] { QFontDatabase::families(); });
        } catch (const std::system_error &) {
            // No thread: the fonts are listed when first asked for, as without this.
        }
    }
    ~PaintingApplication() override
    {
        if (m_fonts.valid())
            m_fonts.wait();
    }
    Q_DISABLE_COPY_MOVE(PaintingApplication)

private:
    std::future<void> m_fonts;
};

} // namespace

std::unique_ptr<QCoreApplication> application(int &argc, char **argv, const Command *command)
{
    if (command && command->needsGui) {
        useOffscreenPlatform();
        return std::make_unique<PaintingApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

namespace {

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

} // namespace

int run(QCoreApplication &app, int argc, char **argv, const Command *command)
{
    LanguageSetup::install(app);
    StandardStreams streams;
    return streams.finish(runCommand(argc, argv, command, streams.out(), streams.err()));
}

} // namespace nianbao::Headless
