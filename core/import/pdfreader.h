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
 */
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PdfReader)

public:
    /// False, with the reason in error, when the bytes are not a readable PDF with text.
    static bool read(const QByteArray &bytes, QList<PageText> *pages, QString *error);
};

} // namespace nianbao
