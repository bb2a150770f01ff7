// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "storage/reportstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace nianbao {

/// The --db option of the commands that work on a database.
inline constexpr Option DatabaseOption{
    .name = "db",
    .valueName = QT_TRANSLATE_NOOP("Commands", "DB"),
    .description = QT_TRANSLATE_NOOP("Commands", "The database: a file, or postgresql://USER@HOST[:PORT]/"
                                                 "DATABASE on the office's server (default: the "
                                                 "application's own file, nianbao.sqlite in its data "
                                                 "folder)."),
    .value = ValueKind::File,
};

/// --as: who acts, for the commands of the review workflow.
inline constexpr Option ActingUserOption{
    .name = "as",
    .valueName = QT_TRANSLATE_NOOP("Commands", "USER"),
    .description = QT_TRANSLATE_NOOP("Commands", "The user who acts (see nianbao user list)."),
};

/**
 * A command's arguments parsed against its definition (command.h): --help is answered here, values
 * of options with choices are checked here, and the help and usage texts are generated from the
 * definition, so every command reads options the same way.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommandLine)
public:
    explicit CommandLine(const Command &command);

    /// Parses arguments and answers --help; nullopt means "go on", a value "return this exit code".
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);

    bool isSet(const Option &option) const;
    QString value(const Option &option) const;
    QStringList values(const Option &option) const;
    QStringList positionalArguments() const;

    /// Reads the year an option gives into year (unset when the option is not given). False, with the
    /// reason written to err, when it is not a report year (InputRules::yearRefusal).
    bool year(const Option &option, std::optional<int> &year, QTextStream &err) const;

    /// Writes message (if any) and the command's usage to err; returns ExitBadInput.
    int usageError(QTextStream &err, const QString &message = {}) const;

    /// The database --db names, or the default one.
    QString databasePath() const;

    /// The database --db names (or the default one); null, with the reason written to err, when it
    /// cannot be opened.
    std::unique_ptr<ReportStore> openStore(ReportStore::OpenMode mode, QTextStream &err) const;

    /// Writes bytes as they are (a PDF, a CSV with its byte order mark) to the device out writes to;
    /// false when out has no device or the write fails.
    static bool writeBytes(QTextStream &out, const QByteArray &bytes);

    /// "nianbao validate [--json] [--previous FILE] FILE…", one line per synopsis, translated.
    static QStringList usageLines(const Command &command);
    /// What `nianbao COMMAND --help` prints (and `nianbao --help` for the desktop command).
    static QString helpText(const Command &command);
    /// "-o, --output OUT", translated.
    static QString optionSyntax(const Option &option);
    /// The options a command accepts: its own and -h, --help (and -v, --version for the program).
    static QList<Option> allOptions(const Command &command);

private:
    const Command &m_command;
    QCommandLineParser m_parser;
};

} // namespace nianbao
