// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>
#include <optional>

namespace nianbao {

/**
 * The CFF font program of an OpenType/CFF face (the `CFF ` table, Adobe TN 5176) cut down to the
 * glyphs a document uses, as PDF embeds it (`/FontFile3 /Subtype /CIDFontType0C`): CID-keyed, the
 * n-th glyph asked for being CID n. Each glyph keeps its own charstring, hints included, with the
 * subroutines it calls written in place (so no subroutine of the whole face need come along), and
 * the private dictionary of its font DICT.
 *
 * This is how the CJK faces most machines have (Noto CJK, Source Han) are embedded: copying a
 * charstring costs a few thousand instructions, where loading the glyph through FreeType to draw it
 * again as a path cost some eighty thousand. Faces with TrueType outlines have no `CFF ` table and
 * go through CffFont.
 */
class CffSubset
{
public:
    /// Copies `length` bytes of the table from `at` into `into`; false when they cannot be read.
    using TableReader = std::function<bool(qsizetype at, qsizetype length, char *into)>;

    /// Reads a `CFF ` table; isValid() is false when it is empty or not one this reads. The glyphs'
    /// own charstrings, their places and the subroutines they call are read with `readCharStrings`
    /// when given, else from `table`: a document's few hundred glyphs lie in as many pages of a CJK
    /// face's 20 MB, and where `table` is the font file mapped, a first touch of each page costs more
    /// than reading the bytes (docs/development.md, "The charstrings read, not touched").
    explicit CffSubset(QByteArray table, TableReader readCharStrings = {});

    bool isValid() const { return m_valid; }
    int glyphCount() const { return m_charStrings.count; }
    /// The face's bounding box: x and y minimum, x and y maximum, in its units.
    const QList<int> &boundingBox() const { return m_fontBox; }

    /// The charstring of a glyph with the subroutines it calls written in place; empty when it cannot
    /// be read. With a reader, each call reads the glyph's subroutines whole: subset() reads them
    /// once for all its glyphs.
    QByteArray charString(quint32 glyph) const;

    /// The subset of the given glyphs of the face (glyphs[0] being the .notdef glyph 0); an empty
    /// array when a charstring cannot be read.
    QByteArray subset(const QByteArray &name, const QList<quint32> &glyphs) const;

    /// An INDEX of the table, read item by item when asked (a CJK face has tens of thousands).
    struct Index
    {
        qsizetype offsets = 0; ///< where the offset array starts
        int offSize = 1;
        int count = 0;
        qsizetype data = 0; ///< where the data starts, less one (offsets count from 1)
        qsizetype end = 0;  ///< where the INDEX ends
    };

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    struct FontDict
    {
        QByteArray matrix;      ///< the FontMatrix entry as written, or empty
        QByteArray privateDict; ///< the private DICT without its Subrs entry
        Index subrs;
    };

    /// The items of an INDEX (subroutines) in bytes of their own: the table's, or read at once.
    class Items
    {
    public:
        Items() = default;
        /// `bytes` are the table's from the index's offset array to its end.
        Items(const Index &index, QByteArray bytes);
        int count() const { return m_index.count; }
        /// Item i; nullopt when it lies outside the index.
        std::optional<QByteArrayView> at(qint64 i) const;

    private:
        Index m_index;
        QByteArray m_bytes;
    };

    /// Item i of an index; nullopt when it lies outside the table.
    std::optional<Span> item(const Index &index, int i) const;
    /// The item of an index that its two offsets put at `from` up to `to`; nullopt when it lies
    /// outside the table.
    std::optional<Span> itemAt(const Index &index, qint64 from, qint64 to) const;
    /// The bytes at `at` of the table: read where there is a reader, else the table's own.
    std::optional<QByteArray> bytes(qsizetype at, qsizetype length) const;
    /// The items of an index; nullopt when they cannot be read.
    std::optional<Items> items(const Index &index) const;
    /// The glyphs' own charstrings, their subroutines not in place; nullopt when one cannot be read.
    std::optional<QList<QByteArray>> ownCharStrings(const QList<quint32> &glyphs) const;
    int fontDictOf(quint32 glyph) const { return m_fdSelect.isEmpty() ? 0 : uchar(m_fdSelect.at(glyph)); }
    static bool flatten(QByteArrayView charString, const Items &localSubrs, const Items &globalSubrs,
                        QByteArray &out);

    QByteArray m_table;
    TableReader m_readCharStrings;
    bool m_valid = false;
    Index m_charStrings;
    Index m_globalSubrs;
    QList<FontDict> m_fontDicts;
    QByteArray m_fdSelect; ///< the font DICT of each glyph; empty when the face has one
    QByteArray m_fontMatrix;
    QList<int> m_fontBox;
};

} // namespace nianbao
