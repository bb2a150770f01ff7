// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxexporter.h"

#include "narrativeparagraph.h"
#include "officexml.h"
#include "officialstyle.h"
#include "report.h"
#include "reportexport.h"
#include "reportflow.h"
#include "signing/exportseal.h"
#include "tablegrid.h"
#include "zippackage.h"

#include <QXmlStreamWriter>

#include <numeric>

namespace nianbao {

namespace {

using Face = OfficialStyle::Face;
using Paragraph = OfficialStyle::Paragraph;

constexpr char16_t WordNamespace[] = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr char16_t RelationshipsNamespace[] =
    u"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char16_t PackageRelationshipsNamespace[] =
    u"http://schemas.openxmlformats.org/package/2006/relationships";
// Where a sealed document keeps its approval (ExportSeal::docxCustomProperties).
constexpr char16_t CustomPropertiesPart[] = u"/docProps/custom.xml";
constexpr char16_t OfficeRelationshipType[] =
    u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// Word measures in twentieths of a point (twips), font sizes in half points and rules in eighths.
int twips(qreal points)
{
    return qRound(points * 20);
}

int twipsFromMm(qreal mm)
{
    return twips(mm * 72.0 / 25.4);
}

QString number(qreal value)
{
    return QString::number(qRound(value));
}

constexpr int RuleEighths = 6; // 0.75 pt, the rule of the PDF's tables
constexpr qreal CellPadding = 2;
constexpr qreal TableGap = 12; // the PDF's 6 pt above and below a table

struct PageGeometry
{
    int width = twipsFromMm(OfficialStyle::PageWidthMm);
    int height = twipsFromMm(OfficialStyle::PageHeightMm);
    QMarginsF marginsMm = OfficialStyle::pageLayout().margins(QPageLayout::Millimeter);
    int typeAreaWidth = width - twipsFromMm(marginsMm.left()) - twipsFromMm(marginsMm.right());
};

// The paragraph styles by kind, named as Word names its own where it has one ("heading 1" shows as
// 标题 1 in a Chinese Word), so that the navigation pane lists the parts.
std::pair<QString, QString> style(Paragraph paragraph)
{
    switch (paragraph) {
    case Paragraph::Body:
        return {QStringLiteral("Normal"), QStringLiteral("Normal")};
    case Paragraph::Title:
        return {QStringLiteral("Title"), QStringLiteral("Title")};
    case Paragraph::DocumentNumber:
        return {QStringLiteral("DocumentNumber"), QStringLiteral("Document Number")};
    case Paragraph::PartHeading:
        return {QStringLiteral("Heading1"), QStringLiteral("heading 1")};
    case Paragraph::SubPartHeading:
        return {QStringLiteral("Heading2"), QStringLiteral("heading 2")};
    case Paragraph::ItemHeading:
        return {QStringLiteral("Heading3"), QStringLiteral("heading 3")};
    case Paragraph::Signature:
        return {QStringLiteral("Signature"), QStringLiteral("Signature")};
    case Paragraph::CopyTo:
        return {QStringLiteral("CopyTo"), QStringLiteral("Copy To")};
    case Paragraph::PageNumber:
        return {QStringLiteral("Footer"), QStringLiteral("footer")};
    case Paragraph::TableText:
        return {QStringLiteral("TableText"), QStringLiteral("Table Text")};
    }
    return {};
}

QString styleId(Paragraph paragraph)
{
    return style(paragraph).first;
}

QString alignment(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignJustify)
        return QStringLiteral("both");
    if (alignment & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (alignment & Qt::AlignRight)
        return QStringLiteral("right");
    return QStringLiteral("left");
}

// Writes WordprocessingML: elements are named with their `w:` prefix, declared on the root.
class WordXml : public OfficeXml
{
public:
    using OfficeXml::OfficeXml;

    void startRoot(QAnyStringView name)
    {
        start(name);
        xml.writeNamespace(WordNamespace, QStringLiteral("w"));
        xml.writeNamespace(RelationshipsNamespace, QStringLiteral("r"));
    }

