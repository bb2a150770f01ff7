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
 * Writes a report as an OpenDocument text (.odt) for offices on LibreOffice, in the layout of the
 * PDF and the Word document: A4 with the GB/T 9704 type area, the faces with the PDF's whole list of
 * fallbacks (LibreOffice takes the first installed of a `;`-separated list) set for Chinese text
 * too, headings with outline levels, the statistics tables with the official merged headers
 * (spanned and covered cells), header rows repeated and rows kept whole, page numbers `— N —` in
 * the footers of odd and even pages.
 *
 * Written with KF6 Archive and QXmlStreamWriter like the Word document, not with Qt's
 * QTextDocumentWriter: that one writes no page layout or footer, names only the first installed
 * family and no font for Chinese text (`style:font-name-asian`), and leaves out the covered cells
 * that ODF requires after a merged one (see docs/output.md). The document of a signed, approved
 * report carries its seal as user-defined metadata (see ExportSeal).
 */
class OdtExporter
{
public:
    /// The package; `time` is written as the document's creation and modification time. Empty, with
    /// a translated reason in error when given, when the package cannot be made (its zip module is
    /// missing from the installation).
    static QByteArray toOdt(const Report &report, const QDateTime &time = QDateTime::currentDateTimeUtc(),
                            const ExportSeal *seal = nullptr, QString *error = nullptr);
    /// The creation time a package states (what toOdt was given); invalid when it states none or
    /// cannot be read.
    static QDateTime createdTime(const QByteArray &package);
    /// Writes the file atomically; false with a translated message in error when it cannot.
    static bool write(const Report &report, const QString &path, QString *error = nullptr);
};

} // namespace nianbao
