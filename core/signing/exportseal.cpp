// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportseal.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <utility>

namespace nianbao {

namespace {

const QString StatementName = QStringLiteral("nianbao-approval");
const QString SignatureName = QStringLiteral("nianbao-signature");
const QString ApproverName = QStringLiteral("nianbao-approver");
const QString TextName = QStringLiteral("nianbao-signed-text");
const QString XmpNamespace = QStringLiteral("https://nianbao.example/ns/approval/1/");
const QString CustomPropertiesNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties");
const QString VariantTypesNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
const QString OdfMetaNamespace = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");

QString packed(const QString &text)
{
    return QString::fromLatin1(qCompress(text.toUtf8(), 9).toBase64());
}

std::optional<QString> unpacked(const QString &value)
{
    const QByteArray compressed =
        QByteArray::fromBase64(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (compressed.isEmpty())
        return std::nullopt;
    const QByteArray text = qUncompress(compressed);
    if (text.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(text);
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QString &value)
{
    return QByteArray::fromBase64(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

// The four values by name, from whichever container the file has.
std::optional<ExportSeal> sealOf(const QString &statement, const QString &signature, const QString &approver,
                                 const QString &text)
{
    ExportSeal seal;
    seal.statement = fromBase64(statement);
    seal.signature = fromBase64(signature);
    seal.approver = approver;
    const std::optional<QString> signedText = unpacked(text);
    if (seal.statement.isEmpty() || seal.signature.isEmpty() || !signedText)
        return std::nullopt;
    seal.signedText = *signedText;
    return seal;
}

} // namespace

QString ExportSeal::htmlMeta() const
{
    const auto meta = [](const QString &name, const QString &content) {
        return QStringLiteral("<meta name=\"%1\" content=\"%2\" />\n").arg(name, content.toHtmlEscaped());
    };
    return meta(StatementName, base64(statement)) + meta(SignatureName, base64(signature)) +
           meta(ApproverName, approver) + meta(TextName, packed(signedText));
}

std::optional<ExportSeal> ExportSeal::fromHtml(const QString &html)
{
    const qsizetype headEnd = html.indexOf(QStringLiteral("</head>"));
    const QString head = html.left(headEnd < 0 ? 0 : headEnd);
    const auto content = [&head](const QString &name) -> std::optional<QString> {
        const QRegularExpression meta(QStringLiteral("<meta name=\"%1\" content=\"([^\"]*)\" />")
                                          .arg(QRegularExpression::escape(name)));
        const QRegularExpressionMatch match = meta.match(head);
        if (!match.hasMatch())
            return std::nullopt;
        QXmlStreamReader unescape(QStringLiteral("<v>%1</v>").arg(match.captured(1)));
        unescape.readNextStartElement();
        return unescape.readElementText();
    };
    const std::optional<QString> statement = content(StatementName);
    const std::optional<QString> signature = content(SignatureName);
    const std::optional<QString> approver = content(ApproverName);
    const std::optional<QString> text = content(TextName);
    if (!statement || !signature || !approver || !text)
        return std::nullopt;
    return sealOf(*statement, *signature, *approver, *text);
}

QByteArray ExportSeal::xmp(const QString &title) const
{
    const auto element = [](const QString &name, const QString &value) {
        return QStringLiteral("   <nianbao:%1>%2</nianbao:%1>\n").arg(name, value.toHtmlEscaped());
    };
    const QString packet =
        QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            " xmlns:nianbao=\"%1\">\n"
            "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:title>\n")
            .arg(XmpNamespace, title.toHtmlEscaped()) +
        element(StatementName.mid(8), base64(statement)) + element(SignatureName.mid(8), base64(signature)) +
        element(ApproverName.mid(8), approver) + element(TextName.mid(8), packed(signedText)) +
        QStringLiteral("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
    return packet.toUtf8();
}

std::optional<ExportSeal> ExportSeal::fromPdf(const QByteArray &pdf)
{
    const qsizetype begin = pdf.indexOf("<x:xmpmeta");
    const qsizetype end = pdf.indexOf("</x:xmpmeta>", begin);
    if (begin < 0 || end < 0)
        return std::nullopt;
    QXmlStreamReader xml(pdf.mid(begin, end - begin + 12));
    QHash<QString, QString> values;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.namespaceUri() == XmpNamespace)
            values.insert(xml.name().toString(), xml.readElementText());
    }
    if (xml.hasError())
        return std::nullopt;
    const auto value = [&values](const QString &name) { return values.value(name.mid(8)); };
    if (!values.contains(StatementName.mid(8)))
        return std::nullopt;
    return sealOf(value(StatementName), value(SignatureName), value(ApproverName), value(TextName));
}

QList<std::pair<QString, QString>> ExportSeal::properties() const
{
    return {
        {StatementName, base64(statement)},
        {SignatureName, base64(signature)},
        {ApproverName, approver},
        {TextName, packed(signedText)},
    };
}

std::optional<ExportSeal> ExportSeal::fromProperties(const QHash<QString, QString> &values)
{
    if (!values.contains(StatementName))
        return std::nullopt;
    return sealOf(values.value(StatementName), values.value(SignatureName), values.value(ApproverName),
                  values.value(TextName));
}

QByteArray ExportSeal::docxCustomProperties() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(u"Properties");
    xml.writeDefaultNamespace(CustomPropertiesNamespace);
    xml.writeNamespace(VariantTypesNamespace, QStringLiteral("vt"));
    // Property ids start at 2 (0 and 1 are reserved); the format id is the one of user-defined
    // properties.
    int id = 2;
    for (const auto &[name, value] : properties()) {
        xml.writeStartElement(u"property");
        xml.writeAttribute(u"fmtid", QStringLiteral("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"));
        xml.writeAttribute(u"pid", QString::number(id++));
        xml.writeAttribute(u"name", name);
        xml.writeTextElement(VariantTypesNamespace, QStringLiteral("lpwstr"), value);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

std::optional<ExportSeal> ExportSeal::fromDocxCustomProperties(const QByteArray &part)
{
    QXmlStreamReader xml(part);
    QHash<QString, QString> values;
    QString property;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() == CustomPropertiesNamespace && xml.name() == u"property")
            property = xml.attributes().value(u"name").toString();
        else if (xml.namespaceUri() == VariantTypesNamespace && !property.isEmpty())
            values.insert(std::exchange(property, QString()), xml.readElementText());
    }
    if (xml.hasError())
        return std::nullopt;
    return fromProperties(values);
}

std::optional<ExportSeal> ExportSeal::fromOdtMeta(const QByteArray &part)
{
    QXmlStreamReader xml(part);
    QHash<QString, QString> values;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.namespaceUri() == OdfMetaNamespace &&
            xml.name() == u"user-defined") {
            const QString name = xml.attributes().value(OdfMetaNamespace, u"name").toString();
            values.insert(name, xml.readElementText());
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return fromProperties(values);
}

} // namespace nianbao