    /// `<w:NAME w:val="VALUE"/>`.
    void value(QAnyStringView name, const QString &value)
    {
        xml.writeEmptyElement(name);
        xml.writeAttribute(u"w:val", value);
    }

    void fonts(Face face)
    {
        const QString family = OfficialStyle::documentFamily(face);
        xml.writeEmptyElement(u"w:rFonts");
        for (QAnyStringView script : {u"w:ascii", u"w:hAnsi", u"w:eastAsia", u"w:cs"})
            xml.writeAttribute(script, family);
    }

    void size(qreal points)
    {
        value(u"w:sz", number(points * 2));
        value(u"w:szCs", number(points * 2));
    }

    void runProperties(Face face, qreal points, bool bold = false)
    {
        start(u"w:rPr");
        fonts(face);
        if (bold) {
            xml.writeEmptyElement(u"w:b");
            xml.writeEmptyElement(u"w:bCs");
        }
        size(points);
        end();
    }

    /// Exact line spacing (the 22 lines of a GB/T 9704 page do not depend on the face), or single
    /// spacing for 0.
    void spacing(qreal linePoints)
    {
        xml.writeEmptyElement(u"w:spacing");
        xml.writeAttribute(u"w:before", QStringLiteral("0"));
        xml.writeAttribute(u"w:after", QStringLiteral("0"));
        xml.writeAttribute(u"w:line",
                           linePoints > 0 ? QString::number(twips(linePoints)) : QStringLiteral("240"));
        xml.writeAttribute(u"w:lineRule", linePoints > 0 ? QStringLiteral("exact") : QStringLiteral("auto"));
    }

    void indent(qreal firstLineChars, qreal leftTwips = 0, qreal rightTwips = 0)
    {
        xml.writeEmptyElement(u"w:ind");
        xml.writeAttribute(u"w:left", number(leftTwips));
        xml.writeAttribute(u"w:right", number(rightTwips));
        // In characters for Word and WPS, in twips for readers without character units; the
        // characters count even when 0, since they override an inherited indent in twips.
        xml.writeAttribute(u"w:firstLineChars", number(firstLineChars * 100));
        xml.writeAttribute(u"w:firstLine", number(twips(firstLineChars * OfficialStyle::BodySize)));
    }

    /// A run of text; a line separator in it becomes a line break.
    void run(const QString &text)
    {
        const QStringList lines = text.split(QChar(QChar::LineSeparator));
        start(u"w:r");
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                xml.writeEmptyElement(u"w:br");
            start(u"w:t");
            xml.writeAttribute(u"xml:space", QStringLiteral("preserve"));
            characters(lines[i]);
            end();
        }
        end();
    }

    void border(QAnyStringView side, bool rule)
    {
        xml.writeEmptyElement(side);
        xml.writeAttribute(u"w:val", rule ? QStringLiteral("single") : QStringLiteral("nil"));
        if (rule) {
            xml.writeAttribute(u"w:sz", QString::number(RuleEighths));
            xml.writeAttribute(u"w:space", QStringLiteral("0"));
            xml.writeAttribute(u"w:color", QStringLiteral("000000"));
        }
    }

    void cellMargins(qreal top, qreal left, qreal bottom, qreal right)
    {
        const std::pair<QAnyStringView, qreal> sides[] = {
            {u"w:top", top}, {u"w:left", left}, {u"w:bottom", bottom}, {u"w:right", right}};
        for (const auto &[side, points] : sides) {
            xml.writeEmptyElement(side);
            xml.writeAttribute(u"w:w", QString::number(twips(points)));
            xml.writeAttribute(u"w:type", QStringLiteral("dxa"));
        }
    }
};

// word/document.xml: the body, in the order of ReportFlow.
class DocumentWriter : public ReportFlow
{
public:
    explicit DocumentWriter(WordXml &xml)
        : m_xml(xml)
    {}

