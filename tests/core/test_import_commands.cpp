// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// validate, convert and import take Word, PDF, web pages and text in any layout and encoding.
#include "cli/outputcommands.h"
#include "cli/storecommands.h"
#include "cli/validatecommand.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using test::runCommand;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/") + name;
}

QJsonObject jsonFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TEST(ImportCommands, ConvertAPdfGivesTheCellAddressesOfTheText)
{
    QTemporaryDir dir;
    const QString fromText = dir.filePath(QStringLiteral("text.json"));
    const QString fromPdf = dir.filePath(QStringLiteral("pdf.json"));
    ASSERT_EQ(
        runCommand(runConvertCommand, {test::seedPath(QStringLiteral("2020_kanshi")), QStringLiteral("--to"),
                                       QStringLiteral("json"), QStringLiteral("-o"), fromText})
            .code,
        0);
    const test::CommandRun run = runCommand(
        runConvertCommand, {fixture(QStringLiteral("2020_kanshi/libreoffice.pdf")), QStringLiteral("--to"),
                            QStringLiteral("json"), QStringLiteral("-o"), fromPdf});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(jsonFile(fromPdf).value(u"cells"), jsonFile(fromText).value(u"cells"));
}

TEST(ImportCommands, ValidateJsonAccountsForEveryTable)
{
    const test::CommandRun run =
        runCommand(runValidateCommand,
                   {QStringLiteral("--json"), fixture(QStringLiteral("2019_nanfeng/libreoffice.docx")),
                    fixture(QStringLiteral("two-reports.txt"))});
    EXPECT_EQ(run.code, 2) << "the second file is not readable";
    const QJsonArray files = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(files.size(), 2);
    const QJsonObject import = files[0][u"import"].toObject();
    EXPECT_EQ(import.value(u"source").toString(), u"docx");
    const QJsonArray tables = import.value(u"tables").toArray();
    ASSERT_EQ(tables.size(), 7) << "the 2019 format's tables";
    for (const QJsonValue &table : tables) {
        EXPECT_EQ(table[u"read"].toInt(), table[u"cells"].toInt())
            << table[u"table"].toString().toStdString();
        EXPECT_TRUE(table[u"unplaced"].toArray().isEmpty());
    }
    EXPECT_TRUE(files[1][u"agency"].isNull());
    EXPECT_FALSE(files[1][u"diagnostics"].toArray().isEmpty());
}

TEST(ImportCommands, ValidateTakesAFolderAndKeepsTheOrderOfItsFiles)
{
    const test::CommandRun run =
        runCommand(runValidateCommand,
                   {QStringLiteral("--json"), QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/2021_nanding")});
    const QJsonArray files = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_GE(files.size(), 14);
    QStringList names;
    for (const QJsonValue &file : files) {
        names.append(file[u"file"].toString());
        EXPECT_EQ(file[u"agency"].toString(), QStringLiteral("南定镇人民政府")) << names.last().toStdString();
    }
    QStringList sorted = names;
    sorted.sort();
    EXPECT_EQ(names, sorted);
}

TEST(ImportCommands, ImportRefusesAnIncompleteReadUnlessPartial)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("reports.sqlite"));
    const QString damaged = fixture(QStringLiteral("2020_kanshi/cell-per-line.txt"));
    const test::CommandRun refused = runCommand(runImportCommand, {QStringLiteral("--db"), db, damaged});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(u"import.table-unread")) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty()) << "nothing stored";

    const test::CommandRun partial =
        runCommand(runImportCommand, {QStringLiteral("--db"), db, QStringLiteral("--partial"), damaged});
    EXPECT_EQ(partial.code, 1) << "stored, but still not a success";
    EXPECT_TRUE(partial.out.contains(u"坎市镇")) << partial.out.toStdString();

    const test::CommandRun word = runCommand(
        runImportCommand, {QStringLiteral("--db"), db, fixture(QStringLiteral("template-filled.docx"))});
    EXPECT_EQ(word.code, 0) << word.err.toStdString();
    EXPECT_TRUE(word.out.contains(u"南定镇人民政府"));
}
