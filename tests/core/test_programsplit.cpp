// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One command, two programs: `nianbao`'s sub-commands run without loading the desktop's libraries
// (the start of a process that loads them costs more than writing a PDF); the desktop program and
// Poppler are loaded only when they are asked for. What the dynamic loader loaded is its own log
// (glibc's LD_DEBUG=files), so the tests see libraries linked and libraries opened at run time alike.
// A command that paints starts fontconfig only where the font list an earlier one kept does not serve
// (CommandFonts).
#include "cli/command.h"
#include "output/pdfexporter.h"
#include "report.h"
#include "review/userdirectory.h"
#include "storage/reportstore.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

using namespace nianbao;

namespace {

struct LoggedRun
{
    int code = -1;
    QByteArray output; ///< standard output as written
    QString out;       ///< the same, as text
    QString err;
    QSet<QString> libraries; ///< the file names of every shared object the process loaded
    int finis = 0;           ///< how many shared objects' destructors the loader called at the end
};

/// The command run with arguments and environment, in `workingFolder` where one is given.
LoggedRun runLogged(const QStringList &arguments, const QTemporaryDir &dir,
                    const QList<std::pair<QString, QString>> &environment = {},
                    const QString &workingFolder = {})
{
    QProcess program;
    program.setWorkingDirectory(workingFolder);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), dir.filePath(QStringLiteral("ld")));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(NIANBAO_EXECUTABLE), arguments);
    LoggedRun run;
    if (!program.waitForFinished(60000))
        return run;
    run.code = program.exitCode();
    run.output = program.readAllStandardOutput();
    run.out = QString::fromUtf8(run.output);
    run.err = QString::fromUtf8(program.readAllStandardError());
    // The loader writes ld.PID; the desktop program started in the command's place appends to it.
    static const QRegularExpression loaded(QStringLiteral(R"(file=(\S+)\s+\[)"));
    for (const QString &log : QDir(dir.path()).entryList({QStringLiteral("ld.*")})) {
        QFile file(dir.filePath(log));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = loaded.globalMatch(text); it.hasNext();)
            run.libraries.insert(QFileInfo(it.next().captured(1)).fileName());
        run.finis += int(text.count(QStringLiteral("calling fini:")));
        file.remove();
    }
    return run;
}

/// A file that is no library under each name, where the loader would look for it relative to the
/// current folder (the folder itself, and glibc's subfolders for newer processors).
void plant(const QString &folder, const QSet<QString> &names)
{
    const QStringList places{QString(), QStringLiteral("glibc-hwcaps/x86-64-v2"),
                             QStringLiteral("glibc-hwcaps/x86-64-v3"),
                             QStringLiteral("glibc-hwcaps/x86-64-v4")};
    for (const QString &place : places) {
        const QDir dir(QDir(folder).filePath(place));
        ASSERT_TRUE(QDir().mkpath(dir.path()));
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write("not a library\n");
        }
    }
}

bool loads(const LoggedRun &run, const QString &prefix)
{
    return std::any_of(run.libraries.cbegin(), run.libraries.cend(),
                       [&prefix](const QString &library) { return library.startsWith(prefix); });
}

/// Whether the file begins as a zip package does (a .docx, an .xlsx).
bool isZipPackage(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == "PK\x03\x04";
}

const QStringList &desktopLibraries()
{
    static const QStringList libraries{
        QStringLiteral("libQt6Widgets"), QStringLiteral("libQt6Charts"), QStringLiteral("libQt6PrintSupport"),
        QStringLiteral("libKF6SyntaxHighlighting"), QStringLiteral("libpoppler")};
    return libraries;
}

} // namespace

TEST(ProgramSplit, SubCommandsLoadNoDesktopLibrary)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString seed = test::seedPath(QStringLiteral("2021_nanding"));
    const QList<QStringList> commands{
        {QStringLiteral("--version")},
        {QStringLiteral("validate"), seed},
        {QStringLiteral("convert"), seed, QStringLiteral("--to"), QStringLiteral("json"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("r.json"))},
        {QStringLiteral("pdf"), seed, QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))},
        {QStringLiteral("export"), seed, QStringLiteral("--to"), QStringLiteral("docx"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("r.docx"))},
    };
    for (const QStringList &arguments : commands) {
        const LoggedRun run = runLogged(arguments, dir);
        const std::string command = arguments.join(u' ').toStdString();
        EXPECT_EQ(run.code, 0) << command << "\n" << run.err.toStdString();
        // The log is read: the command's own Qt is in it.
        EXPECT_TRUE(loads(run, QStringLiteral("libQt6Core"))) << command;
        for (const QString &library : desktopLibraries())
            EXPECT_FALSE(loads(run, library)) << command << " loaded " << library.toStdString();
    }
}