    void finish(const PageGeometry &page)
    {
        // Word needs a paragraph after a table that ends the body.
        if (m_afterTable)
            gap();
        WordXml &x = m_xml;
        x.start(u"w:sectPr");
        for (const auto &[type, id] :
             {std::pair(u"default", u"rIdFooterOdd"), std::pair(u"even", u"rIdFooterEven")}) {
            x.xml.writeEmptyElement(u"w:footerReference");
            x.xml.writeAttribute(u"w:type", type);
            x.xml.writeAttribute(u"r:id", id);
        }
        x.xml.writeEmptyElement(u"w:pgSz");
        x.xml.writeAttribute(u"w:w", QString::number(page.width));
        x.xml.writeAttribute(u"w:h", QString::number(page.height));
        x.xml.writeEmptyElement(u"w:pgMar");
        const QMarginsF &margins = page.marginsMm;
        x.xml.writeAttribute(u"w:top", QString::number(twipsFromMm(margins.top())));
        x.xml.writeAttribute(u"w:right", QString::number(twipsFromMm(margins.right())));
        x.xml.writeAttribute(u"w:bottom", QString::number(twipsFromMm(margins.bottom())));
        x.xml.writeAttribute(u"w:left", QString::number(twipsFromMm(margins.left())));
        x.xml.writeAttribute(u"w:header", QString::number(twipsFromMm(15)));
        // The top of the page number stands 7 mm below the type area (GB/T 9704 7.5); Word
        // places the footer by its bottom.
        x.xml.writeAttribute(u"w:footer",
                             QString::number(twipsFromMm(margins.bottom() - OfficialStyle::PageNumberGapMm) -
                                             twips(footerLine())));
        x.xml.writeAttribute(u"w:gutter", QStringLiteral("0"));
        // No document grid: the body's exact line height gives the 22 lines, and a grid would make
        // every line of a table as high as a line of the body.
        x.end();
    }

    static qreal footerLine() { return OfficialStyle::paragraphFormat(Paragraph::PageNumber).lineHeight; }

protected:
    void documentNumber(const QString &number) override
    {
        paragraph(Paragraph::DocumentNumber, number);
        paragraph(Paragraph::Body, QString());
    }

    void title(const QString &title) override
    {
        const qreal width = PageGeometry().typeAreaWidth / 20.0;
        const QStringList lines =
            OfficialStyle::titleLines(title, report().meta.agencyName, [width](const QString &line) {
                return OfficialStyle::ems(line) * OfficialStyle::TitleSize <= width;
            });
        paragraph(Paragraph::Title, lines.join(QChar(QChar::LineSeparator)));
        paragraph(Paragraph::Body, QString());
    }

    void paragraph(const NarrativeParagraph &paragraph) override
    {
        this->paragraph(OfficialStyle::paragraphOf(paragraph), paragraph.text);
    }

    void beginPart(int, const QString &heading) override { paragraph(Paragraph::PartHeading, heading); }

    void table(const TableGrid &grid, int) override
    {
        if (m_afterTable)
            gap();
        WordXml &x = m_xml;
        x.start(u"w:tbl");
        x.start(u"w:tblPr");
        x.value(u"w:tblStyle", QStringLiteral("StatisticsTable"));
        const QList<int> widths = columnWidths(grid);
        x.xml.writeEmptyElement(u"w:tblW");
        x.xml.writeAttribute(u"w:w", QString::number(std::accumulate(widths.cbegin(), widths.cend(), 0)));
        x.xml.writeAttribute(u"w:type", QStringLiteral("dxa"));
        x.value(u"w:jc", QStringLiteral("center"));
        x.value(u"w:tblLayout", QStringLiteral("fixed"));
        x.end();
        x.start(u"w:tblGrid");
        for (int width : widths) {
            x.xml.writeEmptyElement(u"w:gridCol");
            x.xml.writeAttribute(u"w:w", QString::number(width));
        }
        x.end();

        const QList<const GridCell *> coverage = grid.coverage();
        for (int row = 0; row < grid.rowCount(); ++row) {
            x.start(u"w:tr");
            x.start(u"w:trPr");
            x.xml.writeEmptyElement(u"w:cantSplit");
            if (row < grid.headerRowCount())
                x.xml.writeEmptyElement(u"w:tblHeader");
            x.end();
            const bool lastRow = row == grid.rowCount() - 1;
            int column = 0;
            while (column < grid.columnCount()) {
                const GridCell *cell = coverage[qsizetype(row) * grid.columnCount() + column];
                const int span = cell ? cell->columnSpan : 1;
                tableCell(cell, row, widths.mid(column, span), lastRow);
                column += span;
            }
            x.end();
        }
        x.end();
        m_afterTable = true;
    }

