// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace nianbao {

/**
 * A module of the program's private folder (`libnianbao-NAME.so`): the code that needs a library
 * only some commands use — Poppler for reading a PDF, KF6 Archive (with OpenSSL) for a zip package —
 * so that the command line loads that library only when the command needs it, not at every start
 * (docs/development.md, "One command, two programs"). A module is loaded the first time one of its
 * functions is asked for and stays loaded until the process ends.
 */
class PrivateModule
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PrivateModule)

public:
    /// The function `symbol` of the module `name` ("pdf" for libnianbao-pdf.so); null when the module
    /// or the function cannot be loaded, with a translated reason in error that names the module, says
    /// where it was looked for and why it did not load there, and tells the user to reinstall.
    static QFunctionPointer function(const char *name, const char *symbol, QString *error);

    /// The function, as the type it is declared with in the header the module shares.
    template<typename Function> static Function function(const char *name, const char *symbol, QString *error)
    {
        return reinterpret_cast<Function>(function(name, symbol, error));
    }
};

} // namespace nianbao
