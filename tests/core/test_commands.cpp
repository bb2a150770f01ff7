// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands on report files and on a database: validate, convert, import, list, export.
#include "cli/command.h"
#include "cli/outputcommands.h"
#include "cli/storecommands.h"
#include "cli/validatecommand.h"
#include "storetestsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using test::runCommand;
using test::seedPath;

namespace {

QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.array();
}

QStringList rulesOf(const QJsonObject &file, const QString &severity = {})
{
    QStringList rules;
    for (const QJsonValue &finding : file.value(u"findings").toArray()) {
        if (severity.isEmpty() || finding[u"severity"].toString() == severity)
            rules.append(finding[u"rule"].toString());
    }
    return rules;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

class StoreCommandsFixture : public test::StoreFixture
{
protected:
    QString db() const { return dbAddress(); }
    test::CommandRun import(const QStringList &arguments)
    {
        return runCommand(runImportCommand, QStringList{QStringLiteral("--db"), db()} + arguments);
    }
};

class StoreCommandsTest : public test::OnEachBackend<StoreCommandsFixture>
{
};

} // namespace

TEST(ValidateCommand, JsonHasOneObjectPerFileWithTheSpecifiedFields)
{
    const test::CommandRun run =
        runCommand(runValidateCommand,
                   {QStringLiteral("--json"), seedPath(QStringLiteral("2019_nanfeng")),
                    seedPath(QStringLiteral("2019_qingtang")), seedPath(QStringLiteral("2021_nanding"))});
    EXPECT_EQ(run.code, ExitFindings) << "qingtang has balance errors";
    const QJsonArray files = jsonArray(run.out);
    ASSERT_EQ(files.size(), 3);
    const QJsonObject nanfeng = files[0].toObject();
    EXPECT_EQ(nanfeng[u"file"].toString(), seedPath(QStringLiteral("2019_nanfeng")));
    EXPECT_EQ(nanfeng[u"year"].toInt(), 2019);
    EXPECT_EQ(nanfeng[u"format"].toString(), u"2019");
    EXPECT_FALSE(nanfeng[u"agency"].toString().isEmpty());
    EXPECT_TRUE(nanfeng[u"diagnostics"].isArray());
    EXPECT_TRUE(rulesOf(nanfeng, QStringLiteral("error")).isEmpty());

    const QJsonObject qingtang = files[1].toObject();
    EXPECT_TRUE(rulesOf(qingtang, QStringLiteral("error")).contains(u"balance"));
    for (const QJsonValue &finding : qingtang[u"findings"].toArray()) {
        EXPECT_FALSE(finding[u"message"].toString().isEmpty());
        EXPECT_TRUE(finding[u"where"].isArray());
    }
    const QJsonObject nanding = files[2].toObject();
    EXPECT_EQ(nanding[u"format"].toString(), u"2021");
    const QStringList rules = rulesOf(nanding);
    for (const char *rule : {"narrative.foreign-agency", "fee.statement", "date.missing", "label.variant"})
        EXPECT_TRUE(rules.contains(QLatin1StringView(rule))) << rule;
}

TEST(ValidateCommand, BalanceErrorNamesItsCellAndCarriesTheFix)
{
    const test::CommandRun run =
        runCommand(runValidateCommand, {QStringLiteral("--json"), seedPath(QStringLiteral("2019_qingtang"))});
    bool found = false;
    for (const QJsonValue &finding : jsonArray(run.out)[0][u"findings"].toArray()) {
        if (finding[u"rule"].toString() != u"balance")
            continue;
        found = true;
        const QStringList where = finding[u"where"].toVariant().toStringList();
        EXPECT_TRUE(where.filter(QStringLiteral("p3/")).size() > 0) << where.join(u' ').toStdString();
    }
    EXPECT_TRUE(found);
}

TEST(ValidateCommand, PlainOutputGroupsBySeverityInChinese)
{
    const test::CommandRun run = runCommand(runValidateCommand, {seedPath(QStringLiteral("2019_qingtang"))});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.out.contains(u"错误（")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"[balance]"));
    EXPECT_LT(run.out.indexOf(u"错误（"), run.out.indexOf(u"警告（"));
}

TEST(ValidateCommand, ExitCodesTellCleanFromErrorsFromUnreadable)
{
    EXPECT_EQ(runCommand(runValidateCommand, {seedPath(QStringLiteral("2019_nanfeng"))}).code, ExitOk);
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.txt"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("just a shopping list\nmilk\n");
    file.close();
    const test::CommandRun run = runCommand(runValidateCommand, {QStringLiteral("--json"), junk});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_TRUE(jsonArray(run.out)[0][u"agency"].isNull());
    EXPECT_EQ(runCommand(runValidateCommand, {}).code, ExitBadInput);
    EXPECT_EQ(runCommand(runValidateCommand, {dir.filePath(QStringLiteral("missing.txt"))}).code,
              ExitBadInput);
}

