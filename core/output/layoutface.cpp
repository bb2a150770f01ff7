// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutface.h"

#include "fonttable.h"
#include "standinfile.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QTextLayout>
#include <QtEndian>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <optional>
#include <vector>

namespace nianbao {

namespace {

bool s_enabled = true;

} // namespace

/// The characters of the Basic Multilingual Plane a stand-in has, as far as asked: asking the face
/// is a search of its `cmap` each time, and covers() asks for every character of every text.
struct LayoutFace::Coverage
{
    std::bitset<0x10000> asked;
    std::bitset<0x10000> has;
};

namespace {

struct StandIn
{
    QRawFont font;
    std::shared_ptr<const StandInFile> file;
    std::shared_ptr<LayoutFace::Coverage> coverage;
};

struct Faces
{
    QFont font;
    QRawFont face;
    StandIn standIn;
};

/// The faces and their stand-ins met so far, by font and by face.
struct Known
{
    QHash<QString, Faces> faces;
    QHash<QString, StandIn> standIns;
    /// Every stand-in file read: a QRawFont of it does not keep its bytes, only points at them.
    std::vector<std::shared_ptr<const StandInFile>> files;
};

Known &known()
{
    static Known s_known;
    return s_known;
}

/// The face's stand-in at its pixel size, read or built once per face and process.
StandIn standInFor(const QRawFont &face, const QFont &font)
{
    // Where Qt draws the face bold or slanted itself, its advances are not the face's own.
    if (font.style() != QFont::StyleNormal)
        return {};
    QHash<QString, StandIn> &standIns = known().standIns;
    const QString key = face.familyName() + u'\n' + face.styleName() + u'\n' + QString::number(face.weight());
    auto found = standIns.find(key);
    if (found == standIns.end()) {
        StandIn standIn;
        const FontFace file(face);
        const std::optional<QByteArrayView> os2 = file.table("OS/2");
        const std::optional<QByteArrayView> head = file.table("head");
        // fsSelection bit 5 and macStyle bit 0: the face is bold (FreeType's FT_STYLE_FLAG_BOLD).
        const bool bold =
            (os2 && os2->size() >= 64)
                ? (qFromBigEndian<quint16>(os2->data() + 62) & 0x20) != 0
                : (head && head->size() >= 46 && (qFromBigEndian<quint16>(head->data() + 44) & 1) != 0);
        if (font.weight() < QFont::Bold || bold) {
            standIn.file = StandInFile::of(file);
            if (standIn.file) {
                known().files.push_back(standIn.file);
                standIn.font = QRawFont(standIn.file->font(), face.pixelSize(), QFont::PreferNoHinting);
                standIn.coverage = std::make_shared<LayoutFace::Coverage>();
            }
        }
        found = standIns.insert(key, standIn);
    }
    if (!found->font.isValid())
        return {};
    StandIn sized = *found;
    if (sized.font.pixelSize() != face.pixelSize())
        sized.font.setPixelSize(face.pixelSize());
    return sized;
}

} // namespace

LayoutFace LayoutFace::of(const QFont &font)
{
    QHash<QString, Faces> &known = nianbao::known().faces;
    const QString key = font.families().join(u'\n') + u'\n' + QString::number(font.pixelSize()) + u'\n' +
                        QString::number(font.weight()) + u'\n' + QString::number(int(font.style()));
    auto found = known.constFind(key);
    if (found == known.constEnd()) {
        Faces faces;
        faces.font = font;
        faces.face = QRawFont::fromFont(font);
        if (faces.face.isValid())
            faces.standIn = standInFor(faces.face, font);
        found = known.insert(key, faces);
    }
    LayoutFace face;
    face.m_font = found->font;
    face.m_face = found->face;
    if (s_enabled) {
        face.m_standIn = found->standIn.font;
        face.m_file = found->standIn.file;
        face.m_coverage = found->standIn.coverage;
    }
    return face;
}

bool LayoutFace::covers(const QString &text) const
{
    if (!m_standIn.isValid())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t character = text.at(i).unicode();
        if (QChar::isHighSurrogate(character) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            character = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (character == QChar::LineSeparator)
            continue;
        switch (QChar::category(character)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            // Qt may take another face for these, or for the character before them.
            return false;
        default:
            break;
        }
        if (character >= 0x1F000)
            return false;
        if (character >= 0x10000 || !m_coverage) {
            if (!m_standIn.supportsCharacter(uint(character)))
                return false;
            continue;
        }
        if (!m_coverage->asked[character]) {
            m_coverage->asked[character] = true;
            m_coverage->has[character] = m_standIn.supportsCharacter(uint(character));
        }
        if (!m_coverage->has[character])
            return false;
    }
    return true;
}

std::optional<LayoutFace::LineEnd> LayoutFace::lineEnd(const QString &text, int start, int length) const
{
    int end = start + length;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end == start)
        return LineEnd{};
    const QChar last = text.at(end - 1);
    if (last.isSurrogate())
        return std::nullopt;
    const QList<quint32> glyphs = m_face.glyphIndexesForString(QString(last));
    if (glyphs.size() != 1)
        return std::nullopt;
    LineEnd lineEnd{end - 1, glyphs.constFirst(), 0};
    if (!inksWithinAdvance(lineEnd.glyph))
        lineEnd.overhang = std::max(qreal(0), -QFontMetricsF(m_font).rightBearing(last));
    return lineEnd;
}

bool LayoutFace::inksWithinAdvance(quint32 glyph) const
{
    if (!m_file)
        return false;
    const std::optional<qreal> right = m_file->inkRight(glyph);
    const std::optional<quint16> advance = m_file->advance(glyph);
    if (!right || !advance)
        return false;
    // FreeType's arithmetic (FT_DivFix, FT_MulFix, in 26.6 pixels): Qt takes the advance rounded to
    // a whole pixel and the control box's right edge rounded up to one; the edge is allowed two
    // 64ths for the charstring engine's own rounding.
    const qint64 ppem = qRound64(m_face.pixelSize());
    const qint64 units = m_face.unitsPerEm();
    const qint64 scale = ((ppem << 22) + units / 2) / units;
    const qint64 whole = (((qint64(*advance) * scale + 0x8000) >> 16) + 32) >> 6;
    const qint64 edge = ((qint64(std::ceil(*right)) * scale + 0x8000) >> 16) + 2;
    return edge <= whole * 64;
}

std::optional<qreal> LayoutFace::inkRight(quint32 glyph) const
{
    const std::optional<qreal> right = m_file ? m_file->inkRight(glyph) : std::nullopt;
    if (!right)
        return std::nullopt;
    return *right * m_face.pixelSize() / m_face.unitsPerEm();
}

bool LayoutFace::isEnabled()
{
    return s_enabled;
}

void LayoutFace::setEnabled(bool enabled)
{
    s_enabled = enabled;
}

void LayoutFace::forgetFaces()
{
    known().faces.clear();
    known().standIns.clear();
}

} // namespace nianbao
