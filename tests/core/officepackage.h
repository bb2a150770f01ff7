// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDomDocument>
#include <QDomElement>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nianbao::test {

/// A ZIP package (.docx, .odt) unpacked with KZip, read back part by part as the tests need it.
class OfficePackage
{
public:
    explicit OfficePackage(const QByteArray &zip);

    bool isValid() const { return m_valid; }
    /// Entry names in the order the package stores them.
    const QStringList &names() const { return m_names; }
    QByteArray file(const QString &name) const { return m_files.value(name); }
    /// The part parsed with namespaces; a null document (and the parser's message) when it is not XML.
    QDomDocument xml(const QString &name, QString *error = nullptr) const;
    /// Whether the entry is stored without compression.
    bool isStored(const QString &name) const { return m_stored.contains(name); }

private:
    bool m_valid = false;
    QStringList m_names;
    QStringList m_stored;
    QMap<QString, QByteArray> m_files;
};

/// The child elements of parent with this namespace and local name, in order.
QList<QDomElement> children(const QDomElement &parent, const QString &ns, const QString &localName);
/// Every element under parent with this namespace and local name, in document order.
QList<QDomElement> descendants(const QDomElement &parent, const QString &ns, const QString &localName);

} // namespace nianbao::test
