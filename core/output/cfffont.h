// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace nianbao {

/**
 * A font program with just the glyphs a document uses, in the Compact Font Format (CFF, Adobe
 * TN 5176) as PDF embeds it (`/FontFile3 /Subtype /CIDFontType0C`): CID-keyed, glyph n being CID n,
 * each glyph's outline written as a Type 2 charstring (TN 5177) from its path.
 *
 * Why not let Qt's PDF writer embed the fonts: it rewrites every glyph as a TrueType outline,
 * turning each cubic curve of the CJK faces into quadratic ones, which took most of the time of a
 * report's PDF; Type 2 charstrings take the cubic curves as they are, and are smaller.
 */
class CffFont
{
public:
    /// A glyph's outline in units of 1/1000 em, y downwards (as QRawFont gives it at 1000 pixels),
    /// and its advance.
    struct Glyph
    {
        QPainterPath outline;
        qreal advance = 0;
    };

    /// The font program; glyphs[0] is the .notdef glyph.
    static QByteArray build(const QByteArray &name, const QList<Glyph> &glyphs);
    /// The bounding box of the glyphs in PDF glyph space (y upwards), for the font descriptor.
    static QRectF boundingBox(const QList<Glyph> &glyphs);
};

} // namespace nianbao
