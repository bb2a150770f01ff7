// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QRawFont>

#include <memory>

namespace nianbao {

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

    /// The table's bytes; empty when the face has no such table. Valid while this object lives.
    const QByteArray &data() const { return m_data; }
    /// True when read from the font file in place, false when copied.
    bool isMapped() const { return m_file != nullptr; }

private:
    std::unique_ptr<QFile> m_file;
    QByteArray m_data;
};

} // namespace nianbao
