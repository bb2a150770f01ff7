// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxreader.h"

#include "output/zippackage.h"

#include <QHash>
#include <QXmlStreamReader>

#include <array>

namespace nianbao {

namespace {

using namespace Qt::StringLiterals;

constexpr int MaxLevels = 9;

QString attribute(const QXmlStreamReader &xml, QStringView localName)
{
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        if (attribute.name() == localName)
            return attribute.value().toString();
    }
    return {};
}

QString chineseNumber(int n)
{
    static constexpr QStringView digits = u"〇一二三四五六七八九";
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits[n];
    const int tens = n / 10;
    const int ones = n % 10;
    QString text = tens == 1 ? QString() : QString(digits[tens]);
    text += u'十';
    if (ones)
        text += digits[ones];
    return text;
}

QString formatNumber(int n, const QString &format)
{
    if (format.startsWith(u"chineseCounting") || format == u"ideographTraditional" ||
        format == u"taiwaneseCountingThousand" || format == u"japaneseCounting")
        return chineseNumber(n);
    if (format == u"ideographDigital" || format == u"taiwaneseDigital") {
        QString text = QString::number(n);
        for (QChar &c : text)
            c = u"〇一二三四五六七八九"[c.unicode() - u'0'];
        return text;
    }
    if (format == u"decimalEnclosedCircleChinese" || format == u"decimalEnclosedCircle")
        return n >= 1 && n <= 20 ? QString(QChar(0x2460 + n - 1)) : QString::number(n);
    if (format == u"decimalFullWidth" || format == u"decimalFullWidth2") {
        QString text = QString::number(n);
        for (QChar &c : text)
            c = QChar(u'０' + (c.unicode() - u'0'));
        return text;
    }
    if ((format == u"upperLetter" || format == u"lowerLetter") && n >= 1 && n <= 26)
        return QChar((format == u"upperLetter" ? u'A' : u'a') + n - 1);
    return QString::number(n);
}

/**
 * Word's automatic list numbers (numbering.xml): a heading "一、总体情况" often holds only
 * "总体情况" as text and takes "一、" from its list level.
 */
class Numbering
{
public:
    void load(const QByteArray &xmlText)
    {
        QXmlStreamReader xml(xmlText);
        QString abstractId;
        int level = -1;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QStringView name = xml.name();
            if (name == u"abstractNum") {
                abstractId = attribute(xml, u"abstractNumId");
                m_current.clear();
            } else if (name == u"lvl" && !abstractId.isEmpty()) {
                level = attribute(xml, u"ilvl").toInt();
            } else if (level >= 0 && level < MaxLevels && !abstractId.isEmpty() &&
                       (name == u"start" || name == u"numFmt" || name == u"lvlText")) {
                Level &def = m_abstract[abstractId][size_t(level)];
                const QString value = attribute(xml, u"val");
                if (name == u"start")
                    def.start = value.toInt();
                else if (name == u"numFmt")
                    def.format = value;
                else
                    def.text = value;
            } else if (name == u"num") {
                m_current = attribute(xml, u"numId");
                abstractId.clear();
                level = -1;
            } else if (name == u"abstractNumId" && !m_current.isEmpty()) {
                m_numToAbstract.insert(m_current, attribute(xml, u"val"));
            }
        }
    }

    /// The label of the next paragraph of a list level, "一、" or "（三）"; empty when none.
    QString next(const QString &numId, int level)
    {
        const QString abstractId = m_numToAbstract.value(numId);
        const auto it = m_abstract.constFind(abstractId);
        if (it == m_abstract.cend() || level < 0 || level >= MaxLevels)
            return {};
        const std::array<Level, MaxLevels> &levels = *it;
        const Level &def = levels[size_t(level)];
        if (def.format == u"bullet" || def.format == u"none" || def.text.isEmpty())
            return {};
        std::array<int, MaxLevels> &counters = m_counters[abstractId];
        counters[size_t(level)] = counters[size_t(level)] == 0 ? def.start : counters[size_t(level)] + 1;
        for (int deeper = level + 1; deeper < MaxLevels; ++deeper)
            counters[size_t(deeper)] = 0;
        QString label = def.text;
        for (int l = 0; l <= level; ++l) {
            const int value = counters[size_t(l)] == 0 ? levels[size_t(l)].start : counters[size_t(l)];
            label.replace(u'%' + QString::number(l + 1), formatNumber(value, levels[size_t(l)].format));
        }
        return label;
    }

private:
    struct Level
    {
        int start = 1;
        QString format = u"decimal"_s;
        QString text;
    };
    QHash<QString, std::array<Level, MaxLevels>> m_abstract;
    QHash<QString, QString> m_numToAbstract;
    QHash<QString, std::array<int, MaxLevels>> m_counters;
    QString m_current;
};

