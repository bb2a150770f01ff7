// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officexml.h"

#include <QXmlStreamReader>

namespace nianbao {

OfficeXml::OfficeXml(Kind kind)
    : xml(&m_bytes)
{
    if (kind == Kind::Part)
        xml.writeStartDocument(u"1.0", true);
}

void OfficeXml::characters(const QString &text)
{
    xml.writeCharacters(xmlSafe(text));
}

void OfficeXml::textElement(QAnyStringView name, const QString &text)
{
    xml.writeTextElement(name, xmlSafe(text));
}

QByteArray OfficeXml::finish()
{
    xml.writeEndDocument();
    return m_bytes;
}

QByteArray OfficeXml::unfinished()
{
    // Writing nothing closes the start tag still open.
    xml.writeCharacters(QString());
    return m_bytes;
}

std::optional<QString> OfficeXml::firstText(const QByteArray &part, QStringView namespaceUri,
                                            QStringView name)
{
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name &&
            xml.namespaceUri() == namespaceUri)
            return xml.readElementText();
    }
    return std::nullopt;
}

QString OfficeXml::xmlSafe(const QString &text)
{
    // Control characters other than tab and line ends, U+FFFE, U+FFFF and unpaired surrogates.
    const auto allowedAt = [&text](qsizetype i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20)
            return c == u'\t' || c == u'\n' || c == u'\r';
        if (QChar::isHighSurrogate(c))
            return i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (QChar::isLowSurrogate(c))
            return i > 0 && text.at(i - 1).isHighSurrogate();
        return c != 0xFFFE && c != 0xFFFF;
    };
    qsizetype first = 0;
    while (first < text.size() && allowedAt(first))
        ++first;
    if (first == text.size())
        return text;
    QString safe = text.left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        if (allowedAt(i))
            safe.append(text.at(i));
    }
    return safe;
}

} // namespace nianbao
