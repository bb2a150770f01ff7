// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// The commands that write a report: convert (text, JSON), export (also HTML and PDF) and pdf. A
/// report comes from a file or from the database; pdf and export need a QGuiApplication.
const Command &convertCommand();
int runConvertCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

const Command &exportCommand();
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

const Command &pdfCommand();
int runPdfCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
