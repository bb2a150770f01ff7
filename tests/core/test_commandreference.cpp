// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The command definitions are the one source of --help, the man page, the bash completion and the
// reference blocks of docs/cli.md: each of them is checked against the definitions here.
#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/commandreference.h"
#include "cli/invocation.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

QString nameOf(const Command &command)
{
    return QString::fromLatin1(command.name);
}

QList<const Command *> everyCommand()
{
    QList<const Command *> list{&desktopCommand()};
    for (const Command &command : commands())
        list.append(&command);
    return list;
}

// The options a synopsis line names, as written ("json", "o").
QStringList optionsNamedIn(const char *usage)
{
    static const QRegularExpression option(QStringLiteral("(?:^|[\\s\\[|])--?([a-z][a-z0-9-]*)"));
    QStringList names;
    for (QRegularExpressionMatchIterator it = option.globalMatch(QString::fromUtf8(usage)); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

bool declares(const Command &command, const QString &name)
{
    for (const Option &option : command.options) {
        if (QString::fromLatin1(option.name) == name ||
            (name.size() == 1 && QChar::fromLatin1(option.shortName) == name.front()))
            return true;
    }
    return false;
}

} // namespace

TEST(CommandDefinitions, SynopsisNamesOnlyDeclaredOptionsAndEveryOption)
{
    for (const Command *command : everyCommand()) {
        QStringList named;
        for (const char *usage : command->usage) {
            for (const QString &name : optionsNamedIn(usage)) {
                EXPECT_TRUE(declares(*command, name))
                    << "nianbao " << command->name << ": the synopsis \"" << usage << "\" names --"
                    << name.toStdString() << ", which the command does not declare";
                named.append(name);
            }
        }
        for (const Option &option : command->options)
            EXPECT_TRUE(named.contains(QString::fromLatin1(option.name)) ||
                        (option.shortName && named.contains(QString(QChar::fromLatin1(option.shortName)))))
                << "nianbao " << command->name << ": --" << option.name << " is in no synopsis line";
    }
}

TEST(CommandDefinitions, EveryCommandHasItsTexts)
{
    for (const Command *command : everyCommand()) {
        EXPECT_NE(command->summary, nullptr) << command->name;
        EXPECT_NE(command->description, nullptr) << command->name;
        EXPECT_FALSE(command->usage.isEmpty()) << command->name;
        for (const Option &option : command->options) {
            EXPECT_NE(option.description, nullptr) << command->name << " --" << option.name;
            EXPECT_EQ(option.value == ValueKind::Choice, option.choices != nullptr)
                << command->name << " --" << option.name;
        }
    }
}

TEST(CommandDefinitions, HelpListsEveryOptionAndTheSynopsisWithValueNames)
{
    for (const Command &command : commands()) {
        const test::CommandRun run = test::runCommand(command.run, {QStringLiteral("--help")});
        EXPECT_EQ(run.code, ExitOk) << command.name;
        for (const Option &option : command.options)
            EXPECT_TRUE(run.out.contains(u"--" + QString::fromLatin1(option.name))) << command.name;
        EXPECT_TRUE(run.out.contains(u"-h, --help")) << command.name;
    }
    const Command &validate = commands().constFirst();
    const test::CommandRun run = test::runCommand(validate.run, {QStringLiteral("--help")});
    const QString file = QCoreApplication::translate("Commands", "FILE");
    EXPECT_EQ(CommandLine::usageLines(validate).constFirst(),
              QStringLiteral("nianbao validate [--json] [--previous %1] %1…").arg(file));
    EXPECT_TRUE(run.out.section(u'\n', 0, 0).endsWith(CommandLine::usageLines(validate).constFirst()))
        << run.out.toStdString();
}

TEST(CommandDefinitions, ValuesOutsideTheChoicesAreRefusedWithTheChoices)
{
    for (const Command &command : commands()) {
        if (nameOf(command) != u"convert")
            continue;
        const test::CommandRun run = test::runCommand(
            command.run, {QStringLiteral("--to"), QStringLiteral("docx"), QStringLiteral("a.txt"),
                          QStringLiteral("-o"), QStringLiteral("-")});
        EXPECT_EQ(run.code, ExitBadInput);
        EXPECT_TRUE(run.err.contains(u"text|json")) << run.err.toStdString();
    }
}

TEST(CommandReference, ManPageHasEverySubCommandTheHelpLists)
{
    const QString help = CommandLine::helpText(desktopCommand());
    const QString commandsSection =
        help.section(QCoreApplication::translate("nianbao::CommandLine", "Commands:") + u'\n', 1);
    const QString man = CommandReference::manPage();
    int listed = 0;
    for (const QString &line : commandsSection.split(u'\n', Qt::SkipEmptyParts)) {
        // A summary too long for one line goes on below its command, indented further.
        if (line.startsWith(QStringLiteral("   ")))
            continue;
        const QString name = line.trimmed().section(u' ', 0, 0);
        ++listed;
        EXPECT_TRUE(man.contains(QStringLiteral(".SS \"nianbao %1\"\n").arg(name))) << name.toStdString();
    }
    EXPECT_EQ(listed, commands().size());
    EXPECT_TRUE(man.startsWith(u".\\\" Generated"));
    EXPECT_TRUE(man.contains(u".SH \"" +
                             QCoreApplication::translate("nianbao::CommandReference", "EXIT STATUS") + u'"'));
}

TEST(CommandReference, UpdatesGeneratedBlocksAndNamesBadOnes)
{
    const QString document =
        QStringLiteral("# Title\n<!-- reference list -->\nstale\n<!-- end reference -->\ntext\n"
                       "<!-- reference frobnicate -->\n<!-- end reference -->\n");
    QStringList problems;
    const QString updated = CommandReference::updateMarkdown(document, &problems);
    EXPECT_TRUE(updated.startsWith(u"# Title\n<!-- reference list -->\n" +
                                   CommandReference::markdownBlock(u"list"_s) +
                                   u"<!-- end reference -->\ntext\n"));
    EXPECT_FALSE(updated.contains(u"stale"));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].startsWith(u"line 6:")) << problems[0].toStdString();
    EXPECT_EQ(CommandReference::updateMarkdown(updated, nullptr), updated);
}

