// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QFile;

namespace nianbao {

class FontFace;

/**
 * A face's stand-in (see LayoutFace) with where each glyph's ink ends on the right, kept as a file in
 * the user's cache folder: built once per machine, user and font file, then mapped by each process.
 *
 * Building it costs what it saves: the face's tables copied, 65,535 empty glyphs written and
 * every glyph's charstring followed to where its ink ends. Mapped, a process pays only for reading
 * the file once (its checksum) and for FreeType opening it.
 *
 * The file is named after the face's font file and its place there, and headed by a key of the face:
 * its font file's path, size and time of change, its place in that file, its `head` and `name`
 * tables, and the layout of this file (FormatVersion); a font file updated has its stand-in's file
 * built again in the same place. It is written atomically (QSaveFile), so a reader sees a whole file or none,
 * and a file whose header, key, length or checksum does not match is built again and replaced. Where the
 * cache folder cannot be written the face has no stand-in (the text is laid out in the face itself,
 * with the same result, only slower); where the file cannot be written after it was built, this
 * process keeps the one it built.
 *
 * The file also records its font file's path, size and time of change, so that the folder can be
 * tidied: a process that writes a file (and only then: reading one lists no folder) removes the
 * folder's other files of this name pattern that are of an older FormatVersion or whose font file
 * is gone or changed since — fonts removed, renamed or updated would leave them for ever. Files of
 * other names are left alone, and a file that cannot be removed stays, unsaid, like any trouble of
 * the cache (the output is the same).
 */
class StandInFile
{
public:
    /// What a change to the file's layout or to what it holds (the stand-in, the ink's edges) raises.
    static constexpr quint32 FormatVersion = 3;

    /// Where the file came from.
    enum class Origin {
        Read,    ///< mapped from the cache folder
        Written, ///< built, and written to the cache folder
        Built,   ///< built; the cache folder could not keep it
    };

    /// The stand-in of `face`, read from the cache folder or built there; null when the face has no
    /// `CFF ` outlines (no stand-in needed), cannot be read, or the cache folder cannot be written.
    /// `stop`, when given, is asked now and then while the file is being built, from the building
    /// threads (so it must be safe to call from any thread): once it says true the building stops,
    /// nothing is written, and the result is null.
    static std::shared_ptr<const StandInFile> of(const FontFace &face,
                                                 const std::function<bool()> &stop = {});

    /// The file `name` in the cache folder, mapped, where it has the file's layout (its header and
    /// the lengths it gives); null where it has not. Whose face's it is and whether it is damaged are
    /// not checked here (isFileOf(), isWhole()): the checksum can be read on another thread.
    static std::shared_ptr<const StandInFile> mapped(const QString &name);
    /// Whether this file was built for `face`: its key is the face's (its font file unchanged).
    bool isFileOf(const FontFace &face) const;
    /// Whether the file is undamaged: its checksum holds (reading all of it).
    bool isWhole() const;
    /// The name of the file of `face` in the cache folder.
    static QString fileNameOf(const FontFace &face);

    /// The folder the files are kept in: $XDG_CACHE_HOME/nianbao/layout-faces (~/.cache when it is
    /// not set), or the one setFolder() gave; empty when there is none.
    static QString folder();
    /// Keeps the files in `folder` instead (tests); an empty string goes back to the user's.
    static void setFolder(const QString &folder);

    ~StandInFile();
    StandInFile(const StandInFile &) = delete;
    StandInFile &operator=(const StandInFile &) = delete;

    /// The stand-in as OpenType data, valid while this object lives.
    QByteArray font() const;
    /// The glyph's advance in the face's `hmtx`, font units; nullopt beyond the face's glyphs.
    std::optional<quint16> advance(quint32 glyph) const;
    /// Where the glyph's ink ends on the right (its control box's right edge, as FreeType measures
    /// it before rounding), font units; nullopt when its charstring could not be followed.
    std::optional<qreal> inkRight(quint32 glyph) const;
    Origin origin() const { return m_origin; }

    /// The stand-in of a face as TrueType data: its tables but the vertical metrics, its `CFF `
    /// outlines replaced by as many TrueType glyphs, each empty and as wide as in `hmtx`. Empty when
    /// the face has no `CFF ` table or its metrics cannot be read.
    static QByteArray standInData(const FontFace &face);

private:
    StandInFile() = default;

    std::unique_ptr<QFile> m_file; ///< where the bytes are mapped, if they are
    QByteArray m_bytes;            ///< the whole file, mapped or built
    quint32 m_glyphs = 0;
    Origin m_origin = Origin::Read;
};

} // namespace nianbao
