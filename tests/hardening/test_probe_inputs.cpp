// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The probe cases of issue 13 about names, years and input sizes, run as the commands a user types.
#include "cli/command.h"
#include "cli/outputcommands.h"
#include "cli/reviewcommands.h"
#include "cli/storecommands.h"
#include "cli/validatecommand.h"
#include "inputrules.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using test::CommandRun;
using test::runCommand;

namespace {

class InputProbe : public ::testing::Test
{
protected:
    QString db() const { return m_dir.filePath(QStringLiteral("nianbao.sqlite")); }
    QString seed() const { return test::seedPath(QStringLiteral("2021_nanding")); }
    QString write(const char *name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(QString::fromUtf8(name)));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    QByteArray seedAsJson()
    {
        const CommandRun json =
            runCommand(runConvertCommand, {seed(), QStringLiteral("--to"), QStringLiteral("json"),
                                           QStringLiteral("-o"), QStringLiteral("-")});
        EXPECT_EQ(json.code, ExitOk);
        return json.out.toUtf8();
    }
    CommandRun import(const QStringList &arguments)
    {
        return runCommand(runImportCommand, QStringList{QStringLiteral("--db"), db()} + arguments);
    }
    CommandRun userList()
    {
        return runCommand(runUserCommand, {QStringLiteral("list"), QStringLiteral("--db"), db()});
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(InputProbe, AnAbsurdYearIsRefused)
{
    const CommandRun run = import({QStringLiteral("--year"), QStringLiteral("99999"), seed()});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_TRUE(run.err.contains(QStringLiteral("99999"))) << run.err.toStdString();
    for (const auto &command : {runListCommand, runReviewCommand}) {
        const CommandRun listed = runCommand(command, {QStringLiteral("list"), QStringLiteral("--db"), db(),
                                                       QStringLiteral("--year"), QStringLiteral("1999")});
        EXPECT_EQ(listed.code, ExitBadInput);
    }
}

TEST_F(InputProbe, AnAgencyNameCannotForgeLines)
{
    const CommandRun run =
        import({QStringLiteral("--agency"), QStringLiteral("南定镇\n2099\t草稿\t1\t0\t0\t假镇"), seed()});
    EXPECT_NE(run.code, ExitOk);
    const CommandRun listed = runCommand(runListCommand, {QStringLiteral("--db"), db()});
    EXPECT_FALSE(listed.out.contains(QStringLiteral("假镇")));
}

TEST_F(InputProbe, AUserNameCannotForgeLines)
{
    ASSERT_EQ(
        runCommand(runUserCommand, {QStringLiteral("add"), QStringLiteral("王审核"), QStringLiteral("--role"),
                                    QStringLiteral("supervisor"), QStringLiteral("--db"), db()})
            .code,
        ExitOk);
    const CommandRun forged = runCommand(
        runUserCommand,
        {QStringLiteral("add"), QStringLiteral("李填报\n赵冒充\t审核人\t"), QStringLiteral("--role"),
         QStringLiteral("clerk"), QStringLiteral("--agency"), QStringLiteral("南定镇人民政府"),
         QStringLiteral("--as"), QStringLiteral("王审核"), QStringLiteral("--db"), db()});
    EXPECT_EQ(forged.code, ExitFindings);
    const CommandRun agency =
        runCommand(runUserCommand,
                   {QStringLiteral("add"), QStringLiteral("李填报"), QStringLiteral("--role"),
                    QStringLiteral("clerk"), QStringLiteral("--agency"), QStringLiteral("南定镇\r\n赵冒充"),
                    QStringLiteral("--as"), QStringLiteral("王审核"), QStringLiteral("--db"), db()});
    EXPECT_EQ(agency.code, ExitFindings);
    const CommandRun list = userList();
    EXPECT_EQ(list.out.count(u'\n'), 2) << "a header and the supervisor: " << list.out.toStdString();
    EXPECT_FALSE(list.out.contains(QStringLiteral("赵冒充")));
}

TEST_F(InputProbe, NulInJsonIsRefused)
{
    QByteArray json = seedAsJson();
    ASSERT_TRUE(json.contains("南定镇"));
    json.replace("南定镇", "南定\\u0000镇");
    const QString path = write("nul.json", json);
    const CommandRun validated = runCommand(runValidateCommand, {path});
    EXPECT_EQ(validated.code, ExitBadInput);
    EXPECT_TRUE(validated.err.contains(QStringLiteral("U+0000")) ||
                validated.out.contains(QStringLiteral("U+0000")))
        << validated.err.toStdString() << validated.out.toStdString();
    EXPECT_EQ(import({path}).code, ExitBadInput);
    const CommandRun raw = runCommand(
        runValidateCommand,
        {write("raw.json", QByteArray(seedAsJson()).replace("南定镇", QByteArray("南定\0镇", 10)))});
    EXPECT_EQ(raw.code, ExitBadInput);
}

TEST_F(InputProbe, AFileOverTheLimitIsRefusedWithItsSize)
{
    QByteArray text = test::readSeed(QStringLiteral("2021_nanding")).toUtf8();
    text += QByteArray(InputRules::MaxFileBytes, ' ');
    const QString path = write("big.txt", text);
    const CommandRun run = runCommand(runValidateCommand, {path});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_TRUE(QString(run.err + run.out).contains(QStringLiteral("big.txt")));
    EXPECT_EQ(import({path}).code, ExitBadInput);
}

TEST_F(InputProbe, AParagraphOverTheLimitIsRefused)
{
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    const QString paragraph(InputRules::MaxParagraphBytes / 3 + 1, u'政');
    const qsizetype partSix = text.indexOf(QStringLiteral("六、"));
    ASSERT_GT(partSix, 0);
    const qsizetype lineEnd = text.indexOf(u'\n', partSix);
    text.insert(lineEnd + 1, paragraph + u'\n');
    const QString path = write("paragraph.txt", text.toUtf8());
    const CommandRun run = import({path});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_TRUE(run.err.contains(QString::number(InputRules::MaxParagraphBytes / 1024)))
        << run.err.toStdString();
    const CommandRun pdf =
        runCommand(runPdfCommand, {path, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("p.pdf"))});
    EXPECT_EQ(pdf.code, ExitBadInput) << "refused before a minute of layout";
}
