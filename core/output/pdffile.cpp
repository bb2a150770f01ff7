// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffile.h"

#include "cfffont.h"
#include "cffsubset.h"
#include "fonttable.h"
#include "pagedreport.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRawFont>
#include <QThread>

#include <libdeflate.h>

#include <atomic>
#include <functional>
#include <memory>
#include <new>
#include <thread>
#include <vector>

namespace nianbao {

namespace {

constexpr qreal Scale = PagedReport::Scale;
// Glyph space: outlines and widths in thousandths of an em.
constexpr int GlyphUnits = 1000;

/// A number as PDF writes it: at most two decimals, no trailing zeros.
void number(QByteArray &out, qreal value)
{
    qint64 hundredths = qRound64(value * 100);
    if (hundredths < 0) {
        out.append('-');
        hundredths = -hundredths;
    }
    out.append(QByteArray::number(hundredths / 100));
    if (const int fraction = int(hundredths % 100)) {
        out.append('.');
        out.append(char('0' + fraction / 10));
        if (fraction % 10)
            out.append(char('0' + fraction % 10));
    }
}

void hex4(QByteArray &out, uint value)
{
    static const char digits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4)
        out.append(digits[(value >> shift) & 0xf]);
}

/// Text as a PDF text string: UTF-16BE with its byte order mark, in hex.
QByteArray textString(const QString &text)
{
    QByteArray out("<FEFF");
    for (const QChar character : text)
        hex4(out, character.unicode());
    out.append('>');
    return out;
}

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *compressor) const { libdeflate_free_compressor(compressor); }
};

/// The zlib stream PDF's FlateDecode reads. libdeflate rather than zlib (qCompress): the body face's
/// subset, the longest job of a PDF, is deflated about three times as fast, and at this level the
/// streams come out no larger than zlib's fastest level made them (docs/development.md).
QByteArray deflated(const QByteArray &data)
{
    constexpr int Level = 4;
    thread_local const std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
        libdeflate_alloc_compressor(Level));
    if (!compressor)
        throw std::bad_alloc();
    QByteArray out(qsizetype(libdeflate_zlib_compress_bound(compressor.get(), size_t(data.size()))),
                   Qt::Uninitialized);
    // Never 0 (too small a buffer) with the bound's room.
    out.truncate(qsizetype(libdeflate_zlib_compress(compressor.get(), data.constData(), size_t(data.size()),
                                                    out.data(), size_t(out.size()))));
    return out;
}

/// A face as embedded: its glyphs numbered as CIDs in the order they were first met.
struct Font
{
    QRawFont raw;                        ///< at the size it was first laid out in: the face, or its stand-in
    std::optional<LayoutFace> standInOf; ///< the face, where raw is its stand-in
    QHash<quint32, int> cids;
    QList<quint32> glyphs;
    QList<qreal> widths;
    QStringList text; ///< what each glyph stands for, for the ToUnicode map
};

class Fonts
{
public:
    /// The face's number; `standInOf` is the face where `raw` is its stand-in (whose names and
    /// metrics are the face's).
    int fontOf(const QRawFont &raw, const std::optional<LayoutFace> &standInOf)
    {
        const QString key = faceKey(raw);
        const auto found = m_byKey.constFind(key);
        if (found != m_byKey.constEnd())
            return *found;
        Font font;
        font.raw = raw;
        font.standInOf = standInOf;
        // CID 0 is the .notdef glyph.
        font.cids.insert(0, 0);
        font.glyphs.append(0);
        font.widths.append(0);
        font.text.append(QString());
        m_fonts.append(std::move(font));
        m_byKey.insert(key, int(m_fonts.size()) - 1);
        return int(m_fonts.size()) - 1;
    }

    /// The CID of a glyph, numbered when first met with the characters it was set for; `sized` is
    /// the face at the size it was laid out in.
    template<typename Characters>
    int cid(Font &font, const QRawFont &sized, quint32 glyph, Characters characters)
    {
        const auto found = font.cids.constFind(glyph);
        if (found != font.cids.constEnd())
            return *found;
        // The layout measured the glyph at its size already: its advance is cached there, while
        // the face at 1000 pixels would load the glyph once more.
        QPointF advance;
        sized.advancesForGlyphIndexes(&glyph, &advance, 1, QRawFont::UseDesignMetrics);
        const int cid = int(font.glyphs.size());
        font.cids.insert(glyph, cid);
        font.glyphs.append(glyph);
        font.widths.append(advance.x() * GlyphUnits / sized.pixelSize());
        font.text.append(characters());
        return cid;
    }

