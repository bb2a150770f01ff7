// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "pdffile.h"
#include "report.h"
#include "reportcomposer.h"
#include "reportexport.h"
#include "signing/exportseal.h"

#include <QUuid>

namespace nianbao {

QByteArray PdfExporter::toPdf(const Report &report, const ExportSeal *seal, const QDateTime &time)
{
    PdfFile::Metadata metadata{report.displayTitle(), report.meta.agencyName, time, {}, {}};
    if (seal) {
        metadata.xmp = seal->xmp(report.displayTitle());
        // One approval, one document id: `nianbao verify` rebuilds the PDF and compares.
        metadata.documentId = QUuid::createUuidV5(QUuid(), seal->signature).toRfc4122();
    }
    return PdfFile::write(ReportComposer::compose(report), metadata);
}

bool PdfExporter::write(const Report &report, const QString &path, QString *error, const ExportSeal *seal)
{
    return ReportExport::write(report, ReportExport::Form::Pdf, path, error, seal);
}

} // namespace nianbao
