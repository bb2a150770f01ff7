// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// core/ must stay usable without a display: no QtWidgets header, no Widgets on its link line.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QVersionNumber>

#include <gtest/gtest.h>

#include <functional>
#include <initializer_list>

TEST(Architecture, CoreIncludesNoWidgets)
{
    const QRegularExpression widgetsInclude(QStringLiteral(
        R"(#\s*include\s*[<"](QtWidgets/|QtPrintSupport/|Q(Widget|Application|MainWindow|Dialog|AbstractButton|LineEdit|TableView|PrintDialog|Printer)\b))"));
    QDirIterator it(QStringLiteral(NIANBAO_SOURCE_DIR "/core"),
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(widgetsInclude.match(QString::fromUtf8(file.readAll())).hasMatch())
            << file.fileName().toStdString();
        ++files;
    }
    EXPECT_GT(files, 5);
}

TEST(Architecture, CoreLinksNoWidgets)
{
    QFile cmake(QStringLiteral(NIANBAO_SOURCE_DIR "/core/CMakeLists.txt"));
    ASSERT_TRUE(cmake.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cmake.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Qt6::Core")));
    EXPECT_FALSE(text.contains(QStringLiteral("Qt6::Widgets")));
    EXPECT_FALSE(text.contains(QStringLiteral("Qt6::PrintSupport")));
}

// The files at the top of core/ are what every folder below builds on (the report, its format, its
// cells, findings); they include none of the folders, so that no folder is both above and below them.
TEST(Architecture, TheTopOfCoreIncludesNoneOfItsFolders)
{
    const QRegularExpression folderInclude(QStringLiteral(R"(#\s*include\s*"[^"]*/)"));
    QDirIterator it(QStringLiteral(NIANBAO_SOURCE_DIR "/core"),
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(folderInclude.match(QString::fromUtf8(file.readAll())).hasMatch())
            << file.fileName().toStdString();
        ++files;
    }
    EXPECT_GT(files, 10);
}

namespace {

QString sourceText(const char *path)
{
    QFile file(QStringLiteral(NIANBAO_SOURCE_DIR "/") + QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QVersionNumber captured(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    return match.hasMatch() ? QVersionNumber::fromString(match.captured(1)) : QVersionNumber();
}

} // namespace

// The build states the oldest Qt it works with in CMake, in the scripts that decide between a
// native build and the sysroot, and in the README; it is at least the Qt that each feature it
// uses needs.
TEST(Architecture, TheStatedQtMinimumIsTheOneTheBuildNeeds)
{
    const QString cmake = sourceText("CMakeLists.txt");
    const QVersionNumber minimum = captured(cmake, QStringLiteral(R"(set\(NIANBAO_QT_MINIMUM ([0-9.]+)\))"));
    ASSERT_FALSE(minimum.isNull());
    EXPECT_TRUE(cmake.contains(QStringLiteral("find_package(Qt6 ${NIANBAO_QT_MINIMUM} REQUIRED")));
    const struct
    {
        const char *feature;
        QVersionNumber since;
    } needs[] = {
        {"SOURCE_TARGETS", QVersionNumber(6, 7)},            // qt_add_translations
        {"QT_NO_CONTEXTLESS_CONNECT", QVersionNumber(6, 7)}, // the compile definition
        {"QT_DISABLE_DEPRECATED_UP_TO", QVersionNumber(6, 5)},
    };
    for (const auto &need : needs) {
        if (cmake.contains(QString::fromLatin1(need.feature))) {
            EXPECT_GE(minimum, need.since) << need.feature;
        }
    }
    EXPECT_EQ(captured(sourceText("scripts/lib.sh"), QStringLiteral(R"(\nNB_QT_MINIMUM=([0-9.]+)\n)")),
              minimum);
    const QString readme = sourceText("README.md");
    const QRegularExpression stated(QStringLiteral(R"(Qt (?:≥ )?([0-9]+\.[0-9]+)(?: or later)?)"));
    int mentions = 0;
    for (const QRegularExpressionMatch &match : stated.globalMatch(readme)) {
        if (match.captured(0).contains(u'≥') || match.captured(0).endsWith(QStringLiteral("or later"))) {
            EXPECT_EQ(QVersionNumber::fromString(match.captured(1)), minimum)
                << match.captured(0).toStdString();
            ++mentions;
        }
    }
    EXPECT_GT(mentions, 0) << "the README states the Qt it needs";
    EXPECT_GE(QVersionNumber::fromString(QString::fromLatin1(qVersion())), minimum);
}

// The review controller is the window's glue, no more: the steps, the comments, the banner and the
// dock are classes of their own (issue 10). New review features go there, or into new classes.
TEST(Architecture, TheReviewControllerStaysThin)
{
    const QString controller = sourceText("ui/review/reviewcontroller.cpp");
    ASSERT_FALSE(controller.isEmpty());
    EXPECT_LT(controller.count(u'\n'), 250);
}

namespace {

/// Fails the test for each source file under the folders (but the skipped ones) in which the
/// pattern occurs, naming the file and what matched; the number of files read.
int expectNowhere(const QRegularExpression &pattern, std::initializer_list<const char *> folders,
                  const std::function<bool(const QString &path)> &skip)
{
    int files = 0;
    for (const char *folder : folders) {
        QDirIterator it(QStringLiteral(NIANBAO_SOURCE_DIR) + QLatin1StringView(folder),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (skip(path))
                continue;
            QFile file(path);
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(file.readAll()));
            EXPECT_FALSE(match.hasMatch()) << path.toStdString() << ": " << match.captured().toStdString();
            ++files;
        }
    }
    return files;
}

} // namespace

// What differs between SQLite and PostgreSQL is the business of core/storage/'s dialects alone.
TEST(Architecture, DatabaseSystemsAreNamedOnlyInTheStorage)
{
    const QRegularExpression backendSpecific(
        QStringLiteral(R"(QSQLITE|QPSQL|PRAGMA\s|sqlite_master|pg_catalog|Backend::(Sqlite|Postgres)\b)"));
    EXPECT_GT(
        expectNowhere(backendSpecific, {"/core", "/ui", "/app"},
                      [](const QString &path) { return path.contains(QStringLiteral("/core/storage/")); }),
        20);
}

// SQL is written in core/storage/ alone (issue 11): the review, the summary and the windows ask its
// record classes, so that a change of the schema or of a database system stays in one folder.
TEST(Architecture, SqlIsWrittenOnlyInTheStorage)
{
    const QRegularExpression statement(QStringLiteral(
        R"("\s*(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER)|ALTER\s+TABLE|DROP\s+\w+)\s)"));
    EXPECT_GT(
        expectNowhere(statement, {"/core", "/ui", "/app"},
                      [](const QString &path) { return path.contains(QStringLiteral("/core/storage/")); }),
        20);
}

// Every message box of the application goes through MessageSink, so that the tests record them and
// none can block a run (issue 10). Qt's own boxes that tell nothing of ours (aboutQt) may stay.
TEST(Architecture, MessagesGoThroughTheMessageSink)
{
    const QRegularExpression messageBox(
        QStringLiteral(R"(QMessageBox(::(warning|question|information|critical)\b|\s+\w+\s*[({]))"));
    EXPECT_GT(expectNowhere(messageBox, {"/ui", "/app"},
                            [](const QString &path) { return path.endsWith(u"/ui/messagesink.cpp"); }),
              20);
}

namespace {

/// Every file of the project as a clone holds it: all but the build folders and git's own.
QStringList projectFiles()
{
    const QDir source(QStringLiteral(NIANBAO_SOURCE_DIR));
    QStringList files;
    const auto entries = source.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName() == u".git" || entry.fileName().startsWith(u"build"))
            continue;
        if (entry.isFile()) {
            files << entry.filePath();
            continue;
        }
        QDirIterator it(entry.filePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// A clone of the project alone builds and passes its tests (issue 10): no build file, script, test or
// document names a path into the folder the project grew beside (the team's shared specifications and
// fixtures). Where a test file came from is told in words in tests/data/README.md.
TEST(Architecture, NothingPointsOutsideTheProject)
{
    const QRegularExpression outside(QStringLiteral(R"((\.\./)+shared\b)"));
    const QStringList files = projectFiles();
    int read = 0;
    for (const QString &path : files) {
        if (path.endsWith(u".png") || path.endsWith(u".docx") || path.endsWith(u".ico"))
            continue;
        const QRegularExpressionMatch match = outside.match(fileText(path));
        EXPECT_FALSE(match.hasMatch()) << path.toStdString() << ": " << match.captured().toStdString();
        ++read;
    }
    EXPECT_GT(read, 200);
}

// Every relative link of the Markdown documents leads to a file of the project that exists.
TEST(Architecture, TheDocumentsLinkOnlyToFilesOfTheProject)
{
    const QString root = QDir::cleanPath(QStringLiteral(NIANBAO_SOURCE_DIR)) + u'/';
    const QRegularExpression link(QStringLiteral(R"(\]\(([^)\s]+)\))"));
    const QRegularExpression external(QStringLiteral(R"(^([a-z]+:|#))"));
    int links = 0;
    for (const QString &path : projectFiles()) {
        if (!path.endsWith(u".md"))
            continue;
        for (const QRegularExpressionMatch &match : link.globalMatch(fileText(path))) {
            const QString target = match.captured(1).section(u'#', 0, 0);
            if (external.match(match.captured(1)).hasMatch() || target.isEmpty())
                continue;
            const QString resolved = QDir::cleanPath(QFileInfo(path).dir().filePath(target));
            EXPECT_TRUE(resolved.startsWith(root) && QFileInfo::exists(resolved))
                << path.toStdString() << ": " << match.captured(1).toStdString();
            ++links;
        }
    }
    EXPECT_GT(links, 10);
}
