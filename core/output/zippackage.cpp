// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zippackage.h"

#include <KZip>

#include <QBuffer>

namespace nianbao {

ZipPackage::ZipPackage(QDateTime time)
    : m_time(std::move(time))
{}

void ZipPackage::add(const QString &name, const QByteArray &data, Storage storage)
{
    m_entries.append(Entry{name, data, storage});
}

QByteArray ZipPackage::bytes() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    {
        KZip zip(&buffer);
        if (!zip.open(QIODevice::WriteOnly))
            return {};
        // Readers such as Word need no Unix time stamps; ODF wants none on its mimetype.
        zip.setExtraField(KZip::NoExtraField);
        for (const Entry &entry : m_entries) {
            zip.setCompression(entry.storage == Storage::Stored ? KZip::NoCompression
                                                                : KZip::DeflateCompression);
            if (!zip.writeFile(entry.name, entry.data, 0100644, QString(), QString(), m_time, m_time, m_time))
                return {};
        }
        if (!zip.close())
            return {};
    }
    return bytes;
}

std::optional<QByteArray> ZipPackage::entry(const QByteArray &package, const QString &name)
{
    QByteArray bytes = package;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly))
        return std::nullopt;
    const KArchiveFile *file = zip.directory()->file(name);
    if (!file)
        return std::nullopt;
    return file->data();
}

} // namespace nianbao