    QList<Font> &fonts() { return m_fonts; }

private:
    QList<Font> m_fonts;
    QHash<QString, int> m_byKey;
};

/// The characters glyph i of a run stands for: from its place in the text to the next glyph's.
QString charactersOf(const QGlyphRun &run, const QList<qsizetype> &indexes, qsizetype i)
{
    if (indexes.isEmpty())
        return {};
    const QString source = run.sourceString();
    const qsizetype from = indexes[i];
    qsizetype to = from + 1;
    for (qsizetype next = i + 1; next < indexes.size(); ++next) {
        if (indexes[next] > from) {
            to = indexes[next];
            break;
        }
        if (indexes[next] == from)
            return {}; // a glyph after the first of its character
    }
    if (to == from + 1 && from + 1 < source.size() && source.at(from).isHighSurrogate())
        ++to;
    QString characters = source.mid(from, std::min<qsizetype>(to - from, 8));
    characters.remove(QChar(QChar::LineSeparator));
    return characters;
}

class PageContent
{
public:
    PageContent(Fonts &fonts, qreal pageHeight)
        : m_fonts(fonts)
        , m_pageHeight(pageHeight)
    {}

    void text(const PagedReport::Text &text)
    {
        const QGlyphRun &run = text.run;
        const QList<quint32> glyphs = run.glyphIndexes();
        // A run without a font has nothing to draw with (no face was found for its text).
        if (glyphs.isEmpty() || !run.rawFont().isValid())
            return;
        const QList<QPointF> positions = run.positions();
        const QList<qsizetype> indexes = run.stringIndexes();
        // The font the layout measured the glyphs in: asking the face would load each glyph.
        const QRawFont sized = run.rawFont();
        const int fontIndex = m_fonts.fontOf(sized, text.standInOf);
        Font &font = m_fonts.fonts()[fontIndex];
        const qreal size = sized.pixelSize() / Scale;
        if (!m_inText) {
            m_out.append("BT\n");
            m_inText = true;
        }
        if (fontIndex != m_font || size != m_size) {
            m_out.append("/F");
            m_out.append(QByteArray::number(fontIndex + 1));
            m_out.append(' ');
            number(m_out, size);
            m_out.append(" Tf\n");
            m_font = fontIndex;
            m_size = size;
        }
        qreal pen = 0; // where PDF puts the next glyph, points
        qreal baseline = -1e9;
        bool inString = false;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const qreal x = text.origin.x() + positions[i].x() / Scale;
            const qreal y = m_pageHeight - (text.origin.y() + positions[i].y() / Scale);
            if (std::abs(y - baseline) > 0.005) {
                if (inString)
                    m_out.append(">] TJ\n");
                inString = false;
                m_out.append("1 0 0 1 ");
                number(m_out, x);
                m_out.append(' ');
                number(m_out, y);
                m_out.append(" Tm\n");
                baseline = y;
                pen = x;
            }
            // TJ moves the next glyph back by its number in thousandths of the size.
            const qreal shift = std::round((pen - x) * GlyphUnits / size * 100) / 100;
            if (shift != 0 && inString) {
                m_out.append('>');
                number(m_out, shift);
                m_out.append('<');
            } else if (!inString) {
                m_out.append("[<");
                inString = true;
            }
            const int cid =
                m_fonts.cid(font, sized, glyphs[i], [&] { return charactersOf(run, indexes, i); });
            hex4(m_out, uint(cid));
            pen = pen - shift * size / GlyphUnits + font.widths[cid] * size / GlyphUnits;
        }
        if (inString)
            m_out.append(">] TJ\n");
    }

    void rules(const QList<QLineF> &rules)
    {
        endText();
        if (rules.isEmpty())
            return;
        m_out.append("0 G ");
        number(m_out, PagedReport::RuleWidth);
        m_out.append(" w 2 J\n");
        for (const QLineF &line : rules) {
            number(m_out, line.x1());
            m_out.append(' ');
            number(m_out, m_pageHeight - line.y1());
            m_out.append(" m ");
            number(m_out, line.x2());
            m_out.append(' ');
            number(m_out, m_pageHeight - line.y2());
            m_out.append(" l\n");
        }
        m_out.append("S\n");
    }

    QByteArray finish()
    {
        endText();
        return m_out;
    }

