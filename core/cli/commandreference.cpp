// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandreference.h"

#include "command.h"
#include "commandline.h"
#include "import/importresult.h"
#include "textlayout/reportreader.h"
#include "validation/validator.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

QString nameOf(const Command &command)
{
    return QString::fromLatin1(command.name);
}

QStringList choicesOf(const char *choices)
{
    return choices ? QString::fromLatin1(choices).split(u'|') : QStringList();
}

// Text for man(7): backslashes escaped, hyphens of options unambiguous, no line starting a request.
QString roff(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\e"));
    escaped.replace(u'-', QStringLiteral("\\-"));
    if (escaped.startsWith(u'.') || escaped.startsWith(u'\''))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

QString manOption(const Option &option)
{
    QString names = QStringLiteral("--") + QString::fromLatin1(option.name);
    if (option.shortName)
        names = u'-' + QChar::fromLatin1(option.shortName) + QStringLiteral(", ") + names;
    QString text = QStringLiteral(".TP\n\\fB") + roff(names) + QStringLiteral("\\fR");
    if (option.valueName)
        text += QStringLiteral(" \\fI") + roff(translated(option.valueName)) + QStringLiteral("\\fR");
    return text + u'\n' + roff(translated(option.description)) + u'\n';
}

QString manCommand(const Command &command)
{
    QString text;
    text += QStringLiteral(".SS \"nianbao %1\"\n").arg(nameOf(command));
    text += QStringLiteral(".nf\n");
    for (const QString &line : CommandLine::usageLines(command))
        text += roff(line) + u'\n';
    text += QStringLiteral(".fi\n.PP\n") + roff(translated(command.description)) + u'\n';
    for (const Argument &argument : command.arguments)
        text += QStringLiteral(".TP\n\\fI%1\\fR\n%2\n")
                    .arg(roff(translated(argument.name)), roff(translated(argument.description)));
    for (const Option &option : CommandLine::allOptions(command))
        text += manOption(option);
    return text;
}

QString shellWords(const QStringList &words)
{
    return u'\'' + words.join(u' ') + u'\'';
}

QStringList optionWords(const Command &command)
{
    QStringList words;
    for (const Option &option : CommandLine::allOptions(command)) {
        if (option.shortName)
            words.append(u'-' + QChar::fromLatin1(option.shortName));
        words.append(QStringLiteral("--") + QString::fromLatin1(option.name));
    }
    return words;
}

// The lines of one command's "case" arm: its options, which take a value, and what to offer as that value.
QString completionArm(const Command &command, const QStringList &actions)
{
    QStringList valued;
    QStringList files;
    QStringList text;
    QStringList choiceArms;
    for (const Option &option : command.options) {
        if (!option.valueName)
            continue;
        QStringList names{QStringLiteral("--") + QString::fromLatin1(option.name)};
        if (option.shortName)
            names.prepend(u'-' + QChar::fromLatin1(option.shortName));
        valued += names;
        if (option.value == ValueKind::File)
            files += names;
        else if (option.value == ValueKind::Choice)
            choiceArms.append(QStringLiteral("                %1) _nianbao_offer %2; return ;;\n")
                                  .arg(names.join(u'|'), shellWords(choicesOf(option.choices))));
        else
            text += names;
    }
    bool fileArguments = false;
    for (const Argument &argument : command.arguments)
        fileArguments = fileArguments || argument.value == ValueKind::File;
    QString arm = QStringLiteral("            options=%1\n").arg(shellWords(optionWords(command)));
    arm += QStringLiteral("            valued=%1\n").arg(shellWords(valued));
    if (!actions.isEmpty())
        arm += QStringLiteral("            actions=%1\n").arg(shellWords(actions));
    if (fileArguments)
        arm += QStringLiteral("            file_arguments=1\n");
    if (!valued.isEmpty()) {
        arm += QStringLiteral("            case $prev in\n");
        if (!files.isEmpty())
            arm += QStringLiteral("                %1) _nianbao_files; return ;;\n").arg(files.join(u'|'));
        arm += choiceArms.join(QString());
        if (!text.isEmpty())
            arm += QStringLiteral("                %1) return ;;\n").arg(text.join(u'|'));
        arm += QStringLiteral("            esac\n");
    }
    return arm + QStringLiteral("            ;;\n");
}

QString markdownCell(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u'|', QStringLiteral("\\|"));
}

QString markdownExitCodes()
{
    QString text = QStringLiteral("| exit code | meaning |\n|---|---|\n");
    for (const ExitCodeMeaning &exit : exitCodes())
        text += QStringLiteral("| `%1` | %2 |\n").arg(exit.code).arg(markdownCell(translated(exit.meaning)));
    return text;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return CommandReference::tr("error");
    case Severity::Warning:
        return CommandReference::tr("warning");
    case Severity::Notice:
        break;
    }
    return CommandReference::tr("notice");
}

