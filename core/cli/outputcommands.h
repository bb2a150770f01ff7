// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao pdf [--db DB --agency A --year Y | FILE] -o OUT.pdf`: the report in the official-document
/// layout. Needs a QGuiApplication (Command::needsGui).
int runPdfCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `nianbao export [--db DB --agency A --year Y | FILE] [--to text|json|html|pdf] -o OUT`: the
/// canonical text layout (the default), the model as JSON, an HTML page for publishing, or the PDF.
/// Needs a QGuiApplication for pdf.
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `nianbao convert IN --to text|json -o OUT`: a report file rewritten as canonical text or JSON.
int runConvertCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nianbao
