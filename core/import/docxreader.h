// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/layouttext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nianbao {

/**
 * A Word document (.docx, as Word and WPS save it) in the text layout: the body's paragraphs as
 * paragraphs, its tables as rows of cells. The package is opened with KZip and `word/document.xml`
 * read with QXmlStreamReader. A cell continued from the row above (`w:vMerge`) stands as an empty
 * cell, so the cells after it keep their places; a cell spanning columns (`w:gridSpan`) is one cell,
 * as the format's rows have one value per column. Text of tracked deletions and the fallback copies
 * of text boxes are not read; automatic list numbers of headings are (一、二、…).
 */
class DocxReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DocxReader)

public:
    /// False, with the reason in error, when the bytes are not a readable Word document.
    static bool read(const QByteArray &bytes, LayoutText *layout, QString *error);
};

} // namespace nianbao
