// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

class Report;
struct ExportSeal;

/**
 * The forms a report is exported in, and the one place that turns a report into the bytes of each:
 * the canonical text layout, the model as JSON, the HTML page, the PDF, the Word document and the
 * OpenDocument text. The command line, the File menu and the batch export of a year all write
 * through it.
 */
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportExport)
public:
    enum class Form : quint8 { Text, Json, Html, Pdf, Docx, Odt };

    /// "text", "json", "html", "pdf", "docx", "odt".
    static std::optional<Form> formFromId(const QString &id);
    static QString id(Form form);
    /// The file name suffix, without the dot.
    static QString suffix(Form form);
    /// Whether the form is set in fonts (PDF), which needs a QGuiApplication.
    static bool needsFonts(Form form);

    /// The file's bytes; the seal of an approved report goes into the HTML head and the PDF metadata
    /// (the other forms carry none). Empty, with a translated reason in error, when they cannot be
    /// made (a Word document or ODT when the zip module is missing from the installation).
    static QByteArray bytes(const Report &report, Form form, QString *error,
                            const ExportSeal *seal = nullptr);
    /// Writes the report to path through OutputFile (atomically, never over a database); false with a
    /// translated message naming the path and the reason in error.
    static bool write(const Report &report, Form form, const QString &path, QString *error,
                      const ExportSeal *seal = nullptr);
};

} // namespace nianbao
