// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QRawFont>
#include <QString>

#include <memory>
#include <optional>

namespace nianbao {

class FontFace;
class StandInFile;

/**
 * The face text is laid out in, and a stand-in for it that lays text out the same without loading
 * the glyphs' outlines.
 *
 * To learn a glyph's advance, Qt loads the glyph through FreeType (QFontEngineFT::recalcAdvances →
 * FT_Load_Glyph), and for a face with CFF outlines — the Noto/Source Han CJK faces most machines
 * have — that runs the glyph's charstring: about 20 µs a glyph, some 900 glyphs and 18 ms in each
 * `nianbao pdf` process (the glyphs are cached per process, so a second layout does not see it).
 * The advance itself comes from the face's `hmtx` table either way. The stand-in is the same face
 * with every glyph's outline left empty: the same tables (`cmap`, `hmtx`, `hhea`, `OS/2`, `GSUB`,
 * `GPOS`, …) copied from the face's font file, its CFF outlines replaced by as many empty TrueType
 * glyphs (which FreeType sets up without reading an index of 65,000 charstrings). Qt shapes,
 * measures, breaks and justifies text in it as in the face, so the glyphs and their positions are
 * the same; the glyph runs are then handed the face itself, to be drawn and embedded. Building a
 * stand-in costs about what it saves, so it is built once per machine and user and kept in the
 * user's cache folder (StandInFile).
 *
 * What the stand-in cannot tell is how far a glyph's ink reaches: its glyphs have none. Qt counts
 * the ink of the last glyph of a line that stands out past the glyph's advance (a negative right
 * bearing, often a pixel's rounding) into the line's width; lineEnd() tells the right bearing of
 * a line's last glyph from its charstring's control box (read once, kept in the stand-in's file),
 * or where that leaves it open (the ink's edge within a few 64ths of a pixel's edge) asks Qt, which
 * opens the face for it, once per machine (the answer is kept with the font's FaceChoices); and the
 * layout sets that line as narrower by as much. A glyph inside a line is assumed not to stand out
 * past the glyphs after it on the line, which is all Qt would check it against.
 *
 * Only where the stand-in is the same: a face with CFF outlines found in a font file the process
 * has mapped, not emboldened or slanted by Qt, and text whose every character the face has (else
 * Qt takes other faces for some of it); and only where its file can be kept or read.
 *
 * The face itself is opened only when something draws with it (face()): a PDF needs only its
 * tables, read from its font file (fontFace()). Which face a font is, though, Qt tells only by
 * opening it; while a Guesses lives, the stand-in is taken from the choice an earlier process made
 * (FaceChoices) instead.
 */
class LayoutFace
{
public:
    /// The face `font` selects first, and its stand-in where it can have one (see covers()).
    static LayoutFace of(const QFont &font);

    /// The face itself, at the font's pixel size: opened when first asked for.
    const QRawFont &face() const;
    /// Whether the face itself was opened: by face(), to tell which face the font is, or by Qt to
    /// tell how far a line end's ink stands out (lineEnd()).
    bool faceOpened() const;
    /// The stand-in at the font's pixel size; invalid when the face cannot have one.
    const QRawFont &standIn() const;
    /// The file the stand-in was read from or built as; null when there is no stand-in.
    const StandInFile *standInFile() const;
    /// The face in its font file, mapped; invalid when there is no stand-in (the face is where Qt
    /// has it: FontFace(face())).
    FontFace fontFace() const;
    /// Whether the stand-in lays out `text` as the font would: it exists and the face has a glyph for
    /// every character (line separators aside).
    bool covers(const QString &text) const;
    /// The end of a line of a layout in the stand-in: its last character with ink, the face's glyph
    /// for it, and how far, in layout pixels, that glyph's ink stands out past its advance (its
    /// negative right bearing), or 0.
    struct LineEnd
    {
        qsizetype at = -1; ///< in the text; -1 when the line has no ink
        quint32 glyph = 0;
        qreal overhang = 0;
    };
    /// The end of the line of `length` characters from `start` of `text`, where the character's own
    /// glyph ends it (shaping may have put another there: the layout's glyph runs tell); nullopt
    /// when the character is outside the Basic Multilingual Plane.
    std::optional<LineEnd> lineEnd(const QString &text, int start, int length) const;

    /// Where the ink of the face's glyph ends on the right, in pixels from its origin, read from its
    /// charstring (the control box, as FreeType measures it before rounding); nullopt when the face
    /// has no stand-in or the charstring cannot be followed.
    std::optional<qreal> inkRight(quint32 glyph) const;
    /// Whether Qt finds the glyph's ink inside its advance (a right bearing of 0 or more), told from
    /// its charstring; false when that cannot be told.
    bool inksWithinAdvance(quint32 glyph) const;
    /// How far, in whole pixels, Qt finds the glyph's ink standing out past its advance (its negative
    /// right bearing, or 0), told from its charstring; nullopt when that cannot be told (the ink's
    /// edge within the charstring engine's rounding of a pixel's edge).
    std::optional<qreal> overhang(quint32 glyph) const;

    /// Whether stand-ins are used (they are unless a test compares them with the faces).
    static bool isEnabled();
    static void setEnabled(bool enabled);
    /// Forgets the faces and stand-ins met so far, so that the next of() reads or builds them again
    /// (tests of the stand-ins' files; the files read stay mapped: laid-out text may point into them).
    static void forgetFaces();

    /**
     * While one lives, of() takes a face's stand-in from the choice an earlier process made
     * (FaceChoices) without opening the face, where the face is still in its font file as it was
     * and the machine's list of fonts is the same; the stand-in's file is checked against damage on
     * another thread meanwhile. What is laid out stands only when confirmed() says so; else it is
     * laid out again, the damaged files' guesses forgotten (and those files built again).
     */
    class Guesses
    {
    public:
        Guesses();
        /// Waits for the checks still running; writes the answers Qt gave about line ends meanwhile
        /// (FaceChoices::save()).
        ~Guesses();
        Guesses(const Guesses &) = delete;
        Guesses &operator=(const Guesses &) = delete;

        /// Waits for the checks of the guesses made so far: false when one was wrong, whose face is
        /// then forgotten (and its choice dropped), so that laying the text out again opens it.
        bool confirmed();

    private:
        bool m_active;
    };

    /// Which characters the stand-in has (see covers()).
    struct Coverage;
    /// What of() found for one font.
    struct Record;

private:
    /// A glyph's advance in whole pixels, and the right edge of its ink in 64ths of a pixel, from the
    /// control box's edge in font units rounded down and up.
    struct PixelEdges
    {
        qint64 advance = 0;
        qint64 inkLeast = 0;
        qint64 inkMost = 0;
    };
    std::optional<PixelEdges> pixelEdges(quint32 glyph) const;

    std::shared_ptr<Record> m_record;
    bool m_standIns = false; ///< whether stand-ins were enabled when this was had
};

} // namespace nianbao