// KF6 Archive and libxlsxwriter bring OpenSSL, whose loading cost every command about 3 ms: the zip
// packages are written and read by a module loaded when needed, the spreadsheet only by the desktop
// program, which runs `nianbao summary`.
TEST(ProgramSplit, OnlyTheCommandsThatWriteAZipLoadItsLibraries)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString seed = test::seedPath(QStringLiteral("2021_nanding"));
    const QStringList atStart{QStringLiteral("libKF6Archive"), QStringLiteral("libxlsxwriter"),
                              QStringLiteral("libcrypto"), QStringLiteral("libnianbao-zip")};
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--version")}, QStringList{QStringLiteral("validate"), seed},
          QStringList{QStringLiteral("pdf"), seed, QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("r.pdf"))}}) {
        const LoggedRun run = runLogged(arguments, dir);
        const std::string command = arguments.join(u' ').toStdString();
        EXPECT_EQ(run.code, 0) << command << "\n" << run.err.toStdString();
        EXPECT_TRUE(loads(run, QStringLiteral("libQt6Core"))) << command;
        for (const QString &library : atStart)
            EXPECT_FALSE(loads(run, library)) << command << " loaded " << library.toStdString();
    }
    const QString docx = dir.filePath(QStringLiteral("r.docx"));
    const LoggedRun run = runLogged({QStringLiteral("export"), seed, QStringLiteral("--to"),
                                     QStringLiteral("docx"), QStringLiteral("-o"), docx},
                                    dir);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(loads(run, QStringLiteral("libnianbao-zip")));
    EXPECT_TRUE(loads(run, QStringLiteral("libKF6Archive")));
    EXPECT_FALSE(loads(run, QStringLiteral("libxlsxwriter")));
    EXPECT_TRUE(isZipPackage(docx));
}

// A command that paints writes nothing on standard error but its findings: no warning of Qt's (a thread
// that once listed the fonts beside the QGuiApplication made Qt warn "QApplication was not created in
// the main() thread" now and then). Several runs, for a race.
TEST(ProgramSplit, ACommandThatPaintsWarnsNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (int run = 0; run < 8; ++run) {
        const LoggedRun pdf =
            runLogged({QStringLiteral("pdf"), test::seedPath(QStringLiteral("2019_qingtang")),
                       QStringLiteral("-o"), QStringLiteral("-")},
                      dir);
        EXPECT_EQ(pdf.code, 0);
        EXPECT_TRUE(pdf.err.isEmpty()) << pdf.err.toStdString();
    }
}

// The summary's spreadsheet is written by the desktop program, which `nianbao summary` starts: it
// installs libxlsxwriter's writer at its start (app/desktop.cpp), the command line links none.
TEST(ProgramSplit, TheDesktopProgramWritesTheSummarysSpreadsheet)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("reports.sqlite"));
    const QList<std::pair<QString, QString>> environment{
        {QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))},
        {QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))}};
    const LoggedRun imported = runLogged({QStringLiteral("import"), QStringLiteral("--db"), database,
                                          test::seedPath(QStringLiteral("2021_nanding"))},
                                         dir, environment);
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QString xlsx = dir.filePath(QStringLiteral("2021.xlsx"));
    const LoggedRun run = runLogged({QStringLiteral("summary"), QStringLiteral("--db"), database,
                                     QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--to"),
                                     QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx},
                                    dir, environment);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(loads(run, QStringLiteral("libxlsxwriter")));
    EXPECT_TRUE(isZipPackage(xlsx));
}