class BashCompletion : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile script(m_dir.filePath(QStringLiteral("nianbao")));
        ASSERT_TRUE(script.open(QIODevice::WriteOnly));
        script.write(CommandReference::bashCompletion().toUtf8());
        QFile report(m_dir.filePath(QStringLiteral("report.txt")));
        ASSERT_TRUE(report.open(QIODevice::WriteOnly));
    }

    // What bash offers for the words of a command line, the last one being completed.
    QStringList complete(const QStringList &words)
    {
        QStringList quoted;
        for (const QString &word : words)
            quoted.append(u'\'' + word + u'\'');
        QProcess bash;
        bash.setWorkingDirectory(m_dir.path());
        bash.start(
            QStringLiteral("bash"),
            {QStringLiteral("-c"), QStringLiteral(". ./nianbao; COMP_WORDS=(%1); COMP_CWORD=%2; _nianbao; "
                                                  "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                       .arg(quoted.join(u' '))
                                       .arg(words.size() - 1)});
        EXPECT_TRUE(bash.waitForFinished(10000));
        EXPECT_EQ(bash.exitCode(), 0) << bash.readAllStandardError().toStdString();
        QStringList offered =
            QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        offered.sort();
        return offered;
    }

    QTemporaryDir m_dir;
};

TEST_F(BashCompletion, OffersCommandsOptionsValuesActionsAndFiles)
{
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("ex")}),
              QStringList{QStringLiteral("export")});
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                        QStringLiteral("li")}),
              QStringList{QStringLiteral("list")});
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("validate"), QStringLiteral("--p")}),
              QStringList{QStringLiteral("--previous")});
    EXPECT_EQ(
        complete({QStringLiteral("nianbao"), QStringLiteral("export"), QStringLiteral("--to"), QString()}),
        (QStringList{QStringLiteral("docx"), QStringLiteral("html"), QStringLiteral("json"),
                     QStringLiteral("odt"), QStringLiteral("pdf"), QStringLiteral("text")}));
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("convert"), QStringLiteral("--to"),
                        QStringLiteral("="), QStringLiteral("j")}),
              QStringList{QStringLiteral("json")});
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("review"), QStringLiteral("--db"),
                        QStringLiteral("a.sqlite"), QStringLiteral("ap")}),
              QStringList{QStringLiteral("approve")});
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("review"), QStringLiteral("list"),
                        QStringLiteral("ap")}),
              QStringList());
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("validate"), QStringLiteral("rep")}),
              QStringList{QStringLiteral("report.txt")});
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("list"), QStringLiteral("--db"),
                        QStringLiteral("rep")}),
              QStringList{QStringLiteral("report.txt")});
    // The desktop application opens report files: offered with the commands, and after a file.
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("rep")}),
              QStringList{QStringLiteral("report.txt")});
    EXPECT_EQ(complete({QStringLiteral("nianbao"), QStringLiteral("report.txt"), QStringLiteral("rep")}),
              QStringList{QStringLiteral("report.txt")});
}

TEST(Invocation, ACommandAFileForTheDesktopOrAnAnswerOnTheTerminal)
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.txt"));
    const QString named = dir.filePath(QStringLiteral("validate"));
    for (const QString &path : {report, named}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    EXPECT_EQ(Invocation::of({}).kind, Invocation::Kind::Desktop);
    EXPECT_TRUE(Invocation::of({}).files.isEmpty());
    const Invocation validate = Invocation::of({QStringLiteral("validate"), report});
    EXPECT_EQ(validate.kind, Invocation::Kind::Command);
    ASSERT_NE(validate.command, nullptr);
    EXPECT_STREQ(validate.command->name, "validate");

    const Invocation open = Invocation::of({QStringLiteral("--db"), QStringLiteral("x.sqlite"), report});
    EXPECT_EQ(open.kind, Invocation::Kind::Desktop);
    EXPECT_EQ(open.files, QStringList{report});
    // Relative to the working folder, as a file manager passes them.
    const QString working = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(dir.path()));
    EXPECT_EQ(Invocation::of({QStringLiteral("report.txt")}).files, QStringList{report});
    // A command's name stays the command, even with a file of that name here.
    EXPECT_EQ(Invocation::of({QStringLiteral("validate")}).kind, Invocation::Kind::Command);
    QDir::setCurrent(working);

    for (const QStringList &answered :
         {QStringList{QStringLiteral("valdate")}, QStringList{QStringLiteral("--help")},
          QStringList{QStringLiteral("-v")}, QStringList{QStringLiteral("--no-such-option")},
          QStringList{report, dir.filePath(QStringLiteral("missing.txt"))}}) {
        const Invocation invocation = Invocation::of(answered);
        EXPECT_EQ(invocation.kind, Invocation::Kind::Terminal) << answered.join(u' ').toStdString();
        EXPECT_EQ(invocation.command, nullptr);
    }
}
