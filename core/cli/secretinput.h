// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <optional>

namespace nianbao {

/**
 * A new password, never as an argument (every user of the PC sees arguments in the process list):
 * typed twice without echo when the input is a terminal, else the first line of the input, for
 * scripts (`printf '%s\n' "$PW" | nianbao user add …`).
 */
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SecretInput)
public:
    /// Reads the password for what from the file descriptor; nullopt, with the reason written to
    /// err, when it is empty or the two typed differ.
    static std::optional<QString> readNew(int descriptor, const QString &what, QTextStream &err);
};

} // namespace nianbao
