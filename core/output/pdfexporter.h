// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace nianbao {

class Report;
struct ExportSeal;

/**
 * Writes a report as a PDF in the layout of an official document (A4, GB/T 9704 type area and
 * faces, page numbers): ReportComposer sets it on pages, PdfFile writes them. Needs a
 * QGuiApplication for the fonts; the headless command starts one on its print platform.
 */
class PdfExporter
{
public:
    /// The PDF; `time` is written as its creation time. The seal of an approved report goes into the
    /// document's XMP metadata (ExportSeal::xmp) and gives the document its id.
    static QByteArray toPdf(const Report &report, const ExportSeal *seal = nullptr,
                            const QDateTime &time = QDateTime::currentDateTimeUtc());
    /// Writes the file atomically; false with a translated message in error when it cannot.
    static bool write(const Report &report, const QString &path, QString *error = nullptr,
                      const ExportSeal *seal = nullptr);
};

} // namespace nianbao
