// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "inputrules.h"

#include <QFileDevice>
#include <QIODevice>
#include <QRegularExpression>

namespace nianbao {

namespace {

constexpr Option HelpOption{
    .name = "help",
    .description = QT_TRANSLATE_NOOP("Commands", "Show this help and exit."),
    .shortName = 'h',
};

constexpr Option VersionOption{
    .name = "version",
    .description = QT_TRANSLATE_NOOP("Commands", "Show the version and exit."),
    .shortName = 'v',
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

QString translated(const QByteArray &text)
{
    return translated(text.constData());
}

QString longName(const Option &option)
{
    return QString::fromLatin1(option.name);
}

QStringList choicesOf(const char *choices)
{
    return choices ? QString::fromLatin1(choices).split(u'|') : QStringList();
}

QString programAndCommand(const Command &command)
{
    return *command.name ? QStringLiteral("nianbao ") + QString::fromLatin1(command.name)
                         : QStringLiteral("nianbao");
}

// By long name, or by short name when name is one letter.
const Option *findOption(const Command &command, QStringView name)
{
    for (const Option &option : command.options) {
        if (longName(option) == name ||
            (name.size() == 1 && QChar::fromLatin1(option.shortName) == name.front()))
            return &option;
    }
    return nullptr;
}

// A synopsis line names options only ("[--previous]"); each gets its value name, arguments their
// translated names.
QString expandUsage(const Command &command, const char *usage)
{
    // An option starts a word: the "-parent" of the action "set-parent" is no option.
    static const QRegularExpression word(
        QStringLiteral("(?<![A-Za-z0-9_-])--?([a-z][a-z0-9-]*)|[A-Z][A-Z_]*…?"));
    const QString line = QString::fromUtf8(usage);
    QString expanded;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = word.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        expanded += line.mid(done, match.capturedStart() - done);
        done = match.capturedEnd();
        if (!match.hasCaptured(1)) {
            expanded += translated(match.captured().toUtf8());
            continue;
        }
        expanded += match.captured();
        if (const Option *option = findOption(command, match.capturedView(1)); option && option->valueName)
            expanded += u' ' + translated(option->valueName);
    }
    return expanded + line.mid(done);
}

// Terminal columns: CJK characters take two.
int columns(QChar c)
{
    return c.unicode() >= 0x1100 &&
                   (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf) ||
                    (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3) ||
                    (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff) ||
                    (c.unicode() >= 0xfe30 && c.unicode() <= 0xfe4f) ||
                    (c.unicode() >= 0xff00 && c.unicode() <= 0xff60) ||
                    (c.unicode() >= 0xffe0 && c.unicode() <= 0xffe6))
               ? 2
               : 1;
}

int displayWidth(QStringView text)
{
    int width = 0;
    for (const QChar c : text)
        width += columns(c);
    return width;
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - displayWidth(text)), u' ');
}

// The synopsis lines under a "Usage:" label.
QString usageBlock(const QStringList &usage)
{
    const QString label = CommandLine::tr("Usage:");
    QString text;
    for (qsizetype i = 0; i < usage.size(); ++i)
        text += (i == 0 ? label : QString(displayWidth(label), u' ')) + u' ' + usage[i] + u'\n';
    return text;
}

// text broken into lines of at most width columns, the lines after the first indented by indent
// columns; English breaks at spaces, Chinese between any two characters.
QString wrapped(const QString &text, int indent, int width = 79)
{
    QString result;
    QString line;
    int used = indent;
    qsizetype lastSpace = -1;
    for (const QChar c : text) {
        line += c;
        used += columns(c);
        if (c == u' ')
            lastSpace = line.size() - 1;
        if (used <= width)
            continue;
        const qsizetype cut = lastSpace > 0 && columns(c) == 1 ? lastSpace : line.size() - 1;
        result += line.left(cut).trimmed() + u'\n' + QString(indent, u' ');
        line = line.mid(cut).trimmed();
        used = indent + displayWidth(line);
        lastSpace = -1;
    }
    return result + line;
}

} // namespace

CommandLine::CommandLine(const Command &command)
    : m_command(command)
{}

QList<Option> CommandLine::allOptions(const Command &command)
{
    QList<Option> options = command.options;
    options.append(HelpOption);
    if (!*command.name)
        options.append(VersionOption);
    return options;
}

QString CommandLine::optionSyntax(const Option &option)
{
    QString syntax = QStringLiteral("--") + longName(option);
    if (option.shortName)
        syntax = u'-' + QChar::fromLatin1(option.shortName) + QStringLiteral(", ") + syntax;
    if (option.valueName)
        syntax += u' ' + translated(option.valueName);
    return syntax;
}

QStringList CommandLine::usageLines(const Command &command)
{
    QStringList lines;
    for (const char *usage : command.usage)
        lines.append(programAndCommand(command) + u' ' + expandUsage(command, usage));
    return lines;
}

