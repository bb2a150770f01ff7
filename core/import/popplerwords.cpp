// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The module nianbao-pdf: the one place that links Poppler. PdfReader loads it when a PDF is read.
#include "import/pdfreader.h"

#include <poppler-qt6.h>

#include <type_traits>

using nianbao::PageText;
using nianbao::PdfReader;

extern "C" Q_DECL_EXPORT bool nianbao_read_pdf(const QByteArray &bytes, QList<PageText> *pages,
                                               QString *error)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        *error = PdfReader::tr("it is not a readable PDF");
        return false;
    }
    if (document->isLocked()) {
        *error = PdfReader::tr("it is protected by a password");
        return false;
    }
    bool hasText = false;
    for (int p = 0; p < document->numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (!page)
            continue;
        PageText text;
        text.number = p + 1;
        text.size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            text.words.append({box->text(), box->boundingBox()});
            hasText = true;
        }
        pages->append(std::move(text));
    }
    if (!hasText) {
        *error =
            PdfReader::tr("its %n page(s) hold no text, only images (a scan): Nianbao cannot read it without "
                          "text recognition (OCR). Import the Word document or web page it was published "
                          "from instead",
                          nullptr, document->numPages());
        return false;
    }
    return true;
}

static_assert(std::is_same_v<decltype(&nianbao_read_pdf), PdfReader::ReadFunction>);
