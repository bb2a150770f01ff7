// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextrepair.h"

#include <QFont>
#include <QRawFont>
#include <QSet>

namespace nianbao {

namespace {

// CJK Radicals Supplement and Kangxi Radicals.
constexpr char16_t FirstRadical = 0x2E80;
constexpr char16_t LastRadical = 0x2FDF;

quint32 glyphOf(const QRawFont &font, char16_t character)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(character)));
    return glyphs.isEmpty() ? 0 : glyphs.constFirst();
}

} // namespace

QHash<char16_t, char16_t> PdfTextRepair::radicalTwins(const QString &text, const QStringList &families)
{
    QSet<char16_t> ideographs;
    for (const QChar character : text) {
        if (character.unicode() > LastRadical && character.script() == QChar::Script_Han)
            ideographs.insert(character.unicode());
    }
    QHash<char16_t, char16_t> twins;
    for (const QString &family : families) {
        const QRawFont font = QRawFont::fromFont(QFont(family));
        if (!font.isValid())
            continue;
        QHash<quint32, char16_t> byGlyph;
        for (char16_t ideograph : std::as_const(ideographs)) {
            if (const quint32 glyph = glyphOf(font, ideograph))
                byGlyph.insert(glyph, ideograph);
        }
        for (char16_t radical = FirstRadical; radical <= LastRadical; ++radical) {
            const quint32 glyph = glyphOf(font, radical);
            if (glyph != 0 && byGlyph.contains(glyph) && !twins.contains(radical))
                twins.insert(radical, byGlyph.value(glyph));
        }
    }
    return twins;
}

int PdfTextRepair::repair(QByteArray &pdf, const QHash<char16_t, char16_t> &twins)
{
    int changed = 0;
    qsizetype position = 0;
    while ((position = pdf.indexOf("beginbfrange", position)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", position);
        if (end < 0)
            break;
        // Every "<XXXX>" destination of the map: four hex digits, rewritten with four hex digits.
        for (qsizetype i = pdf.indexOf('<', position); i >= 0 && i + 5 < end; i = pdf.indexOf('<', i + 1)) {
            if (pdf.at(i + 5) != '>')
                continue;
            bool ok = false;
            const uint code = pdf.mid(i + 1, 4).toUInt(&ok, 16);
            if (!ok || !twins.contains(char16_t(code)))
                continue;
            const QByteArray replacement =
                QByteArray::number(twins.value(char16_t(code)), 16).toUpper().rightJustified(4, '0');
            pdf.replace(i + 1, 4, replacement);
            ++changed;
        }
        position = end;
    }
    return changed;
}

} // namespace nianbao
