// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nianbao {

/**
 * A ZIP package built in memory with KF6 Archive, the container of Office Open XML (.docx) and
 * OpenDocument (.odt) files. Entries keep the order they are added in, which ODF needs (its
 * `mimetype` comes first and is stored uncompressed), and carry the given time, so that one report
 * exported twice at the same time gives the same bytes.
 */
class ZipPackage
{
public:
    enum class Storage : quint8 { Deflated, Stored };

    explicit ZipPackage(QDateTime time);

    void add(const QString &name, const QByteArray &data, Storage storage = Storage::Deflated);
    /// The package; an empty array when KZip could not write it.
    QByteArray bytes() const;

    /// The entry `name` of a ZIP package; nullopt when the package cannot be read or has no such entry.
    static std::optional<QByteArray> entry(const QByteArray &package, const QString &name);

private:
    struct Entry
    {
        QString name;
        QByteArray data;
        Storage storage;
    };

    QDateTime m_time;
    QList<Entry> m_entries;
};

} // namespace nianbao
