// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files: for each published report in tests/data/seeds/<seed>/, what the command line makes
// of input.txt — the canonical text, the JSON model, the HTML page and the findings — compared byte
// for byte with the reference files beside it. After an intended change, scripts/update-references
// rewrites the references (the test binary with --update-references); the difference is reviewed
// in git like any other change. The way KDE syntax-highlighting's autotests keep theirs.
#include "cli/command.h"
#include "cli/outputcommands.h"
#include "cli/validatecommand.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// One kind of output and the reference file that holds it.
struct Output
{
    const char *reference;
    /// What the command line writes for the report at path; empty and a failure when it cannot.
    QByteArray (*produce)(const QString &path);
};

QByteArray printed(const CommandRun &run, std::initializer_list<int> codes)
{
    EXPECT_TRUE(std::find(codes.begin(), codes.end(), run.code) != codes.end())
        << "exit code " << run.code << ": " << run.err.toStdString();
    return run.out.toUtf8();
}

QByteArray canonicalText(const QString &path)
{
    return printed(runCommand(runConvertCommand, {QStringLiteral("--to"), QStringLiteral("text"),
                                                  QStringLiteral("-o"), QStringLiteral("-"), path}),
                   {ExitOk});
}

QByteArray json(const QString &path)
{
    return printed(runCommand(runConvertCommand, {QStringLiteral("--to"), QStringLiteral("json"),
                                                  QStringLiteral("-o"), QStringLiteral("-"), path}),
                   {ExitOk});
}

QByteArray html(const QString &path)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("report.html"));
    printed(runCommand(runExportCommand,
                       {QStringLiteral("--to"), QStringLiteral("html"), QStringLiteral("-o"), target, path}),
            {ExitOk});
    QFile file(target);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray findings(const QString &path)
{
    // The file is named as a reader of the reference sees it, wherever the checkout is.
    QString out = QString::fromUtf8(
        printed(runCommand(runValidateCommand, {QStringLiteral("--json"), path}), {ExitOk, ExitFindings}));
    out.replace(u'"' + path + u'"', QStringLiteral("\"input.txt\""));
    return out.toUtf8();
}

const Output Outputs[] = {
    {"expected.txt", canonicalText},
    {"expected.json", json},
    {"expected.html", html},
    {"expected.findings.json", findings},
};

/// Where two texts part: the first differing line of each, with its number.
std::string firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (qsizetype line = 0; line < std::max(a.size(), b.size()); ++line) {
        const QByteArray left = a.value(line, "(end of file)");
        const QByteArray right = b.value(line, "(end of file)");
        if (left != right)
            return "line " + std::to_string(line + 1) + "\n  expected: " + left.toStdString() +
                   "\n  actual:   " + right.toStdString();
    }
    return "(no line differs)";
}

class Golden : public ::testing::TestWithParam<std::tuple<QString, int>>
{
};

/// How often a rule finds something on the corpus, at which severity.
struct RuleCount
{
    QString severity;
    int findings = 0;
};

/// What the golden findings of every seed hold, per rule.
QMap<QString, RuleCount> corpusCounts()
{
    QMap<QString, RuleCount> counts;
    for (const QString &seed : seedNames()) {
        QFile file(QFileInfo(seedPath(seed)).dir().filePath(QStringLiteral("expected.findings.json")));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        for (const QJsonValue &report : QJsonDocument::fromJson(file.readAll()).array())
            for (const QJsonValue &finding : report[u"findings"].toArray()) {
                RuleCount &count = counts[finding[u"rule"].toString()];
                count.severity = finding[u"severity"].toString();
                ++count.findings;
            }
    }
    return counts;
}

/// The table of docs/precision.md: rule → severity and findings; confirmed counts beside.
struct PrecisionTable
{
    QMap<QString, RuleCount> counts;
    QMap<QString, int> confirmed;
};