TEST(ValidateCommand, PreviousFileFeedsTheCrossYearRules)
{
    // The same narrative a year later: copied from the previous report, which only --previous reveals.
    QTemporaryDir dir;
    const QString previousPath = dir.filePath(QStringLiteral("2019.json"));
    const QString thisPath = dir.filePath(QStringLiteral("2020.txt"));
    ASSERT_EQ(runCommand(runConvertCommand, {seedPath(QStringLiteral("2019_nanfeng")), QStringLiteral("--to"),
                                             QStringLiteral("json"), QStringLiteral("-o"), previousPath})
                  .code,
              ExitOk);
    QString text = test::readSeed(QStringLiteral("2019_nanfeng"));
    text.replace(QStringLiteral("2019年"), QStringLiteral("2020年"));
    QFile out(thisPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    const QStringList without = rulesOf(
        jsonArray(runCommand(runValidateCommand, {QStringLiteral("--json"), thisPath}).out)[0].toObject());
    const QStringList with = rulesOf(
        jsonArray(runCommand(runValidateCommand,
                             {QStringLiteral("--json"), QStringLiteral("--previous"), previousPath, thisPath})
                      .out)[0]
            .toObject());
    EXPECT_FALSE(without.contains(u"narrative.repeated"));
    EXPECT_TRUE(with.contains(u"narrative.repeated")) << with.join(u' ').toStdString();
}

TEST(ConvertCommand, JsonReadsBackToTheSameCanonicalText)
{
    QTemporaryDir dir;
    for (const QString &seed : test::seedNames()) {
        const QString json = dir.filePath(seed + QStringLiteral(".json"));
        const QString text = dir.filePath(seed + QStringLiteral(".txt"));
        const QString again = dir.filePath(seed + QStringLiteral(".again.txt"));
        ASSERT_EQ(runCommand(runConvertCommand, {seedPath(seed), QStringLiteral("--to"),
                                                 QStringLiteral("json"), QStringLiteral("-o"), json})
                      .code,
                  ExitOk);
        ASSERT_EQ(runCommand(runConvertCommand, {seedPath(seed), QStringLiteral("-o"), text}).code, ExitOk);
        ASSERT_EQ(
            runCommand(runConvertCommand, {json, QStringLiteral("--to=text"), QStringLiteral("-o"), again})
                .code,
            ExitOk);
        EXPECT_FALSE(readFile(text).isEmpty());
        EXPECT_EQ(readFile(text), readFile(again)) << seed.toStdString();
    }
}

TEST(ConvertCommand, RefusesUnknownFormsAndMissingOutput)
{
    const QString seed = seedPath(QStringLiteral("2020_kanshi"));
    EXPECT_EQ(runCommand(runConvertCommand, {seed, QStringLiteral("--to=docx"), QStringLiteral("-o-")}).code,
              ExitBadInput);
    const test::CommandRun html =
        runCommand(runConvertCommand, {seed, QStringLiteral("--to=html"), QStringLiteral("-o-")});
    EXPECT_EQ(html.code, ExitBadInput);
    EXPECT_TRUE(html.err.contains(u"text|json")) << html.err.toStdString();
    EXPECT_EQ(runCommand(runConvertCommand, {seed}).code, ExitBadInput);
    const test::CommandRun toStdout =
        runCommand(runConvertCommand, {seed, QStringLiteral("-o"), QStringLiteral("-")});
    EXPECT_EQ(toStdout.code, ExitOk);
    EXPECT_TRUE(toStdout.out.contains(u"坎政〔2021〕1号"));
}

TEST_P(StoreCommandsTest, ImportsEverySeedAndListsThem)
{
    QStringList seeds;
    for (const QString &seed : test::seedNames())
        seeds.append(seedPath(seed));
    const test::CommandRun imported = import(seeds);
    EXPECT_EQ(imported.code, ExitOk) << imported.err.toStdString();
    EXPECT_EQ(imported.out.count(u'\n'), seeds.size());

    const QJsonArray all =
        jsonArray(runCommand(runListCommand, {QStringLiteral("--db"), db(), QStringLiteral("--json")}).out);
    ASSERT_EQ(all.size(), seeds.size());
    for (const QJsonValue &report : all) {
        EXPECT_EQ(report[u"status"].toString(), u"draft");
        EXPECT_EQ(report[u"revision"].toInt(), 1);
        EXPECT_TRUE(report[u"errors"].isDouble());
        EXPECT_TRUE(report[u"warnings"].isDouble());
    }
    const QJsonArray of2021 =
        jsonArray(runCommand(runListCommand, {QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                              QStringLiteral("--year"), QStringLiteral("2021")})
                      .out);
    ASSERT_EQ(of2021.size(), 1);
    EXPECT_EQ(of2021[0][u"format"].toString(), u"2021");
    const QJsonArray of2019 =
        jsonArray(runCommand(runListCommand, {QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                              QStringLiteral("--year"), QStringLiteral("2019")})
                      .out);
    int qingtangErrors = -1;
    for (const QJsonValue &report : of2019) {
        if (report[u"agency"].toString().contains(u"青塘"))
            qingtangErrors = report[u"errors"].toInt();
    }
    EXPECT_GT(qingtangErrors, 0);
    EXPECT_TRUE(runCommand(runListCommand, {QStringLiteral("--db"), db()}).out.contains(u"草稿"));
}

TEST_P(StoreCommandsTest, ImportOfAnExistingReportNeedsReplaceWhichKeepsARevision)
{
    const QString seed = seedPath(QStringLiteral("2020_kanshi"));
    ASSERT_EQ(import({seed}).code, ExitOk);
    const test::CommandRun again = import({seed});
    EXPECT_EQ(again.code, ExitFindings);
    EXPECT_FALSE(again.err.isEmpty());
    const test::CommandRun replaced = import({QStringLiteral("--replace"), seed});
    EXPECT_EQ(replaced.code, ExitOk) << replaced.err.toStdString();
    const QJsonArray list =
        jsonArray(runCommand(runListCommand, {QStringLiteral("--db"), db(), QStringLiteral("--json")}).out);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][u"revision"].toInt(), 2);
}

