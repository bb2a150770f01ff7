// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reportstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace nianbao {

/// What the sub-commands that work on a database share: the --db option, parsing with --help, and
/// opening the store with a clear message when it cannot be opened.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommandLine)
public:
    /// --db DB, defaulting to the application's database.
    static QCommandLineOption databaseOption();

    /// Parses arguments of `nianbao command` and answers --help; nullopt means "go on", a value
    /// "return this exit code".
    static std::optional<int> parse(QCommandLineParser &parser, const QString &command,
                                    const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// Reads the year an option gives into year (unset when the option is not given). False, with the
    /// reason written to err, when it is not a report year (InputRules::yearRefusal).
    static bool year(const QCommandLineParser &parser, const QCommandLineOption &option,
                     std::optional<int> &year, QTextStream &err);

    /// The database --db names (or the default one); null, with the reason written to err, when it
    /// cannot be opened.
    static std::unique_ptr<ReportStore> openStore(const QCommandLineParser &parser,
                                                  const QCommandLineOption &option,
                                                  ReportStore::OpenMode mode, QTextStream &err);
};

} // namespace nianbao