    void signature(const QString &issuer, const QString &date) override
    {
        paragraph(Paragraph::Body, QString());
        paragraph(Paragraph::Body, QString());
        // The issuer centred over the date, which stands four characters from the right edge
        // (GB/T 9704 7.3.5): both set right, each indented by half of what it lacks of the wider.
        const qreal widest = std::max(OfficialStyle::ems(issuer), OfficialStyle::ems(date));
        for (const QString &line : {issuer, date}) {
            const qreal indentEms = 4 + (widest - OfficialStyle::ems(line)) / 2;
            WordXml &x = m_xml;
            x.start(u"w:p");
            x.start(u"w:pPr");
            x.value(u"w:pStyle", styleId(Paragraph::Signature));
            x.indent(0, 0, twips(indentEms * OfficialStyle::BodySize));
            x.end();
            if (!line.isEmpty())
                x.run(line);
            x.end();
        }
    }

    void copyTo(const QString &recipients) override
    {
        paragraph(Paragraph::Body, QString());
        // 版记: 抄送 in 4号 仿宋 between two rules across the type area, one character in (GB/T 9704 8.3).
        WordXml &x = m_xml;
        const int width = PageGeometry().typeAreaWidth;
        x.start(u"w:tbl");
        x.start(u"w:tblPr");
        x.xml.writeEmptyElement(u"w:tblW");
        x.xml.writeAttribute(u"w:w", QString::number(width));
        x.xml.writeAttribute(u"w:type", QStringLiteral("dxa"));
        x.value(u"w:jc", QStringLiteral("center"));
        x.start(u"w:tblBorders");
        x.border(u"w:top", true);
        x.border(u"w:left", false);
        x.border(u"w:bottom", true);
        x.border(u"w:right", false);
        x.end();
        x.value(u"w:tblLayout", QStringLiteral("fixed"));
        x.start(u"w:tblCellMar");
        x.cellMargins(3, OfficialStyle::PageNumberSize, 3, OfficialStyle::PageNumberSize);
        x.end();
        x.end();
        x.start(u"w:tblGrid");
        x.xml.writeEmptyElement(u"w:gridCol");
        x.xml.writeAttribute(u"w:w", QString::number(width));
        x.end();
        x.start(u"w:tr");
        x.start(u"w:tc");
        x.start(u"w:tcPr");
        x.xml.writeEmptyElement(u"w:tcW");
        x.xml.writeAttribute(u"w:w", QString::number(width));
        x.xml.writeAttribute(u"w:type", QStringLiteral("dxa"));
        x.end();
        paragraph(Paragraph::CopyTo, QStringLiteral("抄送：") + recipients);
        x.end();
        x.end();
        x.end();
        m_afterTable = true;
    }

private:
    void paragraph(Paragraph kind, const QString &text)
    {
        WordXml &x = m_xml;
        x.start(u"w:p");
        if (kind != Paragraph::Body) {
            x.start(u"w:pPr");
            x.value(u"w:pStyle", styleId(kind));
            x.end();
        }
        if (!text.isEmpty())
            x.run(text);
        x.end();
        m_afterTable = false;
    }

    /// Two tables in a row would run together in Word: a thin paragraph keeps them apart.
    void gap()
    {
        WordXml &x = m_xml;
        x.start(u"w:p");
        x.start(u"w:pPr");
        x.value(u"w:pStyle", QStringLiteral("TableGap"));
        x.end();
        x.end();
        m_afterTable = false;
    }

    // The columns of the type area in the shares of the PDF's, rounded so that they add up.
    static QList<int> columnWidths(const TableGrid &grid)
    {
        const int total = PageGeometry().typeAreaWidth;
        QList<int> widths;
        qreal edge = 0;
        int previous = 0;
        for (qreal share : grid.columnShares()) {
            edge += share * total / 100;
            widths.append(qRound(edge) - previous);
            previous = qRound(edge);
        }
        return widths;
    }

