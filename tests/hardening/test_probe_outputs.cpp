// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The probe cases of issue 13 about outputs, run as the commands a user types.
#include "cli/command.h"
#include "cli/outputcommands.h"
#include "cli/reviewcommands.h"
#include "cli/storecommands.h"
#include "io/outputfile.h"
#include "storage/reportstore.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>

using namespace nianbao;
using test::CommandRun;
using test::runCommand;

namespace {

const QString agency = QStringLiteral("南定镇人民政府");

class OutputProbe : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const CommandRun imported =
            runCommand(runImportCommand, {QStringLiteral("--db"), db(), QStringLiteral("--agency"), agency,
                                          test::seedPath(QStringLiteral("2021_nanding"))});
        ASSERT_EQ(imported.code, ExitOk) << imported.err.toStdString();
        m_before = test::fileDigest(db());
    }

    QString db() const { return m_dir.filePath(QStringLiteral("nianbao.sqlite")); }
    QString seed() const { return test::seedPath(QStringLiteral("2021_nanding")); }

    // The database is the same file and still holds the report.
    void expectDatabaseIntact()
    {
        EXPECT_EQ(test::fileDigest(db()), m_before);
        auto store = ReportStore::open(db(), ReportStore::OpenMode::ReadOnly);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        EXPECT_TRUE(store.value()->findReport(agency, 2021));
    }

    QTemporaryDir m_dir;
    QByteArray m_before;
};

} // namespace

TEST_F(OutputProbe, ExportOntoItsOwnDatabaseIsRefused)
{
    const CommandRun run = runCommand(
        runExportCommand, {QStringLiteral("--db"), db(), QStringLiteral("--agency"), agency,
                           QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("-o"), db()});
    EXPECT_EQ(run.code, ExitCannotWrite);
    EXPECT_TRUE(run.err.contains(db())) << run.err.toStdString();
    expectDatabaseIntact();
}

TEST_F(OutputProbe, PdfOntoADatabaseIsRefused)
{
    const CommandRun run = runCommand(runPdfCommand, {seed(), QStringLiteral("-o"), db()});
    EXPECT_EQ(run.code, ExitCannotWrite);
    EXPECT_TRUE(run.err.contains(db())) << run.err.toStdString();
    expectDatabaseIntact();
}

TEST_F(OutputProbe, ExportThroughALinkToTheDatabaseIsRefused)
{
    const QString link = m_dir.filePath(QStringLiteral("report.html"));
    ASSERT_TRUE(QFile::link(db(), link));
    for (const QString &form : {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html")}) {
        const CommandRun run =
            runCommand(runExportCommand, {seed(), QStringLiteral("--to"), form, QStringLiteral("-o"), link});
        EXPECT_EQ(run.code, ExitCannotWrite) << form.toStdString();
    }
    const CommandRun convert = runCommand(runConvertCommand, {seed(), QStringLiteral("-o"), link});
    EXPECT_EQ(convert.code, ExitCannotWrite);
    expectDatabaseIntact();
}

TEST_F(OutputProbe, AFullDiskIsNamedNotUnknown)
{
    const CommandRun run =
        runCommand(runExportCommand, {seed(), QStringLiteral("-o"), QStringLiteral("/dev/full")});
    EXPECT_EQ(run.code, ExitCannotWrite);
    EXPECT_TRUE(run.err.contains(QStringLiteral("/dev/full"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(OutputFile::reason(ENOSPC))) << run.err.toStdString();
}

TEST_F(OutputProbe, ReviewListCsvNeutralisesFormulas)
{
    const QString formula = QStringLiteral("+1+cmd|' /C calc'!A0");
    const CommandRun imported = runCommand(
        runImportCommand, {QStringLiteral("--db"), db(), QStringLiteral("--agency"), formula, seed()});
    ASSERT_EQ(imported.code, ExitOk) << imported.err.toStdString();
    const CommandRun csv = runCommand(runReviewCommand, {QStringLiteral("list"), QStringLiteral("--db"), db(),
                                                         QStringLiteral("--year"), QStringLiteral("2021"),
                                                         QStringLiteral("--csv")});
    ASSERT_EQ(csv.code, ExitOk) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QChar(0xFEFF))) << "a BOM, so that Excel and WPS read UTF-8";
    EXPECT_TRUE(csv.out.contains(u"\r\n\"'" + formula + u'"')) << csv.out.toStdString();
    EXPECT_FALSE(csv.out.contains(u"\n" + formula));
}
