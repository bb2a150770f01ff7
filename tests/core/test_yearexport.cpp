// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The approved reports of a year exported into a folder: `nianbao export --db DB --year Y --to FORM
// -o DIR` and the YearExport behind it. Only approved reports, one file each, an existing file kept
// unless replacing is asked for, a summary, and exit codes that say when not everything was written.
#include "cli/command.h"
#include "cli/outputcommands.h"
#include "output/yearexport.h"
#include "testsupport.h"
#include "yearexporttestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_P(YearExportTest, WritesEachApprovedReportIntoTheFolder)
{
    const CommandRun run = exportYear(QStringLiteral("docx"));
    EXPECT_EQ(run.code, ExitOk) << run.err.toStdString();
    const QStringList files = QDir(m_folder).entryList(QDir::Files);
    EXPECT_EQ(files, QStringList{QFileInfo(approvedFile(QStringLiteral("docx"))).fileName()})
        << "only the approved report";
    EXPECT_TRUE(contents(approvedFile(QStringLiteral("docx"))).startsWith("PK"));
    EXPECT_TRUE(run.out.contains(approvedFile(QStringLiteral("docx"))));
    EXPECT_TRUE(
        run.out.contains(YearExport::summary({YearExport::Result{{}, YearExport::Outcome::Written, {}}})))
        << run.out.toStdString();

    const CommandRun pdf = exportYear(QStringLiteral("pdf"));
    EXPECT_EQ(pdf.code, ExitOk) << pdf.err.toStdString();
    EXPECT_TRUE(contents(approvedFile(QStringLiteral("pdf"))).startsWith("%PDF-"));
}

TEST_P(YearExportTest, KeepsExistingFilesUnlessToldToReplaceThem)
{
    ASSERT_TRUE(QDir().mkpath(m_folder));
    const QString path = approvedFile(QStringLiteral("odt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("the clerk's own file");
    }
    const CommandRun kept = exportYear(QStringLiteral("odt"));
    EXPECT_EQ(kept.code, ExitFindings) << "not everything asked for was written";
    EXPECT_EQ(contents(path), QByteArray("the clerk's own file"));
    EXPECT_TRUE(kept.err.contains(path)) << kept.err.toStdString();
    EXPECT_TRUE(kept.err.contains(QStringLiteral("--overwrite"))) << kept.err.toStdString();

    const CommandRun replaced = exportYear(QStringLiteral("odt"), {QStringLiteral("--overwrite")});
    EXPECT_EQ(replaced.code, ExitOk) << replaced.err.toStdString();
    EXPECT_TRUE(contents(path).startsWith("PK"));
}

TEST_P(YearExportTest, SaysSoWhenNoReportOfTheYearIsApproved)
{
    const CommandRun run =
        runCommand(runExportCommand,
                   {QStringLiteral("--db"), dbAddress(), QStringLiteral("--year"), QStringLiteral("2019"),
                    QStringLiteral("--to"), QStringLiteral("docx"), QStringLiteral("-o"), m_folder});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.err.contains(QStringLiteral("2019"))) << run.err.toStdString();
    EXPECT_FALSE(QDir(m_folder).exists() && !QDir(m_folder).isEmpty());
}

TEST_P(YearExportTest, RefusesStandardOutputAndAMissingYear)
{
    EXPECT_EQ(runCommand(runExportCommand, {QStringLiteral("--db"), dbAddress(), QStringLiteral("--to"),
                                            QStringLiteral("docx"), QStringLiteral("-o"), m_folder})
                  .code,
              ExitBadInput);
    EXPECT_EQ(
        runCommand(runExportCommand, {QStringLiteral("--db"), dbAddress(), QStringLiteral("--year"),
                                      QStringLiteral("2021"), QStringLiteral("--to"), QStringLiteral("docx"),
                                      QStringLiteral("-o"), QStringLiteral("-")})
            .code,
        ExitBadInput);
}

TEST_P(YearExportTest, PlansBeforeItWrites)
{
    const YearExport exporter(*m_store, 2021, ReportExport::Form::Pdf, m_folder);
    const StoreResult<QList<YearExport::Item>> plan = exporter.plan();
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan.value().size(), 1);
    EXPECT_EQ(plan.value().constFirst().agency, agency);
    EXPECT_FALSE(plan.value().constFirst().exists);
    EXPECT_FALSE(QFileInfo::exists(m_folder)) << "planning writes nothing";
    const YearExport::Result result = exporter.write(plan.value().constFirst(), false);
    EXPECT_EQ(result.outcome, YearExport::Outcome::Written) << result.message.toStdString();
    EXPECT_TRUE(exporter.plan().value().constFirst().exists);
}

NIANBAO_ON_EACH_BACKEND(YearExportTest);

// An installation without its zip module: each report the year's export could not write is named with
// the module and where it was looked for, nothing is written, exit 3. A test of the installation, not
// of the storage: the program started as a process opens the test's SQLite file.
class YearExportWithoutZipModule : public YearExportFixture
{
};

TEST_F(YearExportWithoutZipModule, NamesTheModuleForEachReportAndWritesNothing)
{
    const ProgramWithoutModules program(QStringLiteral(NIANBAO_EXECUTABLE));
    ASSERT_EQ(program.problem(), QString());
    const ProgramRun run =
        runProgram(program.path(),
                   {QStringLiteral("export"), QStringLiteral("--db"), dbAddress(), QStringLiteral("--year"),
                    QStringLiteral("2021"), QStringLiteral("--to"), QStringLiteral("docx"),
                    QStringLiteral("-o"), m_folder},
                   {{QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))},
                    {QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data"))}});
    EXPECT_EQ(run.code, ExitCannotWrite) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(approvedFile(QStringLiteral("docx")))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("libnianbao-zip.so"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(program.folder())) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(approvedFile(QStringLiteral("docx"))));
}

TEST(YearExportNames, FileNamesAreTheStandardTitleWithoutWhatFileNamesCannotHold)
{
    EXPECT_EQ(YearExport::fileName(QStringLiteral("南定镇人民政府"), 2021, ReportExport::Form::Docx),
              QStringLiteral("南定镇人民政府2021年政府信息公开工作年度报告.docx"));
    EXPECT_EQ(YearExport::fileName(QStringLiteral("县/区:局"), 2021, ReportExport::Form::Pdf),
              QStringLiteral("县_区_局2021年政府信息公开工作年度报告.pdf"));
}
