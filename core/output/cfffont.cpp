// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cfffont.h"

#include "cffwriter.h"

#include <array>

namespace nianbao {

namespace {

using namespace cff;

// Most glyphs of a CJK face are one em wide: their charstrings leave the width out.
constexpr int DefaultWidth = 1000;
// A Type 2 charstring takes at most 48 arguments.
constexpr int MaxArguments = 48;

// Type 2 operators.
constexpr int RLineTo = 5;
constexpr int RRCurveTo = 8;
constexpr int EndChar = 14;
constexpr int RMoveTo = 21;

// Collects the arguments of a run of like operators (lines, curves) into one operator each 48.
class Charstring
{
public:
    explicit Charstring(qreal advance)
        : m_width(qRound(advance))
    {
        m_bytes.reserve(512);
    }

    void moveTo(QPointF to)
    {
        flush();
        widthFirst();
        point(to);
        writeOperator(RMoveTo);
    }

    void lineTo(QPointF to)
    {
        begin(RLineTo, 2);
        point(to);
    }

    void curveTo(QPointF c1, QPointF c2, QPointF to)
    {
        begin(RRCurveTo, 6);
        point(c1);
        point(c2);
        point(to);
    }

    QByteArray finish()
    {
        flush();
        widthFirst();
        op(m_bytes, EndChar);
        return m_bytes;
    }

private:
    // Outlines come y downwards at 1000 pixels: rounded to whole units, y upwards.
    void point(QPointF to)
    {
        const int x = qRound(to.x());
        const int y = -qRound(to.y());
        m_arguments[m_count++] = x - m_x;
        m_arguments[m_count++] = y - m_y;
        m_x = x;
        m_y = y;
    }

    void begin(int code, int arguments)
    {
        if (m_pending != code || m_count + arguments > MaxArguments)
            flush();
        m_pending = code;
    }

    void flush()
    {
        if (m_pending >= 0)
            writeOperator(m_pending);
        m_pending = -1;
    }

    void writeOperator(int code)
    {
        for (int i = 0; i < m_count; ++i)
            number(m_bytes, m_arguments[i], true);
        m_count = 0;
        op(m_bytes, code);
    }

    // The width goes before the arguments of the first operator that clears the stack.
    void widthFirst()
    {
        if (m_widthWritten)
            return;
        m_widthWritten = true;
        if (m_width != DefaultWidth)
            number(m_bytes, m_width, true);
    }

    QByteArray m_bytes;
    std::array<int, MaxArguments> m_arguments{};
    int m_count = 0;
    int m_pending = -1;
    int m_x = 0;
    int m_y = 0;
    int m_width;
    bool m_widthWritten = false;
};

QByteArray charstring(const CffFont::Glyph &glyph)
{
    Charstring out(glyph.advance);
    const QPainterPath &path = glyph.outline;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            out.moveTo(element);
            break;
        case QPainterPath::LineToElement:
            out.lineTo(element);
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 < path.elementCount()) {
                out.curveTo(element, path.elementAt(i + 1), path.elementAt(i + 2));
                i += 2;
            }
            break;
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    return out.finish();
}

} // namespace

QRectF CffFont::boundingBox(const QList<Glyph> &glyphs)
{
    QRectF box;
    for (const Glyph &glyph : glyphs) {
        if (!glyph.outline.isEmpty())
            box = box.united(glyph.outline.controlPointRect());
    }
    // y upwards.
    return QRectF(QPointF(box.left(), -box.bottom()), QPointF(box.right(), -box.top()));
}

QByteArray CffFont::build(const QByteArray &name, const QList<Glyph> &glyphs)
{
    QList<QByteArray> charstrings;
    charstrings.reserve(glyphs.size());
    for (const Glyph &glyph : glyphs)
        charstrings.append(charstring(glyph));
    FontDict fontDict;
    number(fontDict.privateDict, DefaultWidth);
    op(fontDict.privateDict, 20); // defaultWidthX
    const QRectF box = boundingBox(glyphs);
    return cidKeyedFont(name, charstrings, {fontDict}, {},
                        {qRound(box.left()), qRound(box.top()), qRound(box.right()), qRound(box.bottom())});
}

} // namespace nianbao
