// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Never silent about the private folder's modules: a Word or OpenDocument file that cannot be written
// or read because the zip module (libnianbao-zip.so) is missing, or a PDF because the PDF reader
// (libnianbao-pdf.so) is, is a message that names the module and where it was looked for, with an exit
// code that is not 0 — not "could not be made", and not "not a file Nianbao exported". A zip package
// the module cannot read is a message that names the file.
#include "cli/command.h"
#include "import/reportimporter.h"
#include "output/docxexporter.h"
#include "signing/exportverifier.h"
#include "signing/signingkey.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <utility>

#include <unistd.h>

using namespace nianbao;

namespace {

struct ProgramRun
{
    int code = -1;
    QString err;
};

/**
 * A copy of the `nianbao` command in a folder of its own outside the build tree, without the private
 * folder beside it: a program installed without its modules. (A program in the build tree also
 * finds the modules the build made; one copied out of it looks only where an installed one does.)
 */
class MissingModuleTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_dir->isValid());
        QDir buildTree(QFileInfo(QStringLiteral(NIANBAO_EXECUTABLE)).canonicalPath());
        ASSERT_TRUE(buildTree.cdUp());
        const QString folder = QFileInfo(s_dir->path()).canonicalFilePath();
        ASSERT_FALSE(folder.startsWith(QString(buildTree.canonicalPath() + u'/')))
            << "the temporary folder is inside the build tree, whose modules the copy would find";
        const QString program = s_dir->filePath(QStringLiteral("bin/nianbao"));
        ASSERT_TRUE(QDir().mkpath(s_dir->filePath(QStringLiteral("bin"))));
        // A second name of the same file where the file system allows (a debug build's program is
        // over 100 MB; the program knows itself by the name it was started by), else a copy.
        const QByteArray source = QFile::encodeName(QStringLiteral(NIANBAO_EXECUTABLE));
        if (::link(source.constData(), QFile::encodeName(program).constData()) != 0) {
            ASSERT_TRUE(QFile::copy(QStringLiteral(NIANBAO_EXECUTABLE), program));
            ASSERT_TRUE(
                QFile::setPermissions(program, QFile::permissions(QStringLiteral(NIANBAO_EXECUTABLE))));
        }
        // The files to read, made by the whole program (which finds its modules).
        const QString seed = test::seedPath(QStringLiteral("2021_nanding"));
        ASSERT_EQ(run(QStringLiteral(NIANBAO_EXECUTABLE),
                      {QStringLiteral("export"), seed, QStringLiteral("--to"), QStringLiteral("docx"),
                       QStringLiteral("-o"), file(QStringLiteral("report.docx"))})
                      .code,
                  ExitOk);
        ASSERT_EQ(run(QStringLiteral(NIANBAO_EXECUTABLE),
                      {QStringLiteral("pdf"), seed, QStringLiteral("-o"), file(QStringLiteral("report.pdf"))})
                      .code,
                  ExitOk);
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static QString file(const QString &name) { return s_dir->filePath(name); }
    static QString copy() { return s_dir->filePath(QStringLiteral("bin/nianbao")); }

    static ProgramRun run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), file(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), file(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        ProgramRun result;
        if (!process.waitForFinished(60000))
            return result;
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    /// The message names the module and the folder of the program, where it was looked for.
    static void expectNamesTheModule(const ProgramRun &result, const QString &module)
    {
        EXPECT_NE(result.code, ExitOk);
        EXPECT_NE(result.code, -1) << "crashed or did not finish";
        EXPECT_TRUE(result.err.contains(module)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(s_dir->filePath(QStringLiteral("bin")))) << result.err.toStdString();
    }

    static std::unique_ptr<QTemporaryDir> s_dir;
};

std::unique_ptr<QTemporaryDir> MissingModuleTest::s_dir;

} // namespace

