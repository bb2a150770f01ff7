// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QKeyEvent;

namespace nianbao {

/// Whether a key press means to change text: a character typed, or, in a multi-line text, Delete,
/// Backspace or Return. Shortcuts (with Ctrl or Alt) and moving keys do not. The editors use it
/// to say why nothing happens when the report is read-only.
bool isEditingKey(const QKeyEvent *key, bool multiline);

} // namespace nianbao
