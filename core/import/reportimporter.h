// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nianbao {

/**
 * The one way a report file comes into Nianbao, for the command line and the application alike: the
 * kind of file is told by its content (a Word document, a PDF, a web page, text in any of the
 * layouts reports are copied in, or Nianbao's JSON), the file is read by the reader made for it into
 * the text layout, and ReportReader maps that to the format. The result says what was read and what
 * was not (ImportResult).
 */
class ReportImporter
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportImporter)

public:
    static ImportResult read(const QString &path);
    /// name: the file name for messages (and the extension as a hint for nothing but messages).
    static ImportResult read(const QByteArray &bytes, const QString &name);
    /// The file-dialog filter of everything read() takes.
    static QString fileFilter();
};

} // namespace nianbao
