// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctranscript.h"

#include "cli/command.h"
#include "cli/commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace nianbao::test {

namespace {

const QString AnyLines = QStringLiteral("…");
const QString AnyValue = QStringLiteral("…");

bool startsCommandLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"nianbao ") || trimmed == u"nianbao" || trimmed.startsWith(u"$ nianbao");
}

bool lineMatches(const QString &expected, const QString &actual)
{
    if (expected == actual)
        return true;
    if (expected.endsWith(u" (re)")) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(expected.chopped(5)));
        return pattern.isValid() && pattern.match(actual).hasMatch();
    }
    if (expected.endsWith(u" (glob)")) {
        QString pattern;
        const QString glob = expected.chopped(7);
        for (qsizetype i = 0; i < glob.size(); ++i) {
            if (glob[i] == u'\\' && i + 1 < glob.size())
                pattern += QRegularExpression::escape(QString(glob[++i]));
            else if (glob[i] == u'*')
                pattern += QStringLiteral(".*");
            else if (glob[i] == u'?')
                pattern += u'.';
            else
                pattern += QRegularExpression::escape(QString(glob[i]));
        }
        return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(actual).hasMatch();
    }
    return false;
}

// The first expected line that cannot be matched (expected.size() when the output has lines left
// over), or nullopt when all match. `…` matches any run of lines.
std::optional<qsizetype> firstMismatch(const QStringList &expected, qsizetype e, const QStringList &actual,
                                       qsizetype a)
{
    if (e == expected.size())
        return a == actual.size() ? std::nullopt : std::optional<qsizetype>(e);
    if (expected[e] == AnyLines) {
        std::optional<qsizetype> best = e;
        for (qsizetype skip = a; skip <= actual.size(); ++skip) {
            const std::optional<qsizetype> rest = firstMismatch(expected, e + 1, actual, skip);
            if (!rest)
                return std::nullopt;
            best = std::max(*best, *rest);
        }
        return best;
    }
    if (a < actual.size() && lineMatches(expected[e], actual[a]))
        return firstMismatch(expected, e + 1, actual, a + 1);
    return e;
}

// Where the program's JSON differs in shape from the document's, or an empty string.
QString jsonDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isString() && expected.toString() == AnyValue)
        return {};
    if (expected.type() != actual.type())
        return QStringLiteral("%1: the document has a %2, the program a %3")
            .arg(path.isEmpty() ? QStringLiteral("top") : path)
            .arg(int(expected.type()))
            .arg(int(actual.type()));
    if (expected.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (!have.contains(it.key()))
                return QStringLiteral("%1: the program writes no key \"%2\"").arg(path, it.key());
            const QString inner = jsonDifference(it.value(), have.value(it.key()), path + u'.' + it.key());
            if (!inner.isEmpty())
                return inner;
        }
        for (auto it = have.begin(); it != have.end(); ++it) {
            if (!want.contains(it.key()))
                return QStringLiteral("%1: the program writes a key \"%2\" the document does not show")
                    .arg(path, it.key());
        }
        return {};
    }
    if (expected.isArray()) {
        QJsonArray want = expected.toArray();
        const QJsonArray have = actual.toArray();
        const bool open = !want.isEmpty() && want.last().isString() && want.last().toString() == AnyValue;
        if (open)
            want.removeLast();
        if (have.size() < want.size() || (!open && have.size() != want.size()))
            return QStringLiteral("%1: the document lists %2 elements, the program writes %3")
                .arg(path)
                .arg(want.size())
                .arg(have.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QString inner = jsonDifference(want[i], have[i], QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    if (expected != actual)
        return QStringLiteral("%1: the document says %2, the program writes %3")
            .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
    return {};
}

const Command *commandNamed(const QString &name)
{
    for (const Command &command : commands()) {
        if (QString::fromLatin1(command.name) == name)
            return &command;
    }
    return nullptr;
}

} // namespace

DocTranscript::DocTranscript(const QString &markdown)
{
    static const QRegularExpression fence(QStringLiteral("^\\s*```\\s*([A-Za-z0-9_-]*)"));
    static const QRegularExpression setup(QStringLiteral("^<!-- doctest: (.*) -->$"));
    const QStringList lines = markdown.split(u'\n');
    bool inReference = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.startsWith(u"<!-- reference "))
            inReference = true;
        else if (line.startsWith(u"<!-- end reference"))
            inReference = false;
        if (const QRegularExpressionMatch match = setup.match(line); match.hasMatch()) {
            m_examples.append({i + 1, match.captured(1), {}, {}, 0, true});
            continue;
        }
        const QRegularExpressionMatch open = fence.match(line);
        if (!open.hasMatch()) {
            checkInline(line, i + 1);
            continue;
        }
        int end = i + 1;
        while (end < lines.size() && !lines[end].trimmed().startsWith(u"```"))
            ++end;
        if (open.captured(1) == u"console") {
            readConsoleBlock(lines, i + 1, end);
        } else if (!inReference) {
            for (int j = i + 1; j < end; ++j) {
                if (startsCommandLine(lines[j]))
                    m_problems.append(
                        {j + 1, QStringLiteral("a command line in a ```%1 block is never run: write "
                                               "it in a ```console block as `$ %2` followed by "
                                               "its output")
                                    .arg(open.captured(1), lines[j].trimmed())});
            }
        }
        i = end;
    }
}

