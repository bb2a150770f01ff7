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

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace nianbao;

namespace {

using test::ProgramRun;

/// A copy of the `nianbao` command without the private folder beside it (test::ProgramWithoutModules),
/// and the files it is asked to read, made by the whole program (which finds its modules).
class MissingModuleTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_dir->isValid());
        s_program = std::make_unique<test::ProgramWithoutModules>(QStringLiteral(NIANBAO_EXECUTABLE));
        ASSERT_EQ(s_program->problem(), QString());
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
    static void TearDownTestSuite()
    {
        s_program.reset();
        s_dir.reset();
    }

    static QString file(const QString &name) { return s_dir->filePath(name); }
    static QString copy() { return s_program->path(); }

    static ProgramRun run(const QString &program, const QStringList &arguments)
    {
        return test::runProgram(program, arguments,
                                {{QStringLiteral("XDG_CONFIG_HOME"), file(QStringLiteral("config"))},
                                 {QStringLiteral("XDG_DATA_HOME"), file(QStringLiteral("data"))}});
    }

    /// The message names the module and the folder of the program, where it was looked for.
    static void expectNamesTheModule(const ProgramRun &result, const QString &module)
    {
        EXPECT_NE(result.code, ExitOk);
        EXPECT_NE(result.code, -1) << "crashed or did not finish";
        EXPECT_TRUE(result.err.contains(module)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(s_program->folder())) << result.err.toStdString();
    }

    static std::unique_ptr<QTemporaryDir> s_dir;
    static std::unique_ptr<test::ProgramWithoutModules> s_program;
};

std::unique_ptr<QTemporaryDir> MissingModuleTest::s_dir;
std::unique_ptr<test::ProgramWithoutModules> MissingModuleTest::s_program;

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