TEST(ProgramSplit, ReadingAPdfLoadsPopplerForIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    ASSERT_EQ(runLogged({QStringLiteral("pdf"), test::seedPath(QStringLiteral("2021_nanding")),
                         QStringLiteral("-o"), pdf},
                        dir)
                  .code,
              0);
    const LoggedRun run = runLogged({QStringLiteral("convert"), pdf, QStringLiteral("--to"),
                                     QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")},
                                    dir);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("南定镇"))) << run.out.toStdString();
    EXPECT_TRUE(loads(run, QStringLiteral("libnianbao-pdf")));
    EXPECT_TRUE(loads(run, QStringLiteral("libpoppler-qt6")));
    EXPECT_FALSE(loads(run, QStringLiteral("libQt6Widgets")));
}

TEST(ProgramSplit, TheDesktopIsStartedInTheCommandsPlace)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A database with its supervisor, signed in last time, as an office's desk (no sign-in dialog).
    const QString database = dir.filePath(QStringLiteral("reports.sqlite"));
    {
        auto opened = ReportStore::open(database);
        ASSERT_TRUE(opened);
        ASSERT_TRUE(UserDirectory(*opened.value()).addUser(QStringLiteral("王芳"), UserRole::Supervisor, {}));
    }
    QSettings settings(dir.filePath(QStringLiteral("config/nianbao/nianbao.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("review/lastUser"), QStringLiteral("王芳"));
    settings.sync();
    const LoggedRun run =
        runLogged({QStringLiteral("--db"), database}, dir,
                  {{QStringLiteral("NIANBAO_REPORT_READY"), QStringLiteral("1")},
                   {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                   {QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))},
                   {QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))}});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("ready\n"));
    // Only the desktop program loads the widgets.
    EXPECT_TRUE(loads(run, QStringLiteral("libQt6Widgets")));
}

namespace {

// A PDF without the moment it was written: its creation date and the document id made from it.
QByteArray withoutItsTime(QByteArray pdf)
{
    static const QRegularExpression date(QStringLiteral(R"(/CreationDate \(D:\d+Z\))"));
    static const QRegularExpression id(QStringLiteral(R"(/ID \[<[0-9A-F]+> <[0-9A-F]+>\])"));
    QString text = QString::fromLatin1(pdf);
    text.replace(date, QStringLiteral("/CreationDate (D:)")).replace(id, QStringLiteral("/ID []"));
    return text.toLatin1();
}

} // namespace

// The command runs on its own platform (app/printplatform.cpp) and, after the first, from the kept font
// list: its PDF is still the library's, byte for byte, but the time it was written.
TEST(ProgramSplit, ThePdfCommandWritesTheLibrarysPdf)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString &seed : {QStringLiteral("2020_kanshi"), QStringLiteral("2021_nanding")}) {
        const QString path = dir.filePath(seed + QStringLiteral(".pdf"));
        const LoggedRun run =
            runLogged({QStringLiteral("pdf"), test::seedPath(seed), QStringLiteral("-o"), path}, dir);
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        // Nothing on the error stream: the second thread leaves the main thread Qt's main thread.
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        QFile written(path);
        ASSERT_TRUE(written.open(QIODevice::ReadOnly));
        const QByteArray command = withoutItsTime(written.readAll());
        ASSERT_TRUE(command.contains("/CreationDate (D:)")) << "the PDF's date was not found";
        const ReadResult read = ReportReader::read(test::readSeed(seed));
        ASSERT_TRUE(read.isReport) << seed.toStdString();
        const QByteArray library = withoutItsTime(PdfExporter::toPdf(read.report));
        EXPECT_EQ(command.size(), library.size()) << seed.toStdString();
        EXPECT_TRUE(command == library) << seed.toStdString();
    }
}

namespace {

/// Whether the run started fontconfig: it reads its configuration then, which FC_DEBUG=1024 shows.
bool startedFontconfig(const LoggedRun &run)
{
    return run.out.contains(QStringLiteral("Loading config file"));
}

/// `pdf` of `report` into `pdf` with `environment` and fontconfig's report of its configuration.
LoggedRun pdfRun(const QString &report, const QString &pdf, const QTemporaryDir &dir,
                 QList<std::pair<QString, QString>> environment)
{
    environment.append({QStringLiteral("FC_DEBUG"), QStringLiteral("1024")});
    return runLogged({QStringLiteral("pdf"), report, QStringLiteral("-o"), pdf}, dir, environment);
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The commands a test starts have a cache folder of their own (XDG_CACHE_HOME), beside the harness's:
/// the first of them keeps the font list there.
class CommandFonts : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid() && m_cache.isValid()); }

    QList<std::pair<QString, QString>> environment() const
    {
        return {{QStringLiteral("XDG_CACHE_HOME"), m_cache.path()}};
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_cache{qEnvironmentVariable("XDG_CACHE_HOME") + QStringLiteral("-XXXXXX")};
};

} // namespace

