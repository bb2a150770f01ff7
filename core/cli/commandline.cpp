// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "command.h"
#include "inputrules.h"

namespace nianbao {

QCommandLineOption CommandLine::databaseOption()
{
    return {QStringLiteral("db"), tr("The database (default: %1).").arg(ReportStore::defaultPath()),
            QStringLiteral("DB")};
}

std::optional<int> CommandLine::parse(QCommandLineParser &parser, const QString &command,
                                      const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!parser.parse(QStringList{QStringLiteral("nianbao ") + command} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

bool CommandLine::year(const QCommandLineParser &parser, const QCommandLineOption &option,
                       std::optional<int> &year, QTextStream &err)
{
    year.reset();
    if (!parser.isSet(option))
        return true;
    QString refusal;
    year = InputRules::parseYear(parser.value(option), &refusal);
    if (!year)
        err << refusal << '\n';
    return year.has_value();
}

std::unique_ptr<ReportStore> CommandLine::openStore(const QCommandLineParser &parser,
                                                    const QCommandLineOption &option,
                                                    ReportStore::OpenMode mode, QTextStream &err)
{
    const QString path = parser.isSet(option) ? parser.value(option) : ReportStore::defaultPath();
    StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(path, mode);
    if (!store) {
        err << store.error().message << '\n';
        return nullptr;
    }
    return std::move(store.value());
}

} // namespace nianbao