void DocTranscript::readConsoleBlock(const QStringList &lines, int first, int end)
{
    static const QRegularExpression exitCode(QStringLiteral("^\\[(\\d+)\\]$"));
    DocExample *current = nullptr;
    for (int i = first; i < end; ++i) {
        const QString &line = lines[i];
        if (line.startsWith(u"$ ")) {
            m_examples.append({i + 1, line.mid(2), {}, {}, 0, false});
            current = &m_examples.last();
            continue;
        }
        if (current && line.startsWith(u"> ") && current->expected.isEmpty()) {
            current->command += u'\n' + line.mid(2);
            continue;
        }
        if (!current) {
            m_problems.append({i + 1, QStringLiteral("a console block must start with a `$ command` line")});
            return;
        }
        if (const QRegularExpressionMatch match = exitCode.match(line);
            match.hasMatch() && (i + 1 == end || lines[i + 1].startsWith(u"$ "))) {
            current->exitCode = match.captured(1).toInt();
            continue;
        }
        current->expected.append(line);
        current->expectedLines.append(i + 1);
    }
}

void DocTranscript::checkInline(const QString &line, int lineNumber)
{
    static const QRegularExpression span(QStringLiteral("`((?:nianbao|scripts/run)(?: [^`]*)?)`"));
    static const QRegularExpression metavariable(QStringLiteral("^[A-Z][A-Z_]*…?$"));
    for (QRegularExpressionMatchIterator it = span.globalMatch(line); it.hasNext();) {
        const QString text = it.next().captured(1);
        QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        words.removeFirst();
        if (words.isEmpty())
            continue;
        const Command *command = &desktopCommand();
        if (!words.constFirst().startsWith(u'-')) {
            const QString name = words.takeFirst();
            if (metavariable.match(name).hasMatch())
                continue;
            command = commandNamed(name);
            // `nianbao 年报.txt`: a report file the desktop application imports and opens.
            if (!command && (name.contains(u'.') || name.contains(u'/')))
                command = &desktopCommand();
            if (!command) {
                m_problems.append(
                    {lineNumber, QStringLiteral("`%1`: nianbao has no command %2").arg(text, name)});
                continue;
            }
        }
        QStringList known;
        for (const Option &option : CommandLine::allOptions(*command)) {
            known.append(QStringLiteral("--") + QString::fromLatin1(option.name));
            if (option.shortName)
                known.append(u'-' + QChar::fromLatin1(option.shortName));
        }
        for (const QString &word : std::as_const(words)) {
            const QString option = word.section(u'=', 0, 0);
            if (option.startsWith(u'-') && option != u"-" && !known.contains(option))
                m_problems.append({lineNumber, QStringLiteral("`%1`: nianbao %2 has no option %3")
                                                   .arg(text, QString::fromLatin1(command->name), option)});
        }
    }
}

std::optional<DocProblem> DocTranscript::compare(const DocExample &example, const QString &output,
                                                 int exitCode)
{
    QStringList actual = output.split(u'\n');
    if (!actual.isEmpty() && actual.last().isEmpty())
        actual.removeLast();
    const QString shown =
        QStringLiteral("\nThe program printed (exit code %1):\n%2").arg(exitCode).arg(output);
    if (example.setup) {
        if (exitCode == 0)
            return std::nullopt;
        return DocProblem{example.line,
                          QStringLiteral("the preparing command `%1` failed%2").arg(example.command, shown)};
    }
    const QString expectedText = example.expected.join(u'\n').trimmed();
    if ((expectedText.startsWith(u'{') || expectedText.startsWith(u'[')) &&
        !example.expected.contains(AnyLines)) {
        QJsonParseError error;
        const QJsonDocument expected = QJsonDocument::fromJson(expectedText.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return DocProblem{
                example.expectedLines.value(0, example.line),
                QStringLiteral("the document's JSON does not parse: %1").arg(error.errorString())};
        const QJsonDocument actualJson = QJsonDocument::fromJson(output.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return DocProblem{example.line, QStringLiteral("`%1` prints no JSON (%2)%3")
                                                .arg(example.command, error.errorString(), shown)};
        const QString difference = jsonDifference(
            expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object()),
            actualJson.isArray() ? QJsonValue(actualJson.array()) : QJsonValue(actualJson.object()),
            QString());
        if (!difference.isEmpty())
            return DocProblem{example.expectedLines.value(0, example.line),
                              QStringLiteral("`%1`: %2%3").arg(example.command, difference, shown)};
    } else if (const std::optional<qsizetype> mismatch = firstMismatch(example.expected, 0, actual, 0)) {
        const QString what =
            *mismatch < example.expected.size()
                ? QStringLiteral("the program does not print this line: %1").arg(example.expected[*mismatch])
                : QStringLiteral("the program prints more than the document shows");
        return DocProblem{*mismatch < example.expectedLines.size() ? example.expectedLines[*mismatch]
                                                                   : example.line,
                          QStringLiteral("`%1`: %2%3").arg(example.command, what, shown)};
    }
    if (exitCode != example.exitCode)
        return DocProblem{example.line, QStringLiteral("`%1` exits with %2, the document says %3 (write [%2] "
                                                       "after its output when it is not 0)%4")
                                            .arg(example.command)
                                            .arg(exitCode)
                                            .arg(example.exitCode)
                                            .arg(shown)};
    return std::nullopt;
}

} // namespace nianbao::test
