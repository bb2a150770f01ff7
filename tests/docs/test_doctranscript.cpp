// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The reader and the comparison of the executable documentation: what counts as agreeing.
#include "doctranscript.h"

#include <gtest/gtest.h>

using nianbao::test::DocExample;
using nianbao::test::DocProblem;
using nianbao::test::DocTranscript;

namespace {

DocExample onlyExample(const QString &markdown)
{
    const DocTranscript transcript(markdown);
    EXPECT_TRUE(transcript.problems().isEmpty());
    EXPECT_EQ(transcript.examples().size(), 1);
    return transcript.examples().value(0);
}

bool agrees(const QString &markdown, const QString &output, int exitCode = 0)
{
    return !DocTranscript::compare(onlyExample(markdown), output, exitCode).has_value();
}

} // namespace

TEST(DocTranscript, ReadsCommandsOutputAndExitCodesOfConsoleBlocks)
{
    const DocTranscript transcript(QStringLiteral("Intro\n"
                                                  "```console\n"
                                                  "$ nianbao validate a.txt\n"
                                                  "== a.txt ==\n"
                                                  "[1]\n"
                                                  "$ nianbao list\n"
                                                  "```\n"
                                                  "<!-- doctest: cp a b -->\n"));
    ASSERT_EQ(transcript.examples().size(), 3);
    const DocExample &validate = transcript.examples()[0];
    EXPECT_EQ(validate.line, 3);
    EXPECT_EQ(validate.command, u"nianbao validate a.txt");
    EXPECT_EQ(validate.expected, QStringList{QStringLiteral("== a.txt ==")});
    EXPECT_EQ(validate.expectedLines, QList<int>{4});
    EXPECT_EQ(validate.exitCode, 1);
    EXPECT_EQ(transcript.examples()[1].exitCode, 0);
    EXPECT_TRUE(transcript.examples()[1].expected.isEmpty());
    EXPECT_TRUE(transcript.examples()[2].setup);
    EXPECT_EQ(transcript.examples()[2].command, u"cp a b");
}

TEST(DocTranscript, CommandLinesThatWouldNeverRunAreProblems)
{
    const DocTranscript transcript(
        QStringLiteral("```\n"
                       "nianbao validate a.txt\n"
                       "```\n"
                       "Run `nianbao validate --jsn a.txt` or `nianbao frobnicate`.\n"
                       "<!-- reference validate -->\n"
                       "```\n"
                       "nianbao validate [--json] FILE…\n"
                       "```\n"
                       "<!-- end reference -->\n"
                       "`nianbao COMMAND --help`, `nianbao --db x`, `nianbao pdf -o -`\n"));
    ASSERT_EQ(transcript.problems().size(), 3);
    EXPECT_EQ(transcript.problems()[0].line, 2);
    EXPECT_EQ(transcript.problems()[1].line, 4);
    EXPECT_TRUE(transcript.problems()[1].message.contains(u"--jsn"));
    EXPECT_EQ(transcript.problems()[2].line, 4);
    EXPECT_TRUE(transcript.problems()[2].message.contains(u"frobnicate"));
}

TEST(DocTranscript, OutputLinesMatchExactlyOrByGlobOrExpression)
{
    const QString block =
        QStringLiteral("```console\n$ x\nrevision 3, SHA-256 * (glob)\n[a-z]+ \\d+ (re)\n```\n");
    EXPECT_TRUE(agrees(block, QStringLiteral("revision 3, SHA-256 ab12\nlist 7\n")));
    EXPECT_FALSE(agrees(block, QStringLiteral("revision 4, SHA-256 ab12\nlist 7\n")));
    EXPECT_FALSE(agrees(block, QStringLiteral("revision 3, SHA-256 ab12\nlist\n")));
    EXPECT_FALSE(agrees(block, QStringLiteral("revision 3, SHA-256 ab12\nlist 7\nmore\n")));
}

TEST(DocTranscript, AnEllipsisLineStandsForAnyLines)
{
    const QString block = QStringLiteral("```console\n$ x\nfirst\n…\nlast\n```\n");
    EXPECT_TRUE(agrees(block, QStringLiteral("first\nlast\n")));
    EXPECT_TRUE(agrees(block, QStringLiteral("first\na\nb\nlast\n")));
    EXPECT_FALSE(agrees(block, QStringLiteral("first\na\n")));
}

TEST(DocTranscript, AMismatchNamesTheDocumentLineAndTheExitCodeIsCompared)
{
    const DocExample example = onlyExample(QStringLiteral("text\n```console\n$ x\none\ntwo\n[2]\n```\n"));
    const std::optional<DocProblem> wrongLine =
        DocTranscript::compare(example, QStringLiteral("one\nthree\n"), 2);
    ASSERT_TRUE(wrongLine);
    EXPECT_EQ(wrongLine->line, 5);
    EXPECT_TRUE(wrongLine->message.contains(u"three"));
    const std::optional<DocProblem> wrongCode =
        DocTranscript::compare(example, QStringLiteral("one\ntwo\n"), 0);
    ASSERT_TRUE(wrongCode);
    EXPECT_EQ(wrongCode->line, 3);
    EXPECT_TRUE(wrongCode->message.contains(u"exits with 0, the document says 2"));
}

TEST(DocTranscript, JsonIsComparedByShape)
{
    const QString block =
        QStringLiteral("```console\n$ x\n"
                       "[{\"file\": \"a.txt\", \"year\": \"…\", \"findings\": [{\"rule\": \"…\"}, \"…\"]}]\n"
                       "```\n");
    EXPECT_TRUE(agrees(
        block, QStringLiteral("[{\"file\":\"a.txt\",\"year\":2021,\"findings\":[{\"rule\":\"balance\"},"
                              "{\"rule\":\"total.row\"}]}]")));
    EXPECT_FALSE(agrees(
        block, QStringLiteral("[{\"file\":\"b.txt\",\"year\":2021,\"findings\":[{\"rule\":\"x\"}]}]")));
    EXPECT_FALSE(agrees(block, QStringLiteral("[{\"file\":\"a.txt\",\"findings\":[{\"rule\":\"x\"}]}]")));
    EXPECT_FALSE(agrees(
        block,
        QStringLiteral("[{\"file\":\"a.txt\",\"year\":1,\"extra\":0,\"findings\":[{\"rule\":\"x\"}]}]")));
    EXPECT_FALSE(agrees(block, QStringLiteral("[{\"file\":\"a.txt\",\"year\":1,\"findings\":[]}]")));
    EXPECT_FALSE(agrees(block, QStringLiteral("not json")));
}

TEST(DocTranscript, APreparingCommandMustSucceed)
{
    const DocExample setup = DocTranscript(QStringLiteral("<!-- doctest: false -->\n")).examples().value(0);
    EXPECT_TRUE(DocTranscript::compare(setup, QStringLiteral("anything"), 0) == std::nullopt);
    EXPECT_TRUE(DocTranscript::compare(setup, QString(), 1).has_value());
}