// Fontconfig's start (its configuration files, its caches) is most of a `pdf`'s fonts: the first command
// that paints keeps the list of families it gave (KeptFontList), and the next ones start no fontconfig
// while their text is in the faces' stand-ins, and write the same PDF, the library's.
TEST_F(CommandFonts, StartsFontconfigOnlyUntilItsFontListIsKept)
{
    const QString seed = QStringLiteral("2020_kanshi");
    QList<QByteArray> pdfs;
    for (int i = 0; i < 3; ++i) {
        const QString pdf = m_dir.filePath(QStringLiteral("%1.pdf").arg(i));
        const LoggedRun run = pdfRun(test::seedPath(seed), pdf, m_dir, environment());
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        EXPECT_EQ(startedFontconfig(run), i == 0) << "run " << i;
        pdfs.append(withoutItsTime(fileContent(pdf)));
    }
    EXPECT_TRUE(QFile::exists(m_cache.filePath(QStringLiteral("nianbao/layout-faces/fonts.json"))));
    const ReadResult read = ReportReader::read(test::readSeed(seed));
    ASSERT_TRUE(read.isReport);
    const QByteArray library = withoutItsTime(PdfExporter::toPdf(read.report));
    for (const QByteArray &pdf : std::as_const(pdfs))
        EXPECT_TRUE(pdf == library);
}

// Text the stand-ins cannot lay out (a character none of the faces has) is laid out in the faces and
// Qt's fallbacks, which only fontconfig knows: the command starts it then, and its PDF is the library's.
TEST_F(CommandFonts, StartsFontconfigForTextTheStandInsDoNotCover)
{
    const QString seed = QStringLiteral("2021_nanding");
    ASSERT_EQ(
        pdfRun(test::seedPath(seed), m_dir.filePath(QStringLiteral("first.pdf")), m_dir, environment()).code,
        0);

    QString text = test::readSeed(seed);
    const qsizetype sentence = text.indexOf(u'。', text.indexOf(QStringLiteral("一、")));
    ASSERT_GT(sentence, 0);
    text.insert(sentence, QStringLiteral("\U0001F4C4"));
    const QString report = m_dir.filePath(QStringLiteral("report.txt"));
    {
        QFile file(report);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    const QString pdf = m_dir.filePath(QStringLiteral("uncovered.pdf"));
    const LoggedRun run = pdfRun(report, pdf, m_dir, environment());
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(startedFontconfig(run));
    const ReadResult read = ReportReader::read(text);
    ASSERT_TRUE(read.isReport);
    EXPECT_TRUE(withoutItsTime(fileContent(pdf)) == withoutItsTime(PdfExporter::toPdf(read.report)));
}

// A font put into a font folder may change the families: the kept list is not used then, the command
// starts fontconfig and keeps the new list, which the next command uses.
TEST_F(CommandFonts, StartsFontconfigAgainOnceAFontFolderChanged)
{
    // The system's fonts and a folder of the test's; fontconfig writes its caches into the test's folder.
    // (The configuration's folder is one the list depends on, as /etc/fonts is: nothing else is in it.)
    const QString fonts = m_dir.filePath(QStringLiteral("fonts"));
    ASSERT_TRUE(QDir().mkpath(fonts) && QDir().mkpath(m_dir.filePath(QStringLiteral("configuration"))));
    const QString configuration = m_dir.filePath(QStringLiteral("configuration/fonts.conf"));
    {
        QFile file(configuration);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(
                       "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                       "<fontconfig>\n<dir>/usr/share/fonts</dir>\n<dir>%1</dir>\n"
                       "<cachedir>%2</cachedir>\n<cachedir>/var/cache/fontconfig</cachedir>\n"
                       "</fontconfig>\n")
                       .arg(fonts, m_dir.filePath(QStringLiteral("fontconfig-cache")))
                       .toUtf8());
    }
    QList<std::pair<QString, QString>> environment = this->environment();
    environment.append({QStringLiteral("FONTCONFIG_FILE"), configuration});
    const QString seed = test::seedPath(QStringLiteral("2019_qingtang"));
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    QList<bool> started;
    for (int i = 0; i < 4; ++i) {
        if (i == 2) {
            QFile font(QDir(fonts).filePath(QStringLiteral("new.otf")));
            ASSERT_TRUE(font.open(QIODevice::WriteOnly));
        }
        const LoggedRun run = pdfRun(seed, pdf, m_dir, environment);
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        started.append(startedFontconfig(run));
    }
    EXPECT_EQ(started, (QList<bool>{true, false, true, false}));
}