TEST_F(MissingModuleTest, ExportToWordNamesTheZipModule)
{
    const QString out = file(QStringLiteral("missing.docx"));
    const ProgramRun result =
        run(copy(), {QStringLiteral("export"), test::seedPath(QStringLiteral("2021_nanding")),
                     QStringLiteral("--to"), QStringLiteral("docx"), QStringLiteral("-o"), out});
    EXPECT_EQ(result.code, ExitCannotWrite);
    expectNamesTheModule(result, QStringLiteral("libnianbao-zip.so"));
    EXPECT_TRUE(result.err.contains(out)) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(MissingModuleTest, ImportingAWordDocumentNamesTheZipModule)
{
    const ProgramRun result =
        run(copy(), {QStringLiteral("import"), QStringLiteral("--db"), file(QStringLiteral("reports.sqlite")),
                     file(QStringLiteral("report.docx"))});
    expectNamesTheModule(result, QStringLiteral("libnianbao-zip.so"));
    EXPECT_TRUE(result.err.contains(QStringLiteral("report.docx"))) << result.err.toStdString();
}

TEST_F(MissingModuleTest, ImportingAPdfNamesThePdfModule)
{
    const ProgramRun result =
        run(copy(), {QStringLiteral("import"), QStringLiteral("--db"), file(QStringLiteral("reports.sqlite")),
                     file(QStringLiteral("report.pdf"))});
    expectNamesTheModule(result, QStringLiteral("libnianbao-pdf.so"));
}

TEST_F(MissingModuleTest, VerifyingAWordDocumentNamesTheZipModule)
{
    const std::optional<SigningKey> key = SigningKey::generate();
    ASSERT_TRUE(key);
    const ProgramRun result =
        run(copy(), {QStringLiteral("verify"), file(QStringLiteral("report.docx")), QStringLiteral("--key"),
                     SigningKey::publicKeyText(key->publicKey())});
    EXPECT_EQ(result.code, ExitBadInput);
    expectNamesTheModule(result, QStringLiteral("libnianbao-zip.so"));
    // Not taken for a file that Nianbao did not export, nor for one without an approval.
    EXPECT_TRUE(result.err.contains(QStringLiteral("report.docx"))) << result.err.toStdString();
}

// A package cut short (a copy that stopped half-way) is a zip the module cannot read: the message
// names the file and says that it is not a readable zip package.
TEST(ZipPackageUnreadable, ATruncatedWordDocumentIsAnErrorNamingTheFile)
{
    const ReadResult read = ReportReader::read(test::readSeed(QStringLiteral("2021_nanding")));
    ASSERT_TRUE(read.isReport);
    QString error;
    const QByteArray whole =
        DocxExporter::toDocx(read.report, QDateTime::currentDateTimeUtc(), nullptr, &error);
    ASSERT_FALSE(whole.isEmpty()) << error.toStdString();
    const QByteArray truncated = whole.first(whole.size() / 2);

    const ImportResult imported = ReportImporter::read(truncated, QStringLiteral("半份年报.docx"));
    ASSERT_FALSE(imported.read.isReport);
    ASSERT_FALSE(imported.read.diagnostics.isEmpty());
    const QString message = imported.read.diagnostics.constFirst().message;
    EXPECT_TRUE(message.contains(QStringLiteral("半份年报.docx"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("zip"))) << message.toStdString();

    const std::optional<SigningKey> key = SigningKey::generate();
    ASSERT_TRUE(key);
    const FileVerification check = ExportVerifier::verify(truncated, key->publicKey());
    EXPECT_EQ(check.result, FileVerification::Result::Unreadable);
    EXPECT_FALSE(check.problem.isEmpty());
    const QString verified = check.message(QStringLiteral("半份年报.docx"));
    EXPECT_TRUE(verified.contains(QStringLiteral("半份年报.docx"))) << verified.toStdString();
    EXPECT_TRUE(verified.contains(check.problem)) << verified.toStdString();
}
