// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtexporter.h"

#include "narrativeparagraph.h"
#include "officexml.h"
#include "officialstyle.h"
#include "report.h"
#include "reportexport.h"
#include "reportflow.h"
#include "signing/exportseal.h"
#include "tablegrid.h"
#include "zippackage.h"

namespace nianbao {

namespace {

using Face = OfficialStyle::Face;
using Paragraph = OfficialStyle::Paragraph;

constexpr char16_t MimeType[] = u"application/vnd.oasis.opendocument.text";
constexpr char16_t OdfVersion[] = u"1.2";
constexpr qreal RulePoints = 0.75;
constexpr qreal CellPadding = 2;
constexpr qreal TableMargin = 6;

QString pt(qreal points)
{
    return QString::number(points, 'f', 2) + u"pt";
}

QString mm(qreal millimetres)
{
    return QString::number(millimetres, 'f', 2) + u"mm";
}

struct Namespace
{
    const char16_t *prefix;
    const char16_t *uri;
};

constexpr Namespace Namespaces[] = {
    {u"office", u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {u"style", u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {u"text", u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {u"table", u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {u"fo", u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {u"svg", u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {u"meta", u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {u"dc", u"http://purl.org/dc/elements/1.1/"},
};

// The paragraph styles by kind, named as LibreOffice names its own where it has one, so that the
// navigator lists the headings and a clerk finds 正文 and 标题 1 in the style list.
QString styleName(Paragraph paragraph)
{
    switch (paragraph) {
    case Paragraph::Body:
        return QStringLiteral("Text_20_body");
    case Paragraph::Title:
        return QStringLiteral("Title");
    case Paragraph::DocumentNumber:
        return QStringLiteral("Document_20_Number");
    case Paragraph::PartHeading:
        return QStringLiteral("Heading_20_1");
    case Paragraph::SubPartHeading:
        return QStringLiteral("Heading_20_2");
    case Paragraph::ItemHeading:
        return QStringLiteral("Heading_20_3");
    case Paragraph::Signature:
        return QStringLiteral("Signature");
    case Paragraph::CopyTo:
        return QStringLiteral("Copy_20_To");
    case Paragraph::PageNumber:
        return QStringLiteral("Footer");
    case Paragraph::TableText:
        return QStringLiteral("Table_20_Contents");
    }
    return {};
}

QString displayName(const QString &styleName)
{
    return QString(styleName).replace(QStringLiteral("_20_"), QStringLiteral(" "));
}

QString alignment(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignJustify)
        return QStringLiteral("justify");
    if (alignment & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (alignment & Qt::AlignRight)
        return QStringLiteral("end");
    return QStringLiteral("start");
}

constexpr Face Faces[] = {Face::FangSong, Face::XiaoBiaoSong, Face::Hei, Face::Kai, Face::Song};

QString fontName(Face face)
{
    return OfficialStyle::documentFamily(face);
}

class OdfXml : public OfficeXml
{
public:
    using OfficeXml::OfficeXml;

    void startRoot(QAnyStringView name)
    {
        start(name);
        for (const Namespace &ns : Namespaces)
            xml.writeNamespace(QString::fromUtf16(ns.uri), QString::fromUtf16(ns.prefix));
        xml.writeAttribute(u"office:version", QString::fromUtf16(OdfVersion));
    }

    void attribute(QAnyStringView name, const QString &value) { xml.writeAttribute(name, value); }

    /// `<style:style style:name=… style:family=…>`, left open for its properties.
    void startStyle(const QString &name, QAnyStringView family)
    {
        start(u"style:style");
        xml.writeAttribute(u"style:name", name);
        xml.writeAttribute(u"style:family", family);
    }

    /// The faces the document uses: each by the name office machines know it, the family listing
    /// the PDF's fallbacks after it (LibreOffice takes the first installed one of a `;` list).
    void fontFaces()
    {
        start(u"office:font-face-decls");
        for (Face face : Faces) {
            xml.writeEmptyElement(u"style:font-face");
            attribute(u"style:name", fontName(face));
            QStringList families{OfficialStyle::documentFamily(face), OfficialStyle::substituteFamily(face)};
            families.append(OfficialStyle::candidateFamilies(face));
            families.removeDuplicates();
            attribute(u"svg:font-family", families.join(u';'));
            attribute(u"style:font-family-generic",
                      face == Face::Hei ? QStringLiteral("swiss") : QStringLiteral("roman"));
            attribute(u"style:font-pitch", QStringLiteral("variable"));
        }
        end();
    }

    /// The face and size for Latin, Chinese and complex text alike.
    void textProperties(Face face, qreal size, bool bold)
    {
        xml.writeEmptyElement(u"style:text-properties");
        for (QAnyStringView name : {u"style:font-name", u"style:font-name-asian", u"style:font-name-complex"})
            attribute(name, fontName(face));
        for (QAnyStringView name : {u"fo:font-size", u"style:font-size-asian", u"style:font-size-complex"})
            attribute(name, pt(size));
        if (bold) {
            for (QAnyStringView name :
                 {u"fo:font-weight", u"style:font-weight-asian", u"style:font-weight-complex"})
                attribute(name, QStringLiteral("bold"));
        }
        attribute(u"fo:language", QStringLiteral("zh"));
        attribute(u"fo:country", QStringLiteral("CN"));
        attribute(u"style:language-asian", QStringLiteral("zh"));
        attribute(u"style:country-asian", QStringLiteral("CN"));
    }

    void paragraphProperties(const OfficialStyle::ParagraphFormat &format, qreal rightMargin = 0)
    {
        xml.writeEmptyElement(u"style:paragraph-properties");
        attribute(u"fo:text-align", alignment(format.alignment));
        attribute(u"fo:text-indent", pt(format.firstLineIndent * OfficialStyle::BodySize));
        attribute(u"fo:margin-top", pt(0));
        attribute(u"fo:margin-bottom", pt(0));
        attribute(u"fo:margin-left", pt(0));
        attribute(u"fo:margin-right", pt(rightMargin));
        // A fixed height: the 22 lines of a GB/T 9704 page do not depend on the face.
        attribute(u"fo:line-height", format.lineHeight > 0 ? pt(format.lineHeight) : QStringLiteral("100%"));
        if (format.outlineLevel >= 0)
            attribute(u"fo:keep-with-next", QStringLiteral("always"));
    }

    void paragraphStyle(Paragraph paragraph)
    {
        const OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(paragraph);
        const QString name = styleName(paragraph);
        startStyle(name, u"paragraph");
        attribute(u"style:display-name", displayName(name));
        if (format.outlineLevel >= 0) {
            attribute(u"style:default-outline-level", QString::number(format.outlineLevel + 1));
            attribute(u"style:next-style-name", styleName(Paragraph::Body));
        }
        paragraphProperties(format);
        textProperties(format.face, format.size, format.bold);
        end();
    }

    void paragraph(Paragraph kind, const QString &text, QAnyStringView element = u"text:p")
    {
        start(element);
        attribute(u"text:style-name", styleName(kind));
        const OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(kind);
        if (format.outlineLevel >= 0)
            attribute(u"text:outline-level", QString::number(format.outlineLevel + 1));
        lines(text);
        end();
    }

    /// Text with its line separators as line breaks.
    void lines(const QString &text)
    {
        const QStringList lines = text.split(QChar(QChar::LineSeparator));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                xml.writeEmptyElement(u"text:line-break");
            characters(lines[i]);
        }
    }
};

// content.xml: the automatic styles the body needs (table shapes, the signature's indents) and the
// body in the order of ReportFlow.
class ContentWriter : public ReportFlow
{
public:
    explicit ContentWriter(OdfXml &body)
        : m_body(body)
    {}

    /// The automatic styles, once the body is written: they depend on the tables met.
    void writeStyles(OdfXml &x) const
    {
        x.start(u"office:automatic-styles");
        x.startStyle(QStringLiteral("Statistics"), u"table");
        x.xml.writeEmptyElement(u"style:table-properties");
        x.attribute(u"style:width", mm(typeAreaWidthMm()));
        x.attribute(u"table:align", QStringLiteral("center"));
        x.attribute(u"fo:margin-top", pt(TableMargin));
        x.attribute(u"fo:margin-bottom", pt(TableMargin));
        x.attribute(u"table:border-model", QStringLiteral("collapsing"));
        x.end();
        for (qsizetype i = 0; i < m_columnWidths.size(); ++i) {
            x.startStyle(columnStyle(i), u"table-column");
            x.xml.writeEmptyElement(u"style:table-column-properties");
            x.attribute(u"style:column-width", mm(m_columnWidths[i]));
            x.end();
        }
        // Rows do not break across pages (Word's cantSplit).
        x.startStyle(QStringLiteral("Row"), u"table-row");
        x.xml.writeEmptyElement(u"style:table-row-properties");
        x.attribute(u"fo:keep-together", QStringLiteral("always"));
        x.end();
        for (const auto &[name, vertical] : {std::pair(u"Cell", u"middle"), std::pair(u"CellTop", u"top")}) {
            x.startStyle(QString::fromUtf16(name), u"table-cell");
            x.xml.writeEmptyElement(u"style:table-cell-properties");
            x.attribute(u"fo:border", pt(RulePoints) + u" solid #000000");
            x.attribute(u"fo:padding", pt(CellPadding));
            x.attribute(u"style:vertical-align", QString::fromUtf16(vertical));
            x.end();
        }
        for (const auto &[name, face] :
             {std::pair(u"RowLabel", Face::Song), std::pair(u"TableTitle", Face::Hei)}) {
            x.startStyle(QString::fromUtf16(name), u"paragraph");
            x.attribute(u"style:parent-style-name", styleName(Paragraph::TableText));
            OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(Paragraph::TableText);
            if (face == Face::Song)
                format.alignment = Qt::AlignLeft;
            x.paragraphProperties(format);
            x.textProperties(face, format.size, false);
            x.end();
        }
        // 版记: the 抄送 line between two rules across the type area, one character in.
        x.startStyle(QStringLiteral("CopyToTable"), u"table");
        x.xml.writeEmptyElement(u"style:table-properties");
        x.attribute(u"style:width", mm(typeAreaWidthMm()));
        x.attribute(u"table:align", QStringLiteral("center"));
        x.end();
        x.startStyle(QStringLiteral("CopyToCell"), u"table-cell");
        x.xml.writeEmptyElement(u"style:table-cell-properties");
        x.attribute(u"fo:border-top", pt(RulePoints) + u" solid #000000");
        x.attribute(u"fo:border-bottom", pt(RulePoints) + u" solid #000000");
        x.attribute(u"fo:border-left", QStringLiteral("none"));
        x.attribute(u"fo:border-right", QStringLiteral("none"));
        x.attribute(u"fo:padding-top", pt(3));
        x.attribute(u"fo:padding-bottom", pt(3));
        x.attribute(u"fo:padding-left", pt(OfficialStyle::PageNumberSize));
        x.attribute(u"fo:padding-right", pt(OfficialStyle::PageNumberSize));
        x.end();
        for (qsizetype i = 0; i < m_signatureIndents.size(); ++i) {
            x.startStyle(QStringLiteral("Signature%1").arg(i + 1), u"paragraph");
            x.attribute(u"style:parent-style-name", styleName(Paragraph::Signature));
            x.xml.writeEmptyElement(u"style:paragraph-properties");
            x.attribute(u"fo:margin-right", pt(m_signatureIndents[i]));
            x.end();
        }
        x.end();
    }

    static qreal typeAreaWidthMm()
    {
        const QMarginsF margins = OfficialStyle::pageLayout().margins(QPageLayout::Millimeter);
        return OfficialStyle::PageWidthMm - margins.left() - margins.right();
    }

protected:
    void documentNumber(const QString &number) override
    {
        m_body.paragraph(Paragraph::DocumentNumber, number);
        emptyLine();
    }

    void title(const QString &title) override
    {
        const qreal width = typeAreaWidthMm() * 72 / 25.4;
        const QStringList lines =
            OfficialStyle::titleLines(title, report().meta.agencyName, [width](const QString &line) {
                return OfficialStyle::ems(line) * OfficialStyle::TitleSize <= width;
            });
        m_body.paragraph(Paragraph::Title, lines.join(QChar(QChar::LineSeparator)));
        emptyLine();
    }

    void paragraph(const NarrativeParagraph &paragraph) override
    {
        const Paragraph kind = OfficialStyle::paragraphOf(paragraph);
        m_body.paragraph(kind, paragraph.text, kind == Paragraph::Body ? u"text:p" : u"text:h");
    }

    void beginPart(int, const QString &heading) override
    {
        m_body.paragraph(Paragraph::PartHeading, heading, u"text:h");
    }

    void table(const TableGrid &grid, int tableIndex) override
    {
        OdfXml &x = m_body;
        x.start(u"table:table");
        x.attribute(u"table:name", QStringLiteral("Table%1").arg(tableIndex + 1));
        x.attribute(u"table:style-name", QStringLiteral("Statistics"));
        for (qreal share : grid.columnShares()) {
            x.xml.writeEmptyElement(u"table:table-column");
            x.attribute(u"table:style-name", columnStyle(columnWidthIndex(share * typeAreaWidthMm() / 100)));
        }
        const QList<const GridCell *> coverage = grid.coverage();
        for (int row = 0; row < grid.rowCount(); ++row) {
            // The header rows repeat on each page the table runs over.
            if (row == 0 && grid.headerRowCount() > 0)
                x.start(u"table:table-header-rows");
            x.start(u"table:table-row");
            x.attribute(u"table:style-name", QStringLiteral("Row"));
            for (int column = 0; column < grid.columnCount(); ++column)
                tableCell(coverage[qsizetype(row) * grid.columnCount() + column], row, column);
            x.end();
            if (row == grid.headerRowCount() - 1)
                x.end();
        }
        x.end();
    }

    void signature(const QString &issuer, const QString &date) override
    {
        emptyLine();
        emptyLine();
        // The issuer centred over the date, which stands four characters from the right edge
        // (GB/T 9704 7.3.5): both set right, each indented by half of what it lacks of the wider.
        const qreal widest = std::max(OfficialStyle::ems(issuer), OfficialStyle::ems(date));
        for (const QString &line : {issuer, date}) {
            m_signatureIndents.append((4 + (widest - OfficialStyle::ems(line)) / 2) *
                                      OfficialStyle::BodySize);
            OdfXml &x = m_body;
            x.start(u"text:p");
            x.attribute(u"text:style-name", QStringLiteral("Signature%1").arg(m_signatureIndents.size()));
            x.characters(line);
            x.end();
        }
    }

    void copyTo(const QString &recipients) override
    {
        emptyLine();
        OdfXml &x = m_body;
        x.start(u"table:table");
        x.attribute(u"table:name", QStringLiteral("CopyTo"));
        x.attribute(u"table:style-name", QStringLiteral("CopyToTable"));
        x.xml.writeEmptyElement(u"table:table-column");
        x.start(u"table:table-row");
        x.start(u"table:table-cell");
        x.attribute(u"table:style-name", QStringLiteral("CopyToCell"));
        x.attribute(u"office:value-type", QStringLiteral("string"));
        x.paragraph(Paragraph::CopyTo, QStringLiteral("抄送：") + recipients);
        x.end();
        x.end();
        x.end();
    }

private:
    void emptyLine()
    {
        m_body.xml.writeEmptyElement(u"text:p");
        m_body.attribute(u"text:style-name", styleName(Paragraph::Body));
    }

    static QString columnStyle(qsizetype index) { return QStringLiteral("Column%1").arg(index + 1); }

    // One column style per width met, shared by the tables that have it.
    qsizetype columnWidthIndex(qreal widthMm)
    {
        const qreal rounded = std::round(widthMm * 100) / 100;
        qsizetype index = m_columnWidths.indexOf(rounded);
        if (index < 0) {
            m_columnWidths.append(rounded);
            index = m_columnWidths.size() - 1;
        }
        return index;
    }

    void tableCell(const GridCell *cell, int row, int column)
    {
        OdfXml &x = m_body;
        if (!cell || cell->row != row || cell->column != column) {
            // ODF keeps a place for every position a merged cell covers.
            x.xml.writeEmptyElement(cell ? u"table:covered-table-cell" : u"table:table-cell");
            return;
        }
        x.start(u"table:table-cell");
        // A label spanning rows stands at their top, as in the PDF.
        const bool top = cell->rowSpan > 1 && !cell->isHeader();
        x.attribute(u"table:style-name", top ? QStringLiteral("CellTop") : QStringLiteral("Cell"));
        if (cell->columnSpan > 1)
            x.attribute(u"table:number-columns-spanned", QString::number(cell->columnSpan));
        if (cell->rowSpan > 1)
            x.attribute(u"table:number-rows-spanned", QString::number(cell->rowSpan));
        x.attribute(u"office:value-type", QStringLiteral("string"));
        x.start(u"text:p");
        x.attribute(u"text:style-name", cell->role == GridCell::Role::Title ? QStringLiteral("TableTitle")
                                        : cell->role == GridCell::Role::RowLabel
                                            ? QStringLiteral("RowLabel")
                                            : styleName(Paragraph::TableText));
        x.characters(cell->text);
        x.end();
        x.end();
    }

    OdfXml &m_body;
    QList<qreal> m_columnWidths;
    QList<qreal> m_signatureIndents;
};

QByteArray contentXml(const Report &report)
{
    // The automatic styles come before the body, and depend on what the body holds: the body is
    // written first, as a fragment.
    OdfXml body(OfficeXml::Kind::Fragment);
    ContentWriter writer(body);
    body.start(u"office:text");
    writer.walk(report);
    body.end();
    OdfXml x;
    x.startRoot(u"office:document-content");
    x.fontFaces();
    writer.writeStyles(x);
    x.start(u"office:body");
    return x.unfinished() + body.finish() + "</office:body></office:document-content>\n";
}

QByteArray stylesXml()
{
    OdfXml x;
    x.startRoot(u"office:document-styles");
    x.fontFaces();
    x.start(u"office:styles");
    x.start(u"style:default-style");
    x.attribute(u"style:family", QStringLiteral("paragraph"));
    x.textProperties(Face::FangSong, OfficialStyle::BodySize, false);
    x.end();
    for (Paragraph paragraph : OfficialStyle::Paragraphs)
        x.paragraphStyle(paragraph);
    x.end();

    const QMarginsF margins = OfficialStyle::pageLayout().margins(QPageLayout::Millimeter);
    const qreal footerLine = OfficialStyle::paragraphFormat(Paragraph::PageNumber).lineHeight;
    x.start(u"office:automatic-styles");
    x.start(u"style:page-layout");
    x.attribute(u"style:name", QStringLiteral("OfficialPage"));
    x.attribute(u"style:page-usage", QStringLiteral("mirrored"));
    x.start(u"style:page-layout-properties");
    x.attribute(u"fo:page-width", mm(OfficialStyle::PageWidthMm));
    x.attribute(u"fo:page-height", mm(OfficialStyle::PageHeightMm));
    x.attribute(u"style:print-orientation", QStringLiteral("portrait"));
    x.attribute(u"fo:margin-top", mm(margins.top()));
    // The footer lies inside the bottom margin: the page number's top 7 mm below the type area
    // (GB/T 9704 7.5), the type area ending 35 mm above the edge.
    x.attribute(u"fo:margin-bottom",
                mm(margins.bottom() - OfficialStyle::PageNumberGapMm - footerLine * 25.4 / 72));
    // Mirrored pages: "inner" is the left margin of odd pages.
    x.attribute(u"fo:margin-left", mm(margins.left()));
    x.attribute(u"fo:margin-right", mm(margins.right()));
    x.end();
    x.start(u"style:footer-style");
    x.xml.writeEmptyElement(u"style:header-footer-properties");
    // LibreOffice shows no footer with a fixed svg:height; the footer's one line gives the height.
    x.attribute(u"fo:min-height", pt(footerLine));
    x.attribute(u"fo:margin-top", mm(OfficialStyle::PageNumberGapMm));
    x.attribute(u"style:dynamic-spacing", QStringLiteral("false"));
    x.end();
    x.end();
    for (const auto &[name, odd] : {std::pair(u"PageNumberOdd", true), std::pair(u"PageNumberEven", false)}) {
        x.startStyle(QString::fromUtf16(name), u"paragraph");
        x.attribute(u"style:parent-style-name", styleName(Paragraph::PageNumber));
        x.xml.writeEmptyElement(u"style:paragraph-properties");
        // One character in from the outer edge.
        x.attribute(u"fo:text-align", odd ? QStringLiteral("end") : QStringLiteral("start"));
        x.attribute(odd ? u"fo:margin-right" : u"fo:margin-left", pt(OfficialStyle::PageNumberSize));
        x.end();
    }
    x.end();

    x.start(u"office:master-styles");
    x.start(u"style:master-page");
    x.attribute(u"style:name", QStringLiteral("Standard"));
    x.attribute(u"style:page-layout-name", QStringLiteral("OfficialPage"));
    const QStringList dashes = OfficialStyle::pageNumber(0).split(u'0');
    for (const auto &[element, style] :
         {std::pair(u"style:footer", u"PageNumberOdd"), std::pair(u"style:footer-left", u"PageNumberEven")}) {
        x.start(element);
        x.start(u"text:p");
        x.attribute(u"text:style-name", QString::fromUtf16(style));
        x.characters(dashes.value(0));
        x.start(u"text:page-number");
        x.attribute(u"text:select-page", QStringLiteral("current"));
        x.xml.writeCharacters(QStringLiteral("1"));
        x.end();
        x.characters(dashes.value(1));
        x.end();
        x.end();
    }
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray metaXml(const Report &report, const QDateTime &time, const ExportSeal *seal)
{
    OdfXml x;
    x.startRoot(u"office:document-meta");
    x.start(u"office:meta");
    x.textElement(u"meta:generator", QStringLiteral("Nianbao"));
    x.textElement(u"dc:title", report.displayTitle());
    x.textElement(u"dc:subject", QStringLiteral("政府信息公开工作年度报告"));
    x.textElement(u"meta:initial-creator", report.meta.agencyName);
    x.textElement(u"dc:creator", report.meta.agencyName);
    const QString stamp = time.toUTC().toString(Qt::ISODate);
    x.textElement(u"meta:creation-date", stamp);
    x.textElement(u"dc:date", stamp);
    x.textElement(u"dc:language", QStringLiteral("zh-CN"));
    if (seal) {
        for (const auto &[name, value] : seal->properties()) {
            x.start(u"meta:user-defined");
            x.attribute(u"meta:name", name);
            x.characters(value);
            x.end();
        }
    }
    x.end();
    x.end();
    return x.finish();
}

QByteArray manifestXml()
{
    OfficeXml x;
    x.start(u"manifest:manifest");
    x.xml.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"),
                         QStringLiteral("manifest"));
    x.xml.writeAttribute(u"manifest:version", QString::fromUtf16(OdfVersion));
    const std::pair<const char16_t *, const char16_t *> entries[] = {{u"/", MimeType},
                                                                     {u"content.xml", u"text/xml"},
                                                                     {u"styles.xml", u"text/xml"},
                                                                     {u"meta.xml", u"text/xml"}};
    for (const auto &[path, type] : entries) {
        x.xml.writeEmptyElement(u"manifest:file-entry");
        x.xml.writeAttribute(u"manifest:full-path", QString::fromUtf16(path));
        if (QStringView(path) == u"/")
            x.xml.writeAttribute(u"manifest:version", QString::fromUtf16(OdfVersion));
        x.xml.writeAttribute(u"manifest:media-type", QString::fromUtf16(type));
    }
    x.end();
    return x.finish();
}

} // namespace

QByteArray OdtExporter::toOdt(const Report &report, const QDateTime &time, const ExportSeal *seal,
                              QString *error)
{
    ZipPackage package(time);
    // First and uncompressed, so that a reader can tell the file by its first bytes.
    package.add(QStringLiteral("mimetype"), QString::fromUtf16(MimeType).toLatin1(),
                ZipPackage::Storage::Stored);
    package.add(QStringLiteral("content.xml"), contentXml(report));
    package.add(QStringLiteral("styles.xml"), stylesXml());
    package.add(QStringLiteral("meta.xml"), metaXml(report, time, seal));
    package.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    return package.bytes(error);
}

QDateTime OdtExporter::createdTime(const QByteArray &package)
{
    QString unreadable;
    const std::optional<QByteArray> meta =
        ZipPackage::entry(package, QStringLiteral("meta.xml"), &unreadable);
    const std::optional<QString> created =
        meta
            ? OfficeXml::firstText(*meta, u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0", u"creation-date")
            : std::nullopt;
    return created ? QDateTime::fromString(*created, Qt::ISODate) : QDateTime();
}

bool OdtExporter::write(const Report &report, const QString &path, QString *error)
{
    return ReportExport::write(report, ReportExport::Form::Odt, path, error);
}

} // namespace nianbao
