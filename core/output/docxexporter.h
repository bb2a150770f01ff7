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
 * Writes a report as a Word document (Office Open XML, .docx) that Word and WPS open in the layout
 * of the PDF (GB/T 9704): A4 with the same type area, the same faces named as office machines know
 * them (with `w:eastAsia`, so that WPS uses them for Chinese, and the faces Windows has as
 * substitutes), part headings as Word headings (so the navigation pane lists them), the statistics
 * tables as real Word tables with the official merged headers, the header rows repeated on each
 * page and rows that do not break, the page number `— N —` as a field in the footer (right on odd
 * pages, left on even ones). The package is a ZIP written with KF6 Archive. The document of an
 * approved report carries its seal as custom document properties (see ExportSeal).
 */
class DocxExporter
{
public:
    /// The package; `time` is written as the document's creation and modification time. Empty, with
    /// a translated reason in error when given, when the package cannot be made (its zip module is
    /// missing from the installation).
    static QByteArray toDocx(const Report &report, const QDateTime &time = QDateTime::currentDateTimeUtc(),
                             const ExportSeal *seal = nullptr, QString *error = nullptr);
    /// The creation time a package states (what toDocx wrote it with); invalid when it states none
    /// or cannot be read.
    static QDateTime createdTime(const QByteArray &package);
    /// Writes the file atomically; false with a translated message in error when it cannot.
    static bool write(const Report &report, const QString &path, QString *error = nullptr);
};

} // namespace nianbao
