// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace nianbao {

/**
 * The approval an exported file of an approved report carries, so that anyone with the supervisor's
 * public key can check the file without the database (`nianbao verify FILE --key KEY`): the signed
 * ApprovalStatement, its signature, the approver's name, and the canonical text whose SHA-256 the
 * statement holds. The text is kept compressed; with it the checker rebuilds what the file must
 * show and compares.
 *
 * In HTML the seal is a set of `<meta name="nianbao-…">` elements in the head; in PDF the same values
 * in the document's XMP metadata (a `nianbao:` namespace); in a Word document the same names as
 * custom document properties (docProps/custom.xml, shown by Word under 文件 → 属性 → 自定义); in an
 * OpenDocument text as user-defined metadata (`meta:user-defined` in meta.xml, shown by LibreOffice
 * under 文件 → 属性 → 自定义属性).
 */
struct ExportSeal
{
    QByteArray statement; ///< ApprovalStatement::bytes()
    QByteArray signature;
    QString approver;
    QString signedText;

    /// The `<meta>` elements for an HTML head, one a line, indented for the exporter's head.
    QString htmlMeta() const;
    /// The seal of an HTML page; nullopt when it carries none (or a damaged one).
    static std::optional<ExportSeal> fromHtml(const QString &html);

    /// An XMP packet holding the seal (and the title), for QPdfWriter::setDocumentXmpMetadata.
    QByteArray xmp(const QString &title) const;
    /// The seal in a PDF's XMP metadata; nullopt when it carries none.
    static std::optional<ExportSeal> fromPdf(const QByteArray &pdf);

    /// The seal as named text values, in the order they are written: a Word document's custom
    /// properties, an OpenDocument text's user-defined metadata.
    QList<std::pair<QString, QString>> properties() const;
    /// The seal from the named values of properties(); nullopt when they hold none (or a damaged one).
    static std::optional<ExportSeal> fromProperties(const QHash<QString, QString> &values);

    /// The custom properties part of a Word document (docProps/custom.xml) holding the seal.
    QByteArray docxCustomProperties() const;
    /// The seal in a Word document's custom properties part; nullopt when it carries none.
    static std::optional<ExportSeal> fromDocxCustomProperties(const QByteArray &xml);
    /// The seal in an OpenDocument text's metadata part (meta.xml); nullopt when it carries none.
    static std::optional<ExportSeal> fromOdtMeta(const QByteArray &xml);

    friend bool operator==(const ExportSeal &, const ExportSeal &) = default;
};

} // namespace nianbao
