// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace nianbao {

/**
 * Which face Qt chose for each font the layout asked for, as an earlier process found: the face's
 * font file, its place there and the name of its stand-in's file (see StandInFile), kept beside the
 * stand-ins in the user's cache folder (`choices.json`).
 *
 * Qt tells which face a font resolves to only by opening that face (QRawFont::fromFont), some
 * milliseconds a face in each process; with the choice at hand the text is laid out in the face's
 * stand-in at once (LayoutFace::Guesses). The choices stand while the machine's list of font
 * families is the one they were made with (a font installed or removed may change Qt's choice) and
 * while the face's font file is unchanged (LayoutFace checks it); else they are made again. Where the
 * file cannot be read or written there are no choices: each face is opened as before. Used from the
 * thread that lays text out only.
 *
 * With a font's choice go Qt's answers about its line ends: how far a glyph's ink stands out past its
 * advance, where the glyph's charstring leaves that open (LayoutFace::lineEnd()). Qt opens the face to
 * answer, as it does to choose it; a later process takes the answer from here. They go with the
 * choice: made again, dropped, or the fonts changed, the answers are asked again.
 */
class FaceChoices
{
public:
    struct Choice
    {
        QString standIn;      ///< the stand-in's file name in the cache folder
        QString fontFile;     ///< the face's font file
        qint64 directory = 0; ///< where the face's table directory is in its font file

        bool operator==(const Choice &) const = default;
    };

    /// The choice kept for `font` (LayoutFace's key of a font), if any.
    static std::optional<Choice> find(const QString &font);
    /// Keeps `choice` for `font`, writing the file when it changes.
    static void keep(const QString &font, const Choice &choice);
    /// Forgets the choice for `font`, writing the file when it had one.
    static void drop(const QString &font);
    /// How far, in pixels, Qt found `glyph`'s ink standing out past its advance at a line's end in
    /// `font`, as kept by an earlier keepOverhang().
    static std::optional<qreal> overhang(const QString &font, quint32 glyph);
    /// Keeps Qt's answer for `glyph` in `font` with the font's choice (not where it has none), to be
    /// written by save() or with the next change of a choice.
    static void keepOverhang(const QString &font, quint32 glyph, qreal pixels);
    /// Writes the file where an answer was kept since it was last written.
    static void save();
    /// Reads the file again when next asked (tests, and a new cache folder).
    static void reread();
};

} // namespace nianbao
