// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textprompt.h"

#include <QInputDialog>

namespace nianbao {

std::optional<QString> askText(QWidget *parent, const TextPrompt &prompt)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(prompt.objectName);
    dialog.setWindowTitle(prompt.title);
    dialog.setLabelText(prompt.label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.resize(prompt.size);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue().trimmed();
}

} // namespace nianbao
