// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QRawFont>

#include <memory>
#include <optional>
#include <utility>

namespace nianbao {

/**
 * The face a QRawFont stands for, found among the font files the process has mapped and read in
 * place there (see FontTable). Invalid when it is not found: a font given as data, a system
 * without /proc.
 */
class FontFace
{
public:
    explicit FontFace(const QRawFont &font);
    /// The face whose table directory is at `directory` in the font file `fileName`; invalid when
    /// the file cannot be mapped or has no face there.
    FontFace(const QString &fileName, qint64 directory);

    bool isValid() const { return m_file != nullptr; }
    /// The table `tag` (its four-letter tag, e.g. "CFF "), or nullopt when the face has none.
    std::optional<QByteArrayView> table(QByteArrayView tag) const;
    /// Every table of the face with its tag, in the order of the face's table directory.
    QList<std::pair<QByteArray, QByteArrayView>> tables() const;
    /// The mapped file, for a table to be kept readable after this object is gone.
    std::unique_ptr<QFile> takeFile() { return std::move(m_file); }
    /// The font file the face is in; empty when it is not found.
    QString fileName() const { return m_file ? m_file->fileName() : QString(); }
    /// Where the face's table directory is in its file (a collection holds several faces).
    qint64 directory() const { return m_directory; }
    /// Where `bytes`, a part of one of the face's tables, begin in its file.
    qint64 fileOffsetOf(QByteArrayView bytes) const
    {
        return reinterpret_cast<const uchar *>(bytes.data()) - m_data;
    }

private:
    std::unique_ptr<QFile> m_file;
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_directory = 0;
};

/// The face `font` is, whatever its size, as a key (family, style name, weight and style): to meet
/// each face once.
QString faceKey(const QRawFont &font);

/// A font file (sfnt: TrueType or OpenType) of `tables`, in their order, headed by `version`
/// (0x00010000 for TrueType outlines, 'OTTO' for CFF ones); the tables' checksums are left 0.
QByteArray sfntData(quint32 version, const QList<std::pair<QByteArray, QByteArrayView>> &tables);

/**
 * A table of the face a QRawFont stands for, read where it lies in the face's font file rather than
 * copied. QRawFont::fontTable() copies the whole table, and the `CFF ` table of a CJK face is 15 to
 * 25 MB: copying the three faces of a report took most of the time of its PDF, for the few hundred
 * glyphs it uses.
 *
 * Qt says nothing of which file a face came from; but FreeType maps the font files it reads, so the
 * face is looked for among the font files the process has mapped, and recognised by its `head` and
 * `name` tables (a collection holds several faces). Where it is not found — a font given as data, a
 * system without /proc — the table is copied as before.
 */
class FontTable
{
public:
    /// `tag` is the table's four-letter tag, e.g. "CFF ".
    FontTable(const QRawFont &font, const char *tag);
    /// The table of `face` in its file; empty when the face is invalid or has no such table.
    FontTable(FontFace &&face, const char *tag);

    /// The table's bytes; empty when the face has no such table. Valid while this object lives.
    const QByteArray &data() const { return m_data; }
    /// True when read from the font file in place, false when copied.
    bool isMapped() const { return m_file != nullptr; }
    /// Copies `length` bytes of the table from `at` into `into`: read from the font file when the
    /// table lies in one, so that no page of the mapping is touched for them, else from data().
    /// False when they lie outside the table or cannot be read.
    bool read(qsizetype at, qsizetype length, char *into) const;

private:
    std::unique_ptr<QFile> m_file;
    QByteArray m_data;
    qint64 m_fileOffset = 0; ///< where the table begins in m_file
};

} // namespace nianbao
