// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

/**
 * The machine's font families as fontconfig listed them to Qt, kept in the user's cache folder
 * (`fonts.json`, beside the stand-ins) with everything the list depends on, so that a later command
 * that paints can begin without fontconfig: starting it (its 40-odd configuration files, its caches)
 * and asking it about each face cost a `nianbao pdf` about 4 ms of its 60 (docs/development.md).
 *
 * Fontconfig's list changes only with its configuration files, the font folders it scans (a folder's
 * time changes when a font is put into it or taken out; fontconfig's own caches rely on that too) and
 * the environment it reads (where its configuration is, the user's folders, the language, which picks
 * the default font). The list is kept with the state of each such file and folder — a folder missing
 * then is a state too — and with those variables; read() gives it back only while every one is as it
 * was, Qt is the same version, and the file is whole (its checksum). A file not written or not read
 * costs the next process fontconfig's start, nothing more: nothing is said.
 */
class KeptFontList
{
public:
    QStringList families;  ///< as QFontDatabase::families() gave them
    QString defaultFamily; ///< the family of the font Qt's fontconfig database gives as the default
    QStringList sources;   ///< the files and folders fontconfig read the list from

    /// The list kept, where it still holds.
    static std::optional<KeptFontList> read();
    /// Keeps the list with the present state of its sources and environment; false where the file
    /// cannot be written.
    bool write() const;

    /// Where the list is kept; empty where there is no cache folder.
    static QString filePath();
};

} // namespace nianbao
