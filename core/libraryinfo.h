// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace nianbao {

/// A library the program uses, with the version it runs with and its licence (SPDX id).
struct LibraryInfo
{
    QString name;
    QString version;
    QString licence;
};

/// The libraries nianbao_core links, as the About box names them; ui/ adds its own.
QList<LibraryInfo> coreLibraries();

} // namespace nianbao