// Every rule a report is checked against, with what it checks: the validator's, the reader's and the
// import's.
QString markdownRules()
{
    QString text = QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                       .arg(CommandReference::tr("rule"), CommandReference::tr("severity"),
                            CommandReference::tr("what it checks"), CommandReference::tr("formats"));
    for (const RuleDescription &rule :
         Validator::descriptions() + ReportReader::ruleDescriptions() + ImportResult::ruleDescriptions()) {
        QStringList formats;
        for (const QString &id : rule.formats)
            formats.append(CommandReference::tr("%1 format").arg(id));
        text += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                    .arg(rule.id, severityLabel(rule.severity), markdownCell(rule.text),
                         formats.isEmpty() ? CommandReference::tr("all") : formats.join(u'、'));
    }
    return text;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (nameOf(command) == name)
            return &command;
    }
    return nullptr;
}

const QString BlockStart = QStringLiteral("<!-- reference %1 -->");
const QString BlockEnd = QStringLiteral("<!-- end reference -->");

} // namespace

QString CommandReference::manPage()
{
    const Command &desktop = desktopCommand();
    QString page;
    page += QStringLiteral(".\\\" Generated from the command definitions in core/cli/; do not edit.\n");
    page += QStringLiteral(".TH NIANBAO 1 \"\" \"nianbao %1\" \"%2\"\n")
                .arg(QCoreApplication::applicationVersion(), tr("User Commands"));
    page += QStringLiteral(".SH %1\n").arg(tr("NAME"));
    page += QStringLiteral("nianbao \\- %1\n")
                .arg(roff(tr("write and review government information disclosure "
                             "annual reports (政务公开年报编审)")));
    page += QStringLiteral(".SH %1\n.nf\n").arg(tr("SYNOPSIS"));
    for (const QString &line : CommandLine::usageLines(desktop))
        page += roff(line) + u'\n';
    for (const Command &command : commands())
        page += QStringLiteral("nianbao %1 \\&...\n").arg(nameOf(command));
    page += QStringLiteral(".fi\n.SH %1\n%2\n").arg(tr("DESCRIPTION"), roff(translated(desktop.description)));
    page += QStringLiteral(".SH %1\n").arg(tr("OPTIONS"));
    for (const Option &option : CommandLine::allOptions(desktop))
        page += manOption(option);
    page += QStringLiteral(".SH %1\n").arg(tr("COMMANDS"));
    for (const Command &command : commands())
        page += manCommand(command);
    page += QStringLiteral(".SH \"%1\"\n").arg(tr("EXIT STATUS"));
    for (const ExitCodeMeaning &exit : exitCodes())
        page += QStringLiteral(".TP\n.B %1\n%2\n").arg(exit.code).arg(roff(translated(exit.meaning)));
    page += QStringLiteral(".SH %1\n").arg(tr("FILES"));
    page += QStringLiteral(".TP\n.I ~/.local/share/nianbao/nianbao/nianbao.sqlite\n%1\n")
                .arg(roff(tr("The default database (below $XDG_DATA_HOME when it is set).")));
    page += QStringLiteral(".SH \"%1\"\n%2\n")
                .arg(tr("SEE ALSO"), roff(tr("The user guide: Help → User Guide (F1) in the application, or "
                                             "/usr/share/nianbao/help/user-guide.md as installed by the "
                                             "package.")));
    return page;
}

