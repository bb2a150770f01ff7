// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryinfo.h"

#include <QtVersion>

#include <libdeflate.h>
#include <sodium.h>
#include <xlsxwriter.h>

namespace nianbao {

QList<LibraryInfo> coreLibraries()
{
    // Run-time versions where the library reports one (the package manager may have updated it), else
    // the version built against.
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC")},
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("libdeflate"), QStringLiteral(LIBDEFLATE_VERSION_STRING), QStringLiteral("MIT")},
    };
}

} // namespace nianbao