QString CommandLine::helpText(const Command &command)
{
    QString text = usageBlock(usageLines(command));
    if (command.description)
        text += u'\n' + wrapped(translated(command.description), 0) + u'\n';
    const QList<Option> options = allOptions(command);
    qsizetype width = 0;
    for (const Option &option : options)
        width = std::max<qsizetype>(width, displayWidth(optionSyntax(option)));
    for (const Argument &argument : command.arguments)
        width = std::max<qsizetype>(width, displayWidth(translated(argument.name)));
    if (!command.arguments.isEmpty()) {
        text += u'\n' + tr("Arguments:") + u'\n';
        for (const Argument &argument : command.arguments)
            text += QStringLiteral("  %1  %2\n")
                        .arg(padded(translated(argument.name), width),
                             wrapped(translated(argument.description), int(width) + 4));
    }
    text += u'\n' + tr("Options:") + u'\n';
    for (const Option &option : options)
        text += QStringLiteral("  %1  %2\n")
                    .arg(padded(optionSyntax(option), width),
                         wrapped(translated(option.description), int(width) + 4));
    if (!*command.name) {
        text += u'\n' + tr("Commands:") + u'\n';
        for (const Command &subCommand : commands())
            text += QStringLiteral("  %1  %2\n")
                        .arg(padded(QString::fromLatin1(subCommand.name), width),
                             wrapped(translated(subCommand.summary), int(width) + 4));
    }
    return text;
}

std::optional<int> CommandLine::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    for (const Option &option : allOptions(m_command)) {
        QStringList names;
        if (option.shortName)
            names.append(QString(QChar::fromLatin1(option.shortName)));
        names.append(longName(option));
        QCommandLineOption qtOption(names, translated(option.description));
        if (option.valueName)
            qtOption.setValueName(translated(option.valueName));
        if (option.defaultValue)
            qtOption.setDefaultValue(QString::fromUtf8(option.defaultValue));
        m_parser.addOption(qtOption);
    }
    if (!m_parser.parse(QStringList{programAndCommand(m_command)} + arguments))
        return usageError(err, m_parser.errorText());
    if (isSet(HelpOption)) {
        out << helpText(m_command);
        return ExitOk;
    }
    if (!*m_command.name && isSet(VersionOption)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return ExitOk;
    }
    for (const Option &option : m_command.options) {
        const QStringList choices = choicesOf(option.choices);
        if (choices.isEmpty())
            continue;
        for (const QString &value : values(option)) {
            if (!choices.contains(value))
                return usageError(
                    err,
                    tr("--%1 does not take %2: use %3.").arg(longName(option), value, choices.join(u'|')));
        }
    }
    const QStringList positional = positionalArguments();
    if (!m_command.arguments.isEmpty() && !positional.isEmpty()) {
        const QStringList actions = choicesOf(m_command.arguments.constFirst().choices);
        if (!actions.isEmpty() && !actions.contains(positional.constFirst()))
            return usageError(
                err, tr("Unknown action %1: use %2.").arg(positional.constFirst(), actions.join(u'|')));
    }
    return std::nullopt;
}

bool CommandLine::year(const Option &option, std::optional<int> &year, QTextStream &err) const
{
    year.reset();
    if (!isSet(option))
        return true;
    QString refusal;
    year = InputRules::parseYear(value(option), &refusal);
    if (!year)
        err << refusal << u'\n';
    return year.has_value();
}

bool CommandLine::isSet(const Option &option) const
{
    return m_parser.isSet(longName(option));
}

QString CommandLine::value(const Option &option) const
{
    return m_parser.value(longName(option));
}

QStringList CommandLine::values(const Option &option) const
{
    return m_parser.values(longName(option));
}

QStringList CommandLine::positionalArguments() const
{
    return m_parser.positionalArguments();
}

int CommandLine::usageError(QTextStream &err, const QString &message) const
{
    if (!message.isEmpty())
        err << message << u'\n';
    err << usageBlock(usageLines(m_command));
    err << tr("'%1 --help' describes the options.").arg(programAndCommand(m_command)) << u'\n';
    return ExitBadInput;
}

bool CommandLine::writeBytes(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    QIODevice *device = out.device();
    if (!device || device->write(bytes) != bytes.size())
        return false;
    // A file's buffer is written here, not when the stream is flushed at the end: flushing a stream
    // with nothing of its own buffered does not reach the file, and a full disk would go unnoticed.
    auto *file = qobject_cast<QFileDevice *>(device);
    return !file || file->flush();
}

QString CommandLine::databasePath() const
{
    return isSet(DatabaseOption) ? value(DatabaseOption) : ReportStore::defaultPath();
}

std::unique_ptr<ReportStore> CommandLine::openStore(ReportStore::OpenMode mode, QTextStream &err) const
{
    StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(databasePath(), mode);
    if (!store) {
        err << store.error().message << u'\n';
        return nullptr;
    }
    return std::move(store.value());
}

} // namespace nianbao
