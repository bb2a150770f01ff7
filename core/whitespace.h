// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringView>

namespace nianbao::Whitespace {

/// What counts as blank wherever report text is read — a cell, a label, a line: Unicode white
/// space, U+00A0 and U+3000, and the byte-order mark and zero-width space that a copy or a joined
/// file leaves behind. The one definition: cells and labels must not disagree about what is empty.
bool isSpace(QChar c);
/// The text without blank characters at either end.
QStringView trimmed(QStringView text);

} // namespace nianbao::Whitespace
