// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "io/outputfile.h"
#include "officialstyle.h"
#include "pageddocumentpainter.h"
#include "pdftextrepair.h"
#include "report.h"
#include "reportdocumentrenderer.h"

#include <QBuffer>
#include <QPdfWriter>

namespace nianbao {

bool PdfExporter::write(const Report &report, const QString &path, QString *error)
{
    QByteArray pdf;
    QStringList families;
    QString text;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(OfficialStyle::pageLayout());
        writer.setTitle(report.displayTitle());
        writer.setCreator(QStringLiteral("Nianbao"));
        const std::unique_ptr<QTextDocument> document = ReportDocumentRenderer::render(report, writer);
        if (!PagedDocumentPainter::paint(*document, writer)) {
            if (error)
                *error = tr("Cannot write %1: the PDF could not be painted.").arg(path);
            return false;
        }
        text = document->toPlainText();
    }
    for (OfficialStyle::Face face :
         {OfficialStyle::Face::XiaoBiaoSong, OfficialStyle::Face::Song, OfficialStyle::Face::FangSong,
          OfficialStyle::Face::Hei, OfficialStyle::Face::Kai})
        families.append(OfficialStyle::families(face));
    families.removeDuplicates();
    PdfTextRepair::repair(pdf, PdfTextRepair::radicalTwins(text, families));

    return OutputFile::write(path, pdf, error);
}

} // namespace nianbao
