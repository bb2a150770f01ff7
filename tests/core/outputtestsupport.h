// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {
class Report;
}

namespace nianbao::test {

/// A seed read into the model (the reader must recognise it as a report).
Report seedReport(const QString &name);

/// Runs a poppler tool (pdftotext, pdftoppm); nullopt when it is not installed or fails.
std::optional<QByteArray> runTool(const QString &program, const QStringList &arguments);
bool hasTool(const QString &program);

/// The figures of the tables in reading order: the whole-number tokens of the text between the
/// heading of part 二 and that of part 五 (page numbers `— N —` left out).
QStringList tableFigures(const QString &text);

/// The non-blank values of every table of the report, in the format's order, as the writer prints them.
QStringList modelFigures(const Report &report);

} // namespace nianbao::test
