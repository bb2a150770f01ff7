// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officepackage.h"

#include <KZip>
#include <KZipFileEntry>

#include <QBuffer>

namespace nianbao::test {

OfficePackage::OfficePackage(const QByteArray &zip)
{
    QByteArray bytes = zip;
    QBuffer buffer(&bytes);
    KZip archive(&buffer);
    if (!archive.open(QIODevice::ReadOnly))
        return;
    const QList<const KZipFileEntry *> entries = [&archive] {
        QList<const KZipFileEntry *> files;
        QList<const KArchiveDirectory *> folders{archive.directory()};
        while (!folders.isEmpty()) {
            const KArchiveDirectory *folder = folders.takeFirst();
            for (const QString &name : folder->entries()) {
                const KArchiveEntry *entry = folder->entry(name);
                if (entry->isDirectory())
                    folders.append(static_cast<const KArchiveDirectory *>(entry));
                else
                    files.append(static_cast<const KZipFileEntry *>(entry));
            }
        }
        // The order in the archive, not the directory's.
        std::sort(files.begin(), files.end(), [](const KZipFileEntry *a, const KZipFileEntry *b) {
            return a->headerStart() < b->headerStart();
        });
        return files;
    }();
    for (const KZipFileEntry *entry : entries) {
        const QString name = entry->path();
        m_names.append(name);
        m_files.insert(name, entry->data());
        if (entry->encoding() == 0)
            m_stored.append(name);
    }
    m_valid = true;
}

QDomDocument OfficePackage::xml(const QString &name, QString *error) const
{
    QDomDocument document;
    const QDomDocument::ParseResult result =
        document.setContent(file(name), QDomDocument::ParseOption::UseNamespaceProcessing);
    if (!result && error)
        *error = QStringLiteral("%1 line %2: %3").arg(name).arg(result.errorLine).arg(result.errorMessage);
    return result ? document : QDomDocument();
}

QList<QDomElement> children(const QDomElement &parent, const QString &ns, const QString &localName)
{
    QList<QDomElement> found;
    for (QDomElement child = parent.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() == ns && child.localName() == localName)
            found.append(child);
    }
    return found;
}

QList<QDomElement> descendants(const QDomElement &parent, const QString &ns, const QString &localName)
{
    QList<QDomElement> found;
    const QDomNodeList nodes = parent.elementsByTagNameNS(ns, localName);
    for (int i = 0; i < nodes.size(); ++i)
        found.append(nodes.at(i).toElement());
    return found;
}

} // namespace nianbao::test
