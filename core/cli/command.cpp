// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "agencycommands.h"
#include "commandline.h"
#include "dbcommands.h"
#include "keycommands.h"
#include "outputcommands.h"
#include "reviewcommands.h"
#include "servercommands.h"
#include "storecommands.h"
#include "summarycommand.h"
#include "validatecommand.h"
#include "verifycommand.h"

#include <QtGlobal>

namespace nianbao {

const QList<Command> &commands()
{
    static const QList<Command> list = {validateCommand(), convertCommand(), importCommand(), listCommand(),
                                        deleteCommand(),   agencyCommand(),  userCommand(),   reviewCommand(),
                                        summaryCommand(),  serverCommand(),  dbCommand(),     keyCommand(),
                                        exportCommand(),   pdfCommand(),     verifyCommand()};
    return list;
}

const Command &desktopCommand()
{
    static const Command command{
        .name = "",
        .summary = QT_TRANSLATE_NOOP("Commands", "the desktop application"),
        .run = nullptr,
        .description = QT_TRANSLATE_NOOP(
            "Commands", "Without a command, nianbao starts the desktop application on the database opened "
                        "last (or the default one); report files given to it are imported into that "
                        "database and opened, as 文件 → 导入 does. With a command it runs without a "
                        "display; 'nianbao COMMAND --help' describes a command's options."),
        .usage = {"[--db] [FILE…]", "COMMAND …"},
        .options = {DatabaseOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "COMMAND"),
                       QT_TRANSLATE_NOOP("Commands", "One of the commands below, with its own options."),
                       ValueKind::Choice},
                      {QT_TRANSLATE_NOOP("Commands", "FILE…"),
                       QT_TRANSLATE_NOOP("Commands", "Published reports to import as drafts and open.")}},
    };
    return command;
}

const QList<ExitCodeMeaning> &exitCodes()
{
    static const QList<ExitCodeMeaning> codes = {
        {ExitOk, QT_TRANSLATE_NOOP("Commands", "Done, and every input was read completely; for validate: no "
                                               "report has errors.")},
        {ExitFindings,
         QT_TRANSLATE_NOOP("Commands",
                           "Done, but read the messages: validate found errors; lines of an input "
                           "could not be mapped (the rest was imported or written); or an action "
                           "was refused and nothing changed (review, user, import of a report "
                           "already stored).")},
        {ExitBadInput,
         QT_TRANSLATE_NOOP("Commands", "Nothing done: the arguments are wrong, an input cannot be "
                                       "read as a report, or the database cannot be used.")},
        {ExitCannotWrite,
         QT_TRANSLATE_NOOP("Commands",
                           "An output was refused (writing it would destroy a database) or could "
                           "not be written completely (a full disk, a closed pipe); standard error "
                           "says which.")},
    };
    return codes;
}

} // namespace nianbao