QString CommandReference::bashCompletion()
{
    QStringList commandNames;
    for (const Command &command : commands())
        commandNames.append(nameOf(command));
    QString script = QStringLiteral(
        "# bash completion for nianbao. Generated from the command definitions in core/cli/; do not edit.\n"
        "\n"
        "_nianbao_offer()\n"
        "{\n"
        "    local IFS=$'\\n'\n"
        "    COMPREPLY=($(compgen -W \"${1// /$'\\n'}\" -- \"$cur\"))\n"
        "}\n"
        "\n"
        "_nianbao_files()\n"
        "{\n"
        "    local IFS=$'\\n'\n"
        "    compopt -o filenames 2>/dev/null\n"
        "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
        "}\n"
        "\n"
        "_nianbao()\n"
        "{\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev= i=1 command= options= valued= actions= "
        "file_arguments=\n"
        "    COMPREPLY=()\n"
        "    ((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
        "    # --to=json arrives as three words: --to, =, json\n"
        "    if [[ $cur == = ]]; then cur=; elif [[ $prev == = ]] && ((COMP_CWORD > 2)); then\n"
        "        prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
        "    fi\n"
        "    [[ $cur == = ]] && cur=\n"
        "    while ((i < COMP_CWORD)); do\n"
        "        case ${COMP_WORDS[i]} in\n"
        "            %1) ((i++)) ;;\n"
        "            -*) ;;\n"
        "            *) command=${COMP_WORDS[i]}; break ;;\n"
        "        esac\n"
        "        ((i++))\n"
        "    done\n"
        "    case $command in\n"
        "        '')\n");
    QStringList desktopValued;
    for (const Option &option : desktopCommand().options) {
        if (option.valueName)
            desktopValued.append(QStringLiteral("--") + QString::fromLatin1(option.name));
    }
    script = script.arg(desktopValued.join(u'|'));
    script += completionArm(desktopCommand(), commandNames);
    for (const Command &command : commands()) {
        QStringList actions;
        if (!command.arguments.isEmpty() && command.arguments.constFirst().value == ValueKind::Choice)
            actions = choicesOf(command.arguments.constFirst().choices);
        script += QStringLiteral("        %1)\n").arg(nameOf(command)) + completionArm(command, actions);
    }
    // A first word that is no command is a report file for the desktop application; so are the rest.
    script += QStringLiteral("        *) _nianbao_files; return ;;\n"
                             "    esac\n"
                             "    if [[ $cur == -* ]]; then\n"
                             "        _nianbao_offer \"$options\"\n"
                             "        return\n"
                             "    fi\n"
                             "    if [[ -n $actions ]]; then\n"
                             "        local j=1 positional=0\n"
                             "        [[ -n $command ]] && j=$((i + 1))\n"
                             "        while ((j < COMP_CWORD)); do\n"
                             "            if [[ \" $valued \" == *\" ${COMP_WORDS[j]} \"* ]]; then\n"
                             "                ((j += 2))\n"
                             "                continue\n"
                             "            fi\n"
                             "            [[ ${COMP_WORDS[j]} != -* ]] && ((positional++))\n"
                             "            ((j++))\n"
                             "        done\n"
                             "        if ((positional == 0)); then\n"
                             "            _nianbao_offer \"$actions\"\n"
                             "            if [[ -n $file_arguments ]]; then\n"
                             "                local offered=(\"${COMPREPLY[@]}\")\n"
                             "                _nianbao_files\n"
                             "                COMPREPLY+=(\"${offered[@]}\")\n"
                             "            fi\n"
                             "            return\n"
                             "        fi\n"
                             "    fi\n"
                             "    [[ -n $file_arguments ]] && _nianbao_files\n"
                             "    return 0\n"
                             "}\n"
                             "\n"
                             "complete -F _nianbao nianbao\n");
    return script;
}

QString CommandReference::markdownBlock(const QString &name)
{
    if (name == u"exit-codes")
        return markdownExitCodes();
    if (name == u"rules")
        return markdownRules();
    const Command *command = findCommand(name);
    if (!command)
        return {};
    QString text = QStringLiteral("```\n") + CommandLine::usageLines(*command).join(u'\n') +
                   QStringLiteral("\n```\n\n| option | |\n|---|---|\n");
    for (const Option &option : CommandLine::allOptions(*command)) {
        QString description = translated(option.description);
        if (option.repeatable)
            description += u' ' + tr("May be given more than once.");
        text += QStringLiteral("| `%1` | %2 |\n")
                    .arg(CommandLine::optionSyntax(option), markdownCell(description));
    }
    return text;
}

QStringList CommandReference::markdownBlockNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(nameOf(command));
    names.append(QStringLiteral("exit-codes"));
    names.append(QStringLiteral("rules"));
    return names;
}

QString CommandReference::updateMarkdown(const QString &document, QStringList *problems)
{
    static const QRegularExpression start(QStringLiteral("^<!-- reference ([a-z-]+) -->$"),
                                          QRegularExpression::MultilineOption);
    QString updated;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = start.globalMatch(document); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() < done)
            continue;
        const qsizetype end = document.indexOf(BlockEnd, match.capturedEnd());
        const QString name = match.captured(1);
        const int line = int(document.left(match.capturedStart()).count(u'\n')) + 1;
        if (end < 0) {
            if (problems)
                problems->append(QStringLiteral("line %1: the reference block %2 is not closed with %3")
                                     .arg(line)
                                     .arg(name, BlockEnd));
            break;
        }
        if (!markdownBlockNames().contains(name)) {
            if (problems)
                problems->append(QStringLiteral("line %1: there is no command %2").arg(line).arg(name));
            continue;
        }
        updated += document.mid(done, match.capturedEnd() - done) + u'\n' + markdownBlock(name);
        done = end;
    }
    return updated + document.mid(done);
}

} // namespace nianbao
