// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <optional>

namespace nianbao {

/**
 * One XML part of an office package (Word or ODF) being written: a QXmlStreamWriter on a byte
 * array, with the few steps every part takes. Elements are named with their prefixes; the root
 * declares them. Text that XML 1.0 cannot hold (control characters a pasted text may carry) is left
 * out rather than making a package that Word refuses to open.
 */
class OfficeXml
{
public:
    enum class Kind : quint8 {
        Part,     ///< a whole part, starting with the XML declaration
        Fragment, ///< elements to splice into a part (see unfinished())
    };

    explicit OfficeXml(Kind kind = Kind::Part);
    OfficeXml(const OfficeXml &) = delete;
    OfficeXml &operator=(const OfficeXml &) = delete;

    void start(QAnyStringView name) { xml.writeStartElement(name); }
    void end() { xml.writeEndElement(); }
    void characters(const QString &text);
    void textElement(QAnyStringView name, const QString &text);
    /// The part, once its root is closed.
    QByteArray finish();
    /// The part so far with its elements left open, for a fragment to follow.
    QByteArray unfinished();

    /// What XML 1.0 can hold of text.
    static QString xmlSafe(const QString &text);
    /// The text of the first element `name` in namespace `namespaceUri` of a part; nullopt when none.
    static std::optional<QString> firstText(const QByteArray &part, QStringView namespaceUri,
                                            QStringView name);

    QXmlStreamWriter xml;

private:
    QByteArray m_bytes;
};

} // namespace nianbao