PrecisionTable precisionTable()
{
    QFile file(QStringLiteral(NIANBAO_SOURCE_DIR "/docs/precision.md"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "docs/precision.md";
    static const QRegularExpression row(QStringLiteral(R"(^\| `([a-z.-]+)` \| (\w+) \| (\d+) \| (\d+) \|)"),
                                        QRegularExpression::MultilineOption);
    PrecisionTable table;
    for (const QRegularExpressionMatch &match : row.globalMatch(QString::fromUtf8(file.readAll()))) {
        table.counts[match.captured(1)] = {match.captured(2), match.captured(3).toInt()};
        table.confirmed[match.captured(1)] = match.captured(4).toInt();
    }
    return table;
}

} // namespace

TEST(GoldenData, EverySeedHasItsInputAndEveryReference)
{
    const QStringList seeds = seedNames();
    EXPECT_EQ(seeds.size(), 5) << "tests/data/seeds holds the five published reports";
    for (const QString &seed : seeds) {
        const QDir folder(QFileInfo(seedPath(seed)).path());
        EXPECT_TRUE(folder.exists(QStringLiteral("input.txt"))) << seed.toStdString();
        for (const Output &output : Outputs)
            EXPECT_TRUE(updatingReferences() || folder.exists(QString::fromLatin1(output.reference)))
                << seed.toStdString() << '/' << output.reference
                << " is missing: run scripts/update-references";
    }
}

// The precision page counts what each rule finds on the real reports; a rule change that adds or
// removes a finding there must update it with the golden files.
TEST(GoldenData, PrecisionTableCountsTheCorpus)
{
    const QMap<QString, RuleCount> corpus = corpusCounts();
    const PrecisionTable table = precisionTable();
    ASSERT_FALSE(corpus.isEmpty());
    for (auto rule = corpus.cbegin(); rule != corpus.cend(); ++rule) {
        const RuleCount documented = table.counts.value(rule.key());
        EXPECT_EQ(documented.findings, rule->findings)
            << rule.key().toStdString() << ": findings on the corpus against docs/precision.md";
        EXPECT_EQ(documented.severity.toStdString(), rule->severity.toStdString())
            << rule.key().toStdString();
    }
    for (auto rule = table.counts.cbegin(); rule != table.counts.cend(); ++rule) {
        EXPECT_TRUE(corpus.contains(rule.key()))
            << rule.key().toStdString() << " is in docs/precision.md but finds nothing on the corpus";
        EXPECT_LE(table.confirmed.value(rule.key()), rule->findings) << rule.key().toStdString();
    }
}

TEST_P(Golden, MatchesTheReference)
{
    const auto &[seed, which] = GetParam();
    const Output &output = Outputs[which];
    const QString input = seedPath(seed);
    const QByteArray actual = output.produce(input);
    ASSERT_FALSE(actual.isEmpty());
    const QString referencePath = QFileInfo(input).dir().filePath(QString::fromLatin1(output.reference));
    QFile reference(referencePath);
    if (updatingReferences()) {
        if (reference.open(QIODevice::ReadOnly) && reference.readAll() == actual)
            return;
        reference.close();
        ASSERT_TRUE(reference.open(QIODevice::WriteOnly | QIODevice::Truncate))
            << referencePath.toStdString();
        ASSERT_EQ(reference.write(actual), actual.size());
        std::printf("updated %s\n",
                    qPrintable(QDir(QStringLiteral(NIANBAO_SOURCE_DIR)).relativeFilePath(referencePath)));
        return;
    }
    ASSERT_TRUE(reference.open(QIODevice::ReadOnly))
        << referencePath.toStdString() << " is missing: run scripts/update-references";
    const QByteArray expected = reference.readAll();
    EXPECT_TRUE(expected == actual)
        << seed.toStdString() << '/' << output.reference << " differs at "
        << firstDifference(expected, actual)
        << "\nIf the change is intended, run scripts/update-references and review "
           "the difference in git.";
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, Golden,
    ::testing::Combine(::testing::ValuesIn(seedNames()), ::testing::Range(0, int(std::size(Outputs)))),
    [](const ::testing::TestParamInfo<std::tuple<QString, int>> &info) {
        std::string name =
            std::get<0>(info.param).toStdString() + '_' + Outputs[std::get<1>(info.param)].reference;
        std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
        return name;
    });
