// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editkeys.h"

#include <QKeyEvent>

namespace nianbao {

bool isEditingKey(const QKeyEvent *key, bool multiline)
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false;
    if (!key->text().trimmed().isEmpty())
        return true;
    switch (key->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return multiline;
    default:
        return false;
    }
}

} // namespace nianbao