private:
    void endText()
    {
        if (m_inText)
            m_out.append("ET\n");
        m_inText = false;
        m_font = -1;
    }

    Fonts &m_fonts;
    qreal m_pageHeight;
    QByteArray m_out;
    bool m_inText = false;
    int m_font = -1;
    qreal m_size = 0;
};

/// The objects of the file, numbered ahead so that they may refer to each other in any order.
class Objects
{
public:
    Objects() { m_out.append("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); }

    int reserve()
    {
        m_offsets.append(-1);
        return int(m_offsets.size());
    }

    void object(int id, const QByteArray &body)
    {
        m_offsets[id - 1] = m_out.size();
        m_out.append(QByteArray::number(id));
        m_out.append(" 0 obj\n");
        m_out.append(body);
        m_out.append("\nendobj\n");
    }

    /// A stream object of data already deflated.
    void stream(int id, const QByteArray &packed, const QByteArray &entries = {})
    {
        QByteArray body("<< /Length ");
        body.append(QByteArray::number(packed.size()));
        body.append(" /Filter /FlateDecode");
        body.append(entries);
        body.append(" >>\nstream\n");
        body.append(packed);
        body.append("\nendstream");
        object(id, body);
    }

    QByteArray finish(int root, int info, const QByteArray &id)
    {
        const qint64 xref = m_out.size();
        m_out.append("xref\n0 ");
        m_out.append(QByteArray::number(m_offsets.size() + 1));
        m_out.append("\n0000000000 65535 f \n");
        for (qint64 offset : std::as_const(m_offsets))
            m_out.append(QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n");
        m_out.append("trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root " +
                     QByteArray::number(root) + " 0 R /Info " + QByteArray::number(info) + " 0 R /ID [<" +
                     id + "> <" + id + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n");
        return m_out;
    }

private:
    QByteArray m_out;
    QList<qint64> m_offsets;
};

QByteArray reference(int id)
{
    return QByteArray::number(id) + " 0 R";
}

/// A name PDF and CFF accept (letters, digits and hyphens), with the subset tag PDF asks for.
QByteArray fontName(const Font &font, int index)
{
    QByteArray base;
    const QString family = font.raw.familyName() + u'-' + font.raw.styleName();
    for (const QChar character : family) {
        if (character.unicode() < 128 && (character.isLetterOrNumber() || character == u'-'))
            base.append(char(character.unicode()));
    }
    if (base.isEmpty() || base == "-")
        base = "NianbaoFont" + QByteArray::number(index);
    // Six capital letters that tell this subset from others of the face.
    QByteArray glyphs;
    for (quint32 glyph : font.glyphs)
        glyphs.append(reinterpret_cast<const char *>(&glyph), sizeof glyph);
    const QByteArray hash = QCryptographicHash::hash(glyphs, QCryptographicHash::Md5);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag.append(char('A' + uchar(hash.at(i)) % 26));
    return tag + '+' + base;
}

QByteArray toUnicode(const Font &font)
{
    QByteArray map("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                   "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                   "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    QList<int> mapped;
    for (int cid = 1; cid < font.text.size(); ++cid) {
        if (!font.text[cid].isEmpty())
            mapped.append(cid);
    }
    // At most 100 entries to a block.
    for (qsizetype start = 0; start < mapped.size(); start += 100) {
        const qsizetype end = std::min(mapped.size(), start + 100);
        map.append(QByteArray::number(end - start) + " beginbfchar\n");
        for (qsizetype i = start; i < end; ++i) {
            map.append('<');
            hex4(map, uint(mapped[i]));
            map.append("> <");
            for (const QChar character : font.text[mapped[i]])
                hex4(map, character.unicode());
            map.append(">\n");
        }
        map.append("endbfchar\n");
    }
    map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return map;
}

/// What the embedding of a face takes beyond the face itself: its subset's name, the font program of
/// the glyphs it set with the face's bounding box, and its ToUnicode map, both deflated. Built on
/// several threads: whatever asks the face (QRawFont, which belongs to the thread that laid the
/// report out) is read first on this one, the rest is bytes.
struct EmbeddedFont
{
    QByteArray name;
    std::unique_ptr<FontTable> cffTable; ///< the face's `CFF ` table, when its glyphs are 1000 units
    QByteArray program;
    QList<int> box;
    QByteArray unicode;
};

EmbeddedFont prepared(const Font &font, int index)
{
    EmbeddedFont embedded;
    embedded.name = fontName(font, index);
    if (font.raw.unitsPerEm() == GlyphUnits)
        embedded.cffTable = font.standInOf ? std::make_unique<FontTable>(font.standInOf->fontFace(), "CFF ")
                                           : std::make_unique<FontTable>(font.raw, "CFF ");
    return embedded;
}

/// The face's own CFF charstrings of the glyphs it set; empty where it has none that CffSubset reads.
void subsetProgram(const Font &font, EmbeddedFont &embedded)
{
    if (!embedded.cffTable)
        return;
    const FontTable &table = *embedded.cffTable;
    const CffSubset cff(table.data(), [&table](qsizetype at, qsizetype length, char *into) {
        return table.read(at, length, into);
    });
    if (!cff.isValid())
        return;
    QByteArray program = cff.subset(embedded.name.mid(7), font.glyphs);
    if (program.isEmpty())
        return;
    embedded.program = deflated(program);
    embedded.box = cff.boundingBox();
}

/// The glyphs' outlines drawn as CFF charstrings, for a face without CFF charstrings of its own.
void outlineProgram(const Font &font, EmbeddedFont &embedded)
{
    QRawFont outlines = font.standInOf ? font.standInOf->face() : font.raw;
    outlines.setPixelSize(GlyphUnits);
    QList<CffFont::Glyph> glyphs;
    glyphs.reserve(font.glyphs.size());
    for (qsizetype cid = 0; cid < font.glyphs.size(); ++cid)
        glyphs.append(CffFont::Glyph{outlines.pathForGlyph(font.glyphs[cid]), font.widths[cid]});
    const QRectF box = CffFont::boundingBox(glyphs);
    embedded.program = deflated(CffFont::build(embedded.name.mid(7), glyphs));
    embedded.box = {qRound(box.left()), qRound(box.top()), qRound(box.right()), qRound(box.bottom())};
}

/// Runs the jobs on up to `threads` threads (this one among them) and returns when all are done.
void runOnThreads(const std::vector<std::function<void()>> &jobs, int threads)
{
    std::atomic<size_t> next = 0;
    const auto work = [&] {
        for (size_t job = next++; job < jobs.size(); job = next++)
            jobs[job]();
    };
    std::vector<std::jthread> helpers;
    const size_t used = std::min<size_t>(size_t(std::max(threads, 1)), jobs.size());
    for (size_t helper = 1; helper < used; ++helper)
        helpers.emplace_back(work);
    work();
}

void embed(Objects &objects, const Font &font, const EmbeddedFont &embedded, int fontId)
{
    const int descendant = objects.reserve();
    const int descriptor = objects.reserve();
    const int program = objects.reserve();
    const int unicode = objects.reserve();
    const QByteArray &name = embedded.name;
    const QList<int> &box = embedded.box;

    objects.stream(program, embedded.program, " /Subtype /CIDFontType0C");
    objects.stream(unicode, embedded.unicode);

    // Metrics in glyph space, from the face at the size it was laid out in.
    const qreal toGlyphSpace = GlyphUnits / font.raw.pixelSize();
    QByteArray descriptorBody("<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox [");
    for (int value : box) {
        number(descriptorBody, value);
        descriptorBody.append(' ');
    }
    descriptorBody.append("] /ItalicAngle 0 /Ascent ");
    number(descriptorBody, std::round(font.raw.ascent() * toGlyphSpace));
    descriptorBody.append(" /Descent ");
    number(descriptorBody, -std::round(font.raw.descent() * toGlyphSpace));
    descriptorBody.append(" /CapHeight ");
    number(descriptorBody, std::round(font.raw.capHeight() * toGlyphSpace));
    descriptorBody.append(" /StemV 80 /FontFile3 " + reference(program) + " >>");
    objects.object(descriptor, descriptorBody);

    QByteArray widths("[");
    for (qreal width : font.widths) {
        number(widths, std::round(width));
        widths.append(' ');
    }
    widths.append(']');
    objects.object(descendant,
                   "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /" + name +
                       " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                       " /FontDescriptor " +
                       reference(descriptor) + " /DW 1000 /W [0 " + widths + "] >>");
    objects.object(fontId, "<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                               " /Encoding /Identity-H /DescendantFonts [" + reference(descendant) +
                               "] /ToUnicode " + reference(unicode) + " >>");
}

QByteArray pdfDate(const QDateTime &time)
{
    return "(D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

QByteArray PdfFile::write(const PagedReport &report, const Metadata &metadata, int threads)
{
    // The pages' content numbers the glyphs in the order met, so it is written in order; deflating
    // it and cutting the faces' subsets, most of the time, is done on the machine's cores.
    Fonts fonts;
    QList<QByteArray> contents;
    for (const PagedReport::Page &page : report.pages) {
        PageContent content(fonts, report.pageSize.height());
        for (const PagedReport::Text &text : page.text)
            content.text(text);
        content.rules(page.rules);
        contents.append(content.finish());
    }
    std::vector<EmbeddedFont> embedded;
    for (qsizetype index = 0; index < fonts.fonts().size(); ++index)
        embedded.push_back(prepared(fonts.fonts()[index], int(index)));
    std::vector<std::function<void()>> jobs;
    for (size_t index = 0; index < embedded.size(); ++index) {
        const Font &font = fonts.fonts()[qsizetype(index)];
        EmbeddedFont &target = embedded[index];
        jobs.emplace_back([&font, &target] { subsetProgram(font, target); });
        jobs.emplace_back([&font, &target] { target.unicode = deflated(toUnicode(font)); });
    }
    for (QByteArray &content : contents)
        jobs.emplace_back([&content] { content = deflated(content); });
    runOnThreads(jobs, threads > 0 ? threads : QThread::idealThreadCount());
    for (size_t index = 0; index < embedded.size(); ++index) {
        if (embedded[index].program.isEmpty())
            outlineProgram(fonts.fonts()[qsizetype(index)], embedded[index]);
    }

    Objects objects;
    const int catalog = objects.reserve();
    const int pageTree = objects.reserve();
    const int info = objects.reserve();
    const int resources = objects.reserve();

    QByteArray kids;
    for (qsizetype pageIndex = 0; pageIndex < report.pages.size(); ++pageIndex) {
        const int pageId = objects.reserve();
        const int contentId = objects.reserve();
        objects.stream(contentId, contents[pageIndex]);
        QByteArray body("<< /Type /Page /Parent " + reference(pageTree) + " /MediaBox [0 0 ");
        number(body, report.pageSize.width());
        body.append(' ');
        number(body, report.pageSize.height());
        body.append("] /Resources " + reference(resources) + " /Contents " + reference(contentId) + " >>");
        objects.object(pageId, body);
        kids.append(reference(pageId) + ' ');
    }

    QByteArray fontResources("<< ");
    for (qsizetype index = 0; index < fonts.fonts().size(); ++index) {
        const int fontId = objects.reserve();
        embed(objects, fonts.fonts()[index], embedded[size_t(index)], fontId);
        fontResources.append("/F" + QByteArray::number(index + 1) + ' ' + reference(fontId) + ' ');
    }
    fontResources.append(">>");
    objects.object(resources, "<< /Font " + fontResources + " /ProcSet [/PDF /Text] >>");
    objects.object(pageTree, "<< /Type /Pages /Kids [" + kids + "] /Count " +
                                 QByteArray::number(report.pages.size()) + " >>");
    QByteArray catalogBody("<< /Type /Catalog /Pages " + reference(pageTree));
    if (!metadata.xmp.isEmpty()) {
        // Uncompressed, as PDF/A asks, so that tools that do not inflate streams read it.
        const int xmp = objects.reserve();
        objects.object(xmp, "<< /Type /Metadata /Subtype /XML /Length " +
                                QByteArray::number(metadata.xmp.size()) + " >>\nstream\n" + metadata.xmp +
                                "\nendstream");
        catalogBody.append(" /Metadata " + reference(xmp));
    }
    objects.object(catalog, catalogBody + " >>");
    QByteArray infoBody("<< /Title " + textString(metadata.title) + " /Author " +
                        textString(metadata.author) + " /Creator (Nianbao) /Producer (Nianbao)");
    if (metadata.created.isValid())
        infoBody.append(" /CreationDate " + pdfDate(metadata.created));
    infoBody.append(" >>");
    objects.object(info, infoBody);
    const QByteArray id =
        (metadata.documentId.isEmpty()
             ? QCryptographicHash::hash((metadata.title + metadata.created.toString(Qt::ISODate)).toUtf8(),
                                        QCryptographicHash::Md5)
             : metadata.documentId)
            .toHex()
            .toUpper();
    return objects.finish(catalog, info, id);
}

} // namespace nianbao
