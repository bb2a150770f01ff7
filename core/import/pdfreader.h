// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/pagelayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nianbao {

/**
 * The words of a PDF with their boxes on the pages, read with Poppler's Qt binding
 * (`Poppler::Page::textList()`, as Okular's PDF generator does). PageLayout makes the text layout
 * of them. A PDF without text (a scan) is an error that says so: there is nothing to read without OCR.
 *
 * Poppler and its ~60 libraries are loaded only when a PDF is read: the reading is a module of its
 * own (nianbao-pdf, import/popplerwords.cpp) in the program's private folder, so that the command
 * line's other work does not pay for loading them at every start.
 */
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PdfReader)

public:
    /// False, with the reason in error, when the bytes are not a readable PDF with text or the
    /// module that reads PDFs cannot be loaded.
    static bool read(const QByteArray &bytes, QList<PageText> *pages, QString *error);

    /// The module's one function, by this name; its arguments and result are read's.
    using ReadFunction = bool (*)(const QByteArray &bytes, QList<PageText> *pages, QString *error);
    static constexpr const char *ReadFunctionName = "nianbao_read_pdf";
};

} // namespace nianbao