// Once its output is written, the command ends without the destructors of Qt's application, the fonts
// and the libraries (Headless::endWithoutCleanup): the loader calls none of the libraries' ends, yet
// standard output has every byte of the PDF and a refusal still ends with its exit code.
TEST(ProgramSplit, TheCommandEndsWithoutTheLibrariesCleanup)
{
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "under AddressSanitizer the command ends as usual, its destructors checked";
#endif
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString seed = QStringLiteral("2021_nanding");
    const LoggedRun run = runLogged(
        {QStringLiteral("pdf"), test::seedPath(seed), QStringLiteral("-o"), QStringLiteral("-")}, dir);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.finis, 0);
    ASSERT_FALSE(run.libraries.isEmpty()) << "the loader's log was not read";
    const ReadResult read = ReportReader::read(test::readSeed(seed));
    ASSERT_TRUE(read.isReport);
    EXPECT_TRUE(withoutItsTime(run.output) == withoutItsTime(PdfExporter::toPdf(read.report)));

    const LoggedRun refused = runLogged({QStringLiteral("pdf"), dir.filePath(QStringLiteral("missing.txt")),
                                         QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))},
                                        dir);
    EXPECT_EQ(refused.code, ExitBadInput);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_EQ(refused.finis, 0);
}

// The programs take their libraries from the system's folders only, never from the folder they are
// started in: anyone may leave a file named like a library there (a report folder on a shared drive,
// a USB stick). Every library a command, the zip module and the desktop program load is planted in
// the working folder as a file that is no library; the loader stops at such a file, so a program
// that looked there fails.
TEST(ProgramSplit, NoProgramLoadsALibraryFromTheFolderItIsStartedIn)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<std::pair<QString, QString>> environment{
        {QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))},
        {QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))}};
    const QString seed = test::seedPath(QStringLiteral("2021_nanding"));
    const QString database = dir.filePath(QStringLiteral("reports.sqlite"));
    // `run` names the outputs, which are not replaced.
    const auto commands = [&](const QString &run) {
        return QList<QStringList>{
            {QStringLiteral("--version")},
            {QStringLiteral("export"), seed, QStringLiteral("--to"), QStringLiteral("docx"),
             QStringLiteral("-o"), dir.filePath(run + u".docx")},
            {QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--db"), database, seed},
            {QStringLiteral("summary"), QStringLiteral("--db"), database, QStringLiteral("--year"),
             QStringLiteral("2021"), QStringLiteral("--to"), QStringLiteral("xlsx"), QStringLiteral("-o"),
             dir.filePath(run + u".xlsx")},
        };
    };
    const QList<QStringList> logged = commands(QStringLiteral("logged"));
    const QList<QStringList> planted = commands(QStringLiteral("planted"));
    for (qsizetype index = 0; index < logged.size(); ++index) {
        const std::string command = planted[index].join(u' ').toStdString();
        const LoggedRun first = runLogged(logged[index], dir, environment);
        ASSERT_EQ(first.code, 0) << command << "\n" << first.err.toStdString();
        // The log is read: the command's own Qt is in it.
        EXPECT_TRUE(first.libraries.contains(QStringLiteral("libQt6Core.so.6"))) << command;
        const QString folder = dir.filePath(QStringLiteral("planted%1").arg(index));
        plant(folder, first.libraries);
        const LoggedRun run = runLogged(planted[index], dir, environment, folder);
        EXPECT_EQ(run.code, 0) << command << "\n" << run.err.toStdString();
    }
}
