// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The module nianbao-zip: the one place that links KF6 Archive. ZipPackage loads it when a package
// is written or read.
#include "output/zippackage.h"

#include <KZip>

#include <QBuffer>

#include <type_traits>

using nianbao::ZipPackage;

extern "C" Q_DECL_EXPORT bool nianbao_zip_write(const QList<ZipPackage::Entry> &entries,
                                                const QDateTime &time, QByteArray *package, QString *error)
{
    QBuffer buffer(package);
    KZip zip(&buffer);
    const auto failed = [&zip, error] {
        *error = zip.errorString();
        return false;
    };
    if (!zip.open(QIODevice::WriteOnly))
        return failed();
    // Readers such as Word need no Unix time stamps; ODF wants none on its mimetype.
    zip.setExtraField(KZip::NoExtraField);
    for (const ZipPackage::Entry &entry : entries) {
        zip.setCompression(entry.storage == ZipPackage::Storage::Stored ? KZip::NoCompression
                                                                        : KZip::DeflateCompression);
        if (!zip.writeFile(entry.name, entry.data, 0100644, QString(), QString(), time, time, time))
            return failed();
    }
    return zip.close() || failed();
}

extern "C" Q_DECL_EXPORT bool nianbao_zip_read(const QByteArray &package, const QStringList &names,
                                               QList<std::optional<QByteArray>> *files, QString *error)
{
    QByteArray bytes = package;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly)) {
        *error = zip.errorString();
        return false;
    }
    for (const QString &name : names) {
        const KArchiveFile *file = zip.directory()->file(name);
        files->append(file ? std::optional<QByteArray>(file->data()) : std::nullopt);
    }
    return true;
}

static_assert(std::is_same_v<decltype(&nianbao_zip_write), ZipPackage::WriteFunction>);
static_assert(std::is_same_v<decltype(&nianbao_zip_read), ZipPackage::ReadFunction>);
