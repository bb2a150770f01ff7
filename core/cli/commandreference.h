// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace nianbao {

/**
 * The documents generated from the command definitions (command.h): the man page nianbao(1), the
 * bash completion, and the reference blocks of docs/cli.md. Because `--help` is generated from the
 * same definitions, none of them can say something the program does not do. docs/rules.md is
 * generated the same way from the rules' own descriptions. Texts are in the language of the installed
 * translator.
 */
class CommandReference
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommandReference)
public:
    /// nianbao(1) in man(7) markup, every sub-command a subsection.
    static QString manPage();

    /// A bash completion script for the commands, their options, option values and actions.
    static QString bashCompletion();

    /// The Markdown reference of one command (synopsis and options), of the exit codes ("exit-codes") or
    /// of the rules a report is checked against ("rules"); empty for an unknown name.
    static QString markdownBlock(const QString &name);

    /**
     * document with every generated block replaced by what the definitions say now. A block is
     * written `<!-- reference NAME -->` … `<!-- end reference -->`; NAME is a command or "exit-codes".
     * Unknown names and blocks that are never closed are listed in problems (one line each).
     */
    static QString updateMarkdown(const QString &document, QStringList *problems = nullptr);

    /// Every reference block there is: the commands, "exit-codes" and "rules".
    static QStringList markdownBlockNames();
};

} // namespace nianbao