    void tableCell(const GridCell *cell, int row, const QList<int> &widths, bool lastRow)
    {
        WordXml &x = m_xml;
        x.start(u"w:tc");
        x.start(u"w:tcPr");
        x.xml.writeEmptyElement(u"w:tcW");
        x.xml.writeAttribute(u"w:w", QString::number(std::accumulate(widths.cbegin(), widths.cend(), 0)));
        x.xml.writeAttribute(u"w:type", QStringLiteral("dxa"));
        if (widths.size() > 1)
            x.value(u"w:gridSpan", QString::number(widths.size()));
        const bool origin = cell && cell->row == row;
        if (cell && cell->rowSpan > 1) {
            x.xml.writeEmptyElement(u"w:vMerge");
            if (origin)
                x.xml.writeAttribute(u"w:val", QStringLiteral("restart"));
        }
        // A label spanning rows stands at their top, as in the PDF.
        const bool top = cell && cell->rowSpan > 1 && !cell->isHeader();
        x.value(u"w:vAlign", top ? QStringLiteral("top") : QStringLiteral("center"));
        x.end();

        x.start(u"w:p");
        const bool title = origin && cell->role == GridCell::Role::Title;
        const bool left = origin && cell->role == GridCell::Role::RowLabel;
        x.start(u"w:pPr");
        x.value(u"w:pStyle", styleId(Paragraph::TableText));
        // The paragraphs of a table keep with the next row (TableText), so that a table that fits
        // on a page is not broken (the PDF's rule); the last row lets go.
        if (lastRow)
            x.value(u"w:keepNext", QStringLiteral("0"));
        if (left)
            x.value(u"w:jc", QStringLiteral("left"));
        x.end();
        if (origin && !cell->text.isEmpty()) {
            x.start(u"w:r");
            if (title) {
                x.start(u"w:rPr");
                x.fonts(Face::Hei);
                x.end();
            }
            x.start(u"w:t");
            x.xml.writeAttribute(u"xml:space", QStringLiteral("preserve"));
            x.characters(cell->text);
            x.end();
            x.end();
        }
        x.end();
        x.end();
    }

