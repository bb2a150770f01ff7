// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include <poppler-qt6.h>

namespace nianbao {

bool PdfReader::read(const QByteArray &bytes, QList<PageText> *pages, QString *error)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        *error = tr("it is not a readable PDF");
        return false;
    }
    if (document->isLocked()) {
        *error = tr("it is protected by a password");
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
        *error = tr("its %n page(s) hold no text, only images (a scan): Nianbao cannot read it without text "
                    "recognition (OCR). Import the Word document or web page it was published from instead",
                    nullptr, document->numPages());
        return false;
    }
    return true;
}

} // namespace nianbao
