// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

namespace nianbao {

const QList<Command> &commands()
{
    static const QList<Command> list = {};
    return list;
}

} // namespace nianbao
