// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

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
    static const QList<Command> list = {
        {"validate", QT_TRANSLATE_NOOP("Commands", "check report files or a stored report"),
         runValidateCommand},
        {"convert", QT_TRANSLATE_NOOP("Commands", "write a report file as canonical text or JSON"),
         runConvertCommand},
        {"import", QT_TRANSLATE_NOOP("Commands", "store published text reports as drafts"), runImportCommand},
        {"list", QT_TRANSLATE_NOOP("Commands", "list the stored reports"), runListCommand},
        {"user", QT_TRANSLATE_NOOP("Commands", "add or list the users of a database"), runUserCommand},
        {"review",
         QT_TRANSLATE_NOOP("Commands", "submit, return or approve a stored report; list a year's reviews"),
         runReviewCommand},
        {"summary",
         QT_TRANSLATE_NOOP("Commands",
                           "write the county summary of a year as a spreadsheet, CSV, JSON or PDF"),
         runSummaryCommand, true, true},
        {"server", QT_TRANSLATE_NOOP("Commands", "set up a database on the office's PostgreSQL server"),
         runServerCommand},
        {"db",
         QT_TRANSLATE_NOOP("Commands", "check a database for damage: its pages, checksums and approvals"),
         runDbCommand},
        {"key", QT_TRANSLATE_NOOP("Commands", "create or export a supervisor's signing key"), runKeyCommand},
        {"export",
         QT_TRANSLATE_NOOP(
             "Commands",
             "write a report (or a year's approved reports) as text, JSON, HTML, PDF, Word or ODT"),
         runExportCommand, true},
        {"pdf", QT_TRANSLATE_NOOP("Commands", "write a report as a PDF in official-document layout"),
         runPdfCommand, true},
        {"verify",
         QT_TRANSLATE_NOOP("Commands",
                           "check that an exported file shows a report as its supervisor signed it"),
         runVerifyCommand, true},
    };
    return list;
}

} // namespace nianbao