    WordXml &m_xml;
    bool m_afterTable = false;
};

QByteArray documentXml(const Report &report)
{
    WordXml x;
    x.startRoot(u"w:document");
    x.start(u"w:body");
    DocumentWriter writer(x);
    writer.walk(report);
    writer.finish(PageGeometry());
    x.end();
    x.end();
    return x.finish();
}

// word/styles.xml: each kind of paragraph of the PDF as a named style, so that the clerk who edits
// the document in Word changes all body text or all headings at once.
QByteArray stylesXml()
{
    WordXml x;
    x.startRoot(u"w:styles");
    x.start(u"w:docDefaults");
    x.start(u"w:rPrDefault");
    x.start(u"w:rPr");
    x.fonts(Face::FangSong);
    x.size(OfficialStyle::BodySize);
    x.xml.writeEmptyElement(u"w:lang");
    x.xml.writeAttribute(u"w:val", QStringLiteral("en-US"));
    x.xml.writeAttribute(u"w:eastAsia", QStringLiteral("zh-CN"));
    x.end();
    x.end();
    x.start(u"w:pPrDefault");
    x.start(u"w:pPr");
    x.spacing(OfficialStyle::LinePitch);
    x.end();
    x.end();
    x.end();

    for (Paragraph paragraph : OfficialStyle::Paragraphs) {
        const OfficialStyle::ParagraphFormat format = OfficialStyle::paragraphFormat(paragraph);
        const auto [id, name] = style(paragraph);
        x.start(u"w:style");
        x.xml.writeAttribute(u"w:type", QStringLiteral("paragraph"));
        const bool normal = paragraph == Paragraph::Body;
        if (normal)
            x.xml.writeAttribute(u"w:default", QStringLiteral("1"));
        x.xml.writeAttribute(u"w:styleId", id);
        x.value(u"w:name", name);
        if (!normal)
            x.value(u"w:basedOn", styleId(Paragraph::Body));
        if (format.outlineLevel >= 0)
            x.value(u"w:next", styleId(Paragraph::Body));
        x.xml.writeEmptyElement(u"w:qFormat");
        x.start(u"w:pPr");
        // Headings stay with what they head; the rows of a table with the next row, so that a
        // table that fits on a page is not broken (the PDF's rule; the last row lets go).
        if (format.outlineLevel >= 0 || paragraph == Paragraph::TableText)
            x.xml.writeEmptyElement(u"w:keepNext");
        x.spacing(format.lineHeight);
        x.indent(format.firstLineIndent);
        x.value(u"w:jc", alignment(format.alignment));
        if (format.outlineLevel >= 0)
            x.value(u"w:outlineLvl", QString::number(format.outlineLevel));
        x.end();
        x.runProperties(format.face, format.size, format.bold);
        x.end();
    }
    // A thin paragraph between two tables, which Word would otherwise join.
    x.start(u"w:style");
    x.xml.writeAttribute(u"w:type", QStringLiteral("paragraph"));
    x.xml.writeAttribute(u"w:styleId", QStringLiteral("TableGap"));
    x.value(u"w:name", QStringLiteral("Table Gap"));
    x.value(u"w:basedOn", styleId(Paragraph::Body));
    x.start(u"w:pPr");
    x.spacing(TableGap);
    x.end();
    x.runProperties(Face::Song, 1);
    x.end();

    // The statistics tables' rules and padding: one style instead of the same borders in each cell.
    x.start(u"w:style");
    x.xml.writeAttribute(u"w:type", QStringLiteral("table"));
    x.xml.writeAttribute(u"w:styleId", QStringLiteral("StatisticsTable"));
    x.value(u"w:name", QStringLiteral("Statistics Table"));
    x.start(u"w:tblPr");
    x.start(u"w:tblBorders");
    for (QAnyStringView side : {u"w:top", u"w:left", u"w:bottom", u"w:right", u"w:insideH", u"w:insideV"})
        x.border(side, true);
    x.end();
    x.start(u"w:tblCellMar");
    x.cellMargins(CellPadding, CellPadding, CellPadding, CellPadding);
    x.end();
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray settingsXml()
{
    WordXml x;
    x.startRoot(u"w:settings");
    x.xml.writeEmptyElement(u"w:zoom");
    x.xml.writeAttribute(u"w:percent", QStringLiteral("100"));
    x.value(u"w:defaultTabStop", QString::number(twips(OfficialStyle::BodySize) * 2));
    // Page numbers stand right on odd pages and left on even ones.
    x.xml.writeEmptyElement(u"w:evenAndOddHeaders");
    x.value(u"w:characterSpacingControl", QStringLiteral("compressPunctuation"));
    x.start(u"w:compat");
    x.xml.writeEmptyElement(u"w:compatSetting");
    x.xml.writeAttribute(u"w:name", QStringLiteral("compatibilityMode"));
    x.xml.writeAttribute(u"w:uri", QStringLiteral("http://schemas.microsoft.com/office/word"));
    x.xml.writeAttribute(u"w:val", QStringLiteral("15"));
    x.end();
    x.end();
    return x.finish();
}

// The faces with the Windows face that stands in for each, and what kind of face it is, so that
// Word, WPS and LibreOffice substitute a similar one where neither is installed.
QByteArray fontTableXml()
{
    WordXml x;
    x.startRoot(u"w:fonts");
    QStringList written;
    for (Face face : {Face::FangSong, Face::XiaoBiaoSong, Face::Hei, Face::Kai, Face::Song}) {
        const QString family = OfficialStyle::documentFamily(face);
        if (written.contains(family))
            continue;
        written.append(family);
        x.start(u"w:font");
        x.xml.writeAttribute(u"w:name", family);
        const QString substitute = OfficialStyle::substituteFamily(face);
        if (substitute != family)
            x.value(u"w:altName", substitute);
        x.value(u"w:charset", QStringLiteral("86")); // GB2312
        x.value(u"w:family", face == Face::Hei ? QStringLiteral("swiss") : QStringLiteral("roman"));
        x.value(u"w:pitch", QStringLiteral("variable"));
        x.end();
    }
    x.end();
    return x.finish();
}

QByteArray footerXml(bool odd)
{
    WordXml x;
    x.startRoot(u"w:ftr");
    x.start(u"w:p");
    x.start(u"w:pPr");
    x.value(u"w:pStyle", styleId(Paragraph::PageNumber));
    // One character in from the outer edge (GB/T 9704 7.5).
    const int inset = twips(OfficialStyle::PageNumberSize);
    x.indent(0, odd ? 0 : inset, odd ? inset : 0);
    x.value(u"w:jc", odd ? QStringLiteral("right") : QStringLiteral("left"));
    x.end();
    const QStringList parts = OfficialStyle::pageNumber(0).split(u'0');
    x.run(parts.value(0));
    for (const char16_t *type : {u"begin", u"instr", u"separate", u"1", u"end"}) {
        x.start(u"w:r");
        if (QStringView(type) == u"instr") {
            x.start(u"w:instrText");
            x.xml.writeAttribute(u"xml:space", QStringLiteral("preserve"));
            x.xml.writeCharacters(QStringLiteral(" PAGE "));
            x.end();
        } else if (QStringView(type) == u"1") {
            x.start(u"w:t");
            x.xml.writeCharacters(QStringLiteral("1"));
            x.end();
        } else {
            x.xml.writeEmptyElement(u"w:fldChar");
            x.xml.writeAttribute(u"w:fldCharType", QString::fromUtf16(type));
        }
        x.end();
    }
    x.run(parts.value(1));
    x.end();
    x.end();
    return x.finish();
}

struct Relationship
{
    QString id;
    QString type; ///< full, or relative to the Office Open XML relationship types
    QString target;
};

QByteArray relationshipsXml(const QList<Relationship> &relationships)
{
    OfficeXml x;
    x.start(u"Relationships");
    x.xml.writeDefaultNamespace(PackageRelationshipsNamespace);
    for (const Relationship &relationship : relationships) {
        x.xml.writeEmptyElement(u"Relationship");
        x.xml.writeAttribute(u"Id", relationship.id);
        x.xml.writeAttribute(u"Type", relationship.type.startsWith(u"http")
                                          ? relationship.type
                                          : QString::fromUtf16(OfficeRelationshipType) + relationship.type);
        x.xml.writeAttribute(u"Target", relationship.target);
    }
    x.end();
    return x.finish();
}

QByteArray contentTypesXml(bool sealed)
{
    OfficeXml x;
    x.start(u"Types");
    x.xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    for (const auto &[extension, type] :
         {std::pair(u"rels", u"application/vnd.openxmlformats-package.relationships+xml"),
          std::pair(u"xml", u"application/xml")}) {
        x.xml.writeEmptyElement(u"Default");
        x.xml.writeAttribute(u"Extension", extension);
        x.xml.writeAttribute(u"ContentType", type);
    }
    const QString word = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    const std::pair<QString, QString> overrides[] = {
        {QStringLiteral("/word/document.xml"), word + u"document.main+xml"},
        {QStringLiteral("/word/styles.xml"), word + u"styles+xml"},
        {QStringLiteral("/word/settings.xml"), word + u"settings+xml"},
        {QStringLiteral("/word/fontTable.xml"), word + u"fontTable+xml"},
        {QStringLiteral("/word/footer1.xml"), word + u"footer+xml"},
        {QStringLiteral("/word/footer2.xml"), word + u"footer+xml"},
        {QStringLiteral("/docProps/core.xml"),
         QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
        {QStringLiteral("/docProps/app.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml")},
    };
    for (const auto &[part, type] : overrides) {
        x.xml.writeEmptyElement(u"Override");
        x.xml.writeAttribute(u"PartName", part);
        x.xml.writeAttribute(u"ContentType", type);
    }
    if (sealed) {
        x.xml.writeEmptyElement(u"Override");
        x.xml.writeAttribute(u"PartName", CustomPropertiesPart);
        x.xml.writeAttribute(
            u"ContentType",
            QStringLiteral("application/vnd.openxmlformats-officedocument.custom-properties+xml"));
    }
    x.end();
    return x.finish();
}

// docProps/core.xml: the title, the agency as author, the times.
QByteArray corePropertiesXml(const Report &report, const QDateTime &time)
{
    OfficeXml x;
    x.start(u"cp:coreProperties");
    x.xml.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
        QStringLiteral("cp"));
    x.xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    x.xml.writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms"));
    x.xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    x.textElement(u"dc:title", report.displayTitle());
    x.textElement(u"dc:subject", QStringLiteral("政府信息公开工作年度报告"));
    x.textElement(u"dc:creator", report.meta.agencyName);
    x.textElement(u"dc:language", QStringLiteral("zh-CN"));
    const QString stamp = time.toUTC().toString(Qt::ISODate);
    for (QAnyStringView name : {u"dcterms:created", u"dcterms:modified"}) {
        x.start(name);
        x.xml.writeAttribute(u"xsi:type", QStringLiteral("dcterms:W3CDTF"));
        x.xml.writeCharacters(stamp);
        x.end();
    }
    x.end();
    return x.finish();
}

QByteArray appPropertiesXml()
{
    OfficeXml x;
    x.start(u"Properties");
    x.xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    x.textElement(u"Application", QStringLiteral("Nianbao"));
    x.end();
    return x.finish();
}

} // namespace

QByteArray DocxExporter::toDocx(const Report &report, const QDateTime &time, const ExportSeal *seal,
                                QString *error)
{
    ZipPackage package(time);
    package.add(QStringLiteral("[Content_Types].xml"), contentTypesXml(seal != nullptr));
    QList<Relationship> relationships = {
        {QStringLiteral("rId1"), QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
        {QStringLiteral("rId2"),
         QStringLiteral(
             "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
         QStringLiteral("docProps/core.xml")},
        {QStringLiteral("rId3"), QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")},
    };
    if (seal)
        relationships.append(Relationship{QStringLiteral("rId4"), QStringLiteral("custom-properties"),
                                          QString::fromUtf16(CustomPropertiesPart).mid(1)});
    package.add(QStringLiteral("_rels/.rels"), relationshipsXml(relationships));
    package.add(
        QStringLiteral("word/_rels/document.xml.rels"),
        relationshipsXml({
            {QStringLiteral("rId1"), QStringLiteral("styles"), QStringLiteral("styles.xml")},
            {QStringLiteral("rId2"), QStringLiteral("settings"), QStringLiteral("settings.xml")},
            {QStringLiteral("rId3"), QStringLiteral("fontTable"), QStringLiteral("fontTable.xml")},
            {QStringLiteral("rIdFooterOdd"), QStringLiteral("footer"), QStringLiteral("footer1.xml")},
            {QStringLiteral("rIdFooterEven"), QStringLiteral("footer"), QStringLiteral("footer2.xml")},
        }));
    package.add(QStringLiteral("word/document.xml"), documentXml(report));
    package.add(QStringLiteral("word/styles.xml"), stylesXml());
    package.add(QStringLiteral("word/settings.xml"), settingsXml());
    package.add(QStringLiteral("word/fontTable.xml"), fontTableXml());
    package.add(QStringLiteral("word/footer1.xml"), footerXml(true));
    package.add(QStringLiteral("word/footer2.xml"), footerXml(false));
    package.add(QStringLiteral("docProps/core.xml"), corePropertiesXml(report, time));
    package.add(QStringLiteral("docProps/app.xml"), appPropertiesXml());
    if (seal)
        package.add(QString::fromUtf16(CustomPropertiesPart).mid(1), seal->docxCustomProperties());
    return package.bytes(error);
}

QDateTime DocxExporter::createdTime(const QByteArray &package)
{
    QString unreadable;
    const std::optional<QByteArray> core =
        ZipPackage::entry(package, QStringLiteral("docProps/core.xml"), &unreadable);
    const std::optional<QString> created =
        core ? OfficeXml::firstText(*core, u"http://purl.org/dc/terms/", u"created") : std::nullopt;
    return created ? QDateTime::fromString(*created, Qt::ISODate) : QDateTime();
}

bool DocxExporter::write(const Report &report, const QString &path, QString *error)
{
    return ReportExport::write(report, ReportExport::Form::Docx, path, error);
}

} // namespace nianbao