TEST_P(StoreCommandsTest, ImportOptionsOverrideAgencyAndYear)
{
    ASSERT_EQ(import({QStringLiteral("--agency"), QStringLiteral("试验镇"), QStringLiteral("--year"),
                      QStringLiteral("2020"), seedPath(QStringLiteral("2019_nanfeng"))})
                  .code,
              ExitOk);
    const QJsonArray list =
        jsonArray(runCommand(runListCommand, {QStringLiteral("--db"), db(), QStringLiteral("--json")}).out);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][u"agency"].toString(), u"试验镇");
    EXPECT_EQ(list[0][u"year"].toInt(), 2020);
}

TEST_P(StoreCommandsTest, ImportSaysWhatTheReaderWarnedAbout)
{
    // Every number is read, so the report is stored; the parts standing out of order are said all the same.
    const QString swapped = QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/part-order-swapped.txt");
    const test::CommandRun imported = import({swapped});
    EXPECT_EQ(imported.code, ExitOk) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(u"[section.order]")) << imported.err.toStdString();
    EXPECT_EQ(
        jsonArray(runCommand(runListCommand, {QStringLiteral("--db"), db(), QStringLiteral("--json")}).out)
            .size(),
        1);
    // A label worded otherwise is a notice of the reader, not said when importing.
    const test::CommandRun seed = import({seedPath(QStringLiteral("2020_kanshi"))});
    EXPECT_EQ(seed.code, ExitOk);
    EXPECT_TRUE(seed.err.isEmpty()) << seed.err.toStdString();
}

TEST_F(StoreCommandsFixture, UnreadableFilesAndBadDatabasesAreRefused)
{
    QTemporaryDir dir;
    const QString notADatabase = dir.filePath(QStringLiteral("x.sqlite"));
    QFile file(notADatabase);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const test::CommandRun run = runCommand(
        runImportCommand, {QStringLiteral("--db"), notADatabase, seedPath(QStringLiteral("2019_nanfeng"))});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_EQ(readFile(notADatabase), QString(4096, u'x')) << "the file must be left as it was";
    EXPECT_EQ(import({dir.filePath(QStringLiteral("none.txt"))}).code, ExitBadInput);
}

TEST_P(StoreCommandsTest, ExportAndValidateAStoredReport)
{
    ASSERT_EQ(
        import({seedPath(QStringLiteral("2020_kanshi")), seedPath(QStringLiteral("2021_nanding"))}).code,
        ExitOk);
    const QJsonArray list =
        jsonArray(runCommand(runListCommand, {QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                              QStringLiteral("--year"), QStringLiteral("2020")})
                      .out);
    const QString agency = list[0][u"agency"].toString();
    const QString exported = m_dir.filePath(QStringLiteral("kanshi.txt"));
    const test::CommandRun run = runCommand(
        runExportCommand, {QStringLiteral("--db"), db(), QStringLiteral("--agency"), agency,
                           QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("-o"), exported});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    const QString direct = m_dir.filePath(QStringLiteral("direct.txt"));
    ASSERT_EQ(
        runCommand(runConvertCommand, {seedPath(QStringLiteral("2020_kanshi")), QStringLiteral("-o"), direct})
            .code,
        ExitOk);
    EXPECT_EQ(readFile(exported), readFile(direct));

    const test::CommandRun validated =
        runCommand(runValidateCommand,
                   {QStringLiteral("--json"), QStringLiteral("--db"), db(), QStringLiteral("--agency"),
                    agency, QStringLiteral("--year"), QStringLiteral("2020")});
    EXPECT_EQ(validated.code, ExitOk) << validated.err.toStdString();
    const QJsonArray files = jsonArray(validated.out);
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files[0][u"agency"].toString(), agency);
    EXPECT_EQ(runCommand(runValidateCommand,
                         {QStringLiteral("--db"), db(), QStringLiteral("--agency"),
                          QStringLiteral("没有的镇"), QStringLiteral("--year"), QStringLiteral("2020")})
                  .code,
              ExitBadInput);
}

NIANBAO_ON_EACH_BACKEND(StoreCommandsTest);
