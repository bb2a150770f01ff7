// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "io/outputfile.h"
#include "officialstyle.h"
#include "pageddocumentpainter.h"
#include "pdftextrepair.h"
#include "report.h"
#include "reportdocumentrenderer.h"
#include "signing/exportseal.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QUuid>

namespace nianbao {

bool PdfExporter::write(const Report &report, const QString &path, QString *error, const ExportSeal *seal)
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
        if (seal) {
            writer.setDocumentXmpMetadata(seal->xmp(report.displayTitle()));
            // One approval, one document id: `nianbao verify` rebuilds the PDF and compares.
            writer.setDocumentId(QUuid::createUuidV5(QUuid(), seal->signature));
        }
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
