// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every command line in the documentation is run as written, and its output and exit code compared
// with what the document shows. A failure names the document line that disagrees.
#include "doctranscript.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using test::DocExample;
using test::DocProblem;
using test::DocTranscript;

namespace {

// README.md and every guide in docs/, relative to the source tree.
std::vector<std::string> documents()
{
    std::vector<std::string> paths{"README.md"};
    const QDir docs(QStringLiteral(NIANBAO_SOURCE_DIR "/docs"));
    for (const QString &name : docs.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths.push_back("docs/" + name.toStdString());
    return paths;
}

QString readDocument(const std::string &path)
{
    QFile file(QStringLiteral(NIANBAO_SOURCE_DIR "/") + QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

class DocumentationExamples : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // The examples see the published seeds as <seed>.txt in their working folder.
        for (const QString &seed : test::seedNames())
            ASSERT_TRUE(QFile::copy(test::seedPath(seed), m_dir.filePath(seed + QStringLiteral(".txt"))));
        QDir(m_dir.path()).mkpath(QStringLiteral("home"));
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(QStringLiteral("home"));
        env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(NIANBAO_EXECUTABLE)).absolutePath() +
                                               u':' + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        return env;
    }

    std::optional<DocProblem> run(const DocExample &example)
    {
        QProcess shell;
        shell.setWorkingDirectory(m_dir.path());
        shell.setProcessEnvironment(environment());
        shell.setProcessChannelMode(QProcess::MergedChannels);
        shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), example.command});
        if (!shell.waitForFinished(120000)) {
            shell.kill();
            shell.waitForFinished();
            return DocProblem{example.line,
                              QStringLiteral("`%1` did not finish in two minutes").arg(example.command)};
        }
        return DocTranscript::compare(example, QString::fromUtf8(shell.readAllStandardOutput()),
                                      shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1);
    }

    QTemporaryDir m_dir;
};

TEST_P(DocumentationExamples, RunAsWritten)
{
    const std::string path = GetParam();
    const QString document = readDocument(path);
    ASSERT_FALSE(document.isEmpty()) << path;
    const DocTranscript transcript(document);
    for (const DocProblem &problem : transcript.problems())
        ADD_FAILURE_AT(path.c_str(), problem.line) << problem.message.toStdString();
    for (const DocExample &example : transcript.examples()) {
        if (const std::optional<DocProblem> problem = run(example))
            ADD_FAILURE_AT(path.c_str(), problem->line) << problem->message.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Docs, DocumentationExamples, ::testing::ValuesIn(documents()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             std::string name = info.param;
                             for (char &c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return name;
                         });

} // namespace
