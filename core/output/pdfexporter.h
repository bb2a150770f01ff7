// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace nianbao {

class Report;
struct ExportSeal;

/**
 * Writes a report as a PDF in the layout of an official document (A4, GB/T 9704 type area and
 * faces, page numbers). Needs a QGuiApplication for the fonts; the headless command starts one on
 * the offscreen platform.
 */
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PdfExporter)

public:
    /// Writes the file atomically; false with a translated message in error when it cannot. The seal
    /// of an approved report goes into the document's XMP metadata (ExportSeal::xmp).
    static bool write(const Report &report, const QString &path, QString *error = nullptr,
                      const ExportSeal *seal = nullptr);
};

} // namespace nianbao
