// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace nianbao {

/**
 * The editor's keys that are not menu commands (the menus' shortcuts are read from the menus), as
 * 帮助 → 键盘快捷键 lists them. Whoever gives the editor a key describes it here, beside the editor.
 * Texts are translated in the "KeyboardHelp" context.
 */
class KeyboardHelp
{
public:
    struct Key
    {
        const char *keys;
        const char *action;
    };
    struct Group
    {
        const char *title;
        QList<Key> keys;
    };
    static const QList<Group> &groups();
};

} // namespace nianbao
