// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardhelp.h"

#include <QtGlobal>

namespace nianbao {

const QList<KeyboardHelp::Group> &KeyboardHelp::groups()
{
    static const QList<Group> groups{
        {QT_TRANSLATE_NOOP("KeyboardHelp", "Tables"),
         {
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Typing"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Replace the current cell's content")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Enter"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Confirm and move to the next cell below")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Tab / Shift+Tab"),
              QT_TRANSLATE_NOOP("KeyboardHelp",
                                "Confirm and move to the next cell right / left (totals skipped)")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Arrow keys"), QT_TRANSLATE_NOOP("KeyboardHelp", "Move")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Ctrl+Arrow keys"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Move to the first or last row or column of the table")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Shift+Arrow keys"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Select cells; the status bar shows their sum")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "F2 or double-click"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Change the current content instead of replacing it")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Delete"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Clear the selected cells")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Ctrl+C"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Copy the selected cells (for Excel or WPS)")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Ctrl+V"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Paste, also a block copied from Excel or WPS")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Esc"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Discard what is being typed")},
         }},
        {QT_TRANSLATE_NOOP("KeyboardHelp", "Find bar"),
         {
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Enter / Shift+Enter"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Next / previous occurrence")},
             {QT_TRANSLATE_NOOP("KeyboardHelp", "Esc"),
              QT_TRANSLATE_NOOP("KeyboardHelp", "Close the find bar and go back to the form")},
         }},
    };
    return groups;
}

} // namespace nianbao
