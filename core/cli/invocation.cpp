// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invocation.h"

#include "commandline.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace nianbao {

Invocation Invocation::of(const QStringList &arguments)
{
    if (!arguments.isEmpty() && !arguments.constFirst().startsWith(u'-')) {
        for (const Command &command : commands()) {
            if (arguments.constFirst() == QLatin1StringView(command.name))
                return {Kind::Command, &command, {}};
        }
    }
    QCommandLineParser parser;
    for (const Option &option : CommandLine::allOptions(desktopCommand())) {
        QStringList names{QString::fromLatin1(option.name)};
        if (option.shortName)
            names.prepend(QString(QChar::fromLatin1(option.shortName)));
        parser.addOption(option.valueName ? QCommandLineOption(names, {}, QStringLiteral("value"))
                                          : QCommandLineOption(names));
    }
    if (!parser.parse(QStringList{QStringLiteral("nianbao")} + arguments) ||
        parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
        return {};
    Invocation desktop{Kind::Desktop, nullptr, {}};
    for (const QString &file : parser.positionalArguments()) {
        const QFileInfo info(file);
        // A word that is no file is a mistyped command rather than a file to open.
        if (!info.isFile())
            return {};
        desktop.files.append(info.absoluteFilePath());
    }
    return desktop;
}

} // namespace nianbao