/** One reading of word/document.xml. */
class DocumentXml
{
public:
    DocumentXml(const QByteArray &xmlText, Numbering &numbering, LayoutText &layout)
        : m_xml(xmlText)
        , m_numbering(numbering)
        , m_layout(layout)
    {}

    bool read(QString *error)
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == u"body")
                readBlocks();
        }
        if (m_xml.hasError()) {
            *error = DocxReader::tr("the document text is damaged (%1, line %2)")
                         .arg(m_xml.errorString())
                         .arg(m_xml.lineNumber());
            return false;
        }
        return true;
    }

private:
    /// Paragraphs and tables up to the end of the current element, at the body's level.
    void readBlocks()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"p") {
                const int sourceLine = int(m_xml.lineNumber());
                m_layout.addParagraph(readParagraph(),
                                      SourcePosition::ofParagraph(++m_paragraphs, sourceLine));
            } else if (name == u"tbl") {
                readTable();
            } else if (name == u"sectPr" || name == u"Fallback") {
                m_xml.skipCurrentElement();
            } else {
                readBlocks();
            }
        }
    }

    /// Calls visit(name) for each element inside the current one, in document order; visit returns
    /// true when it has read that element to its end itself.
    template<typename Visit> void readInside(Visit visit)
    {
        for (int depth = 1; depth > 0 && !m_xml.atEnd();) {
            m_xml.readNext();
            if (m_xml.isEndElement())
                --depth;
            else if (m_xml.isStartElement() && !visit(m_xml.name()))
                ++depth;
        }
    }

    /// The text of a paragraph, its list label first.
    QString readParagraph()
    {
        QString text;
        QString numId;
        int level = 0;
        readInside([&](QStringView name) {
            if (name == u"t") {
                text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                return true;
            }
            if (name == u"Fallback" || name == u"instrText" || name == u"delText") {
                m_xml.skipCurrentElement();
                return true;
            }
            if (name == u"tab")
                text += u' ';
            else if (name == u"br" || name == u"cr" || name == u"p") // p: a text box's paragraph
                text += u'\n';
            else if (name == u"numId")
                numId = attribute(m_xml, u"val");
            else if (name == u"ilvl")
                level = attribute(m_xml, u"val").toInt();
            return false;
        });
        if (!numId.isEmpty() && numId != u"0")
            text.prepend(m_numbering.next(numId, level));
        return text;
    }

    void readTable()
    {
        const int table = ++m_tables;
        int row = 0;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"tr") {
                m_xml.skipCurrentElement();
                continue;
            }
            ++row;
            QList<LayoutCell> cells;
            int cell = 0;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() != u"tc") {
                    m_xml.skipCurrentElement();
                    continue;
                }
                const int sourceLine = int(m_xml.lineNumber());
                cells.append({readCell(), SourcePosition::ofTableCell(table, row, ++cell, sourceLine)});
            }
            m_layout.addRow(cells);
        }
    }

    /// A cell's paragraphs (and nested tables) as one text; empty for a cell continued from above.
    QString readCell()
    {
        QStringList paragraphs;
        bool continued = false;
        readInside([&](QStringView name) {
            if (name == u"p") {
                paragraphs.append(readParagraph());
                return true;
            }
            if (name == u"Fallback") {
                m_xml.skipCurrentElement();
                return true;
            }
            if (name == u"vMerge") {
                const QString value = attribute(m_xml, u"val");
                continued = value.isEmpty() || value == u"continue";
            }
            return false;
        });
        return continued ? QString() : paragraphs.join(u'\n');
    }

    QXmlStreamReader m_xml;
    Numbering &m_numbering;
    LayoutText &m_layout;
    int m_paragraphs = 0;
    int m_tables = 0;
};

} // namespace

bool DocxReader::read(const QByteArray &bytes, LayoutText *layout, QString *error)
{
    const std::optional<QList<std::optional<QByteArray>>> files =
        ZipPackage::files(bytes, {u"word/document.xml"_s, u"word/numbering.xml"_s, u"content.xml"_s}, error);
    if (!files)
        return false;
    const std::optional<QByteArray> &document = files->at(0);
    if (!document) {
        *error = files->at(2)
                     ? tr("it is an OpenDocument file (.odt), which Nianbao does not read: save it as .docx")
                     : tr("it is a zip file without a Word document in it");
        return false;
    }
    Numbering numbering;
    if (const std::optional<QByteArray> &numberingFile = files->at(1))
        numbering.load(*numberingFile);
    return DocumentXml(*document, numbering, *layout).read(error);
}

} // namespace nianbao
