// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textlayout/reportreader.h"

namespace nianbao {

/**
 * Reads a report file given on the command line: the six-part text layout, or the JSON form that
 * `nianbao convert --to json` writes (recognised by its opening brace).
 */
class ReportInput
{
public:
    /// isReport is false (and a diagnostic says why) when the file cannot be read as a report.
    static ReadResult load(const QString &path);
    /// The same for the bytes of a file; name is the file's name in messages.
    static ReadResult read(const QByteArray &bytes, const QString &name);
};

} // namespace nianbao
