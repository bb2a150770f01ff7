// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalstatement.h"

#include <QCryptographicHash>
#include <QList>

namespace nianbao {

namespace {

const QString Header = QStringLiteral("nianbao-approval");

QString escaped(const QString &value)
{
    QString text = value;
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(u'\r', QStringLiteral("\\r"));
    return text;
}

std::optional<QString> unescaped(QStringView text)
{
    QString value;
    value.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\') {
            value.append(text[i]);
            continue;
        }
        if (++i == text.size())
            return std::nullopt;
        if (text[i] == u'\\')
            value.append(u'\\');
        else if (text[i] == u'n')
            value.append(u'\n');
        else if (text[i] == u'r')
            value.append(u'\r');
        else
            return std::nullopt;
    }
    return value;
}

// The fields in signing order.
QList<std::pair<QString, QString>> fieldsOf(const ApprovalStatement &statement)
{
    return {
        {Header, QString::number(ApprovalStatement::Version)},
        {QStringLiteral("agency"), statement.agency},
        {QStringLiteral("year"), QString::number(statement.year)},
        {QStringLiteral("revision"), QString::number(statement.revision)},
        {QStringLiteral("approver"), statement.approver},
        {QStringLiteral("at"), statement.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("layout"), QString::number(statement.layoutVersion)},
        {QStringLiteral("sha256"), statement.textSha256},
        {QStringLiteral("key"), statement.keyFingerprint},
    };
}

} // namespace

QByteArray ApprovalStatement::bytes() const
{
    QString text;
    for (const auto &[key, value] : fieldsOf(*this))
        text += key + QStringLiteral(": ") + escaped(value) + u'\n';
    return text.toUtf8();
}

std::optional<ApprovalStatement> ApprovalStatement::fromBytes(const QByteArray &bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    const QList<std::pair<QString, QString>> order = fieldsOf({});
    if (lines.size() != order.size() + 1 || !lines.constLast().isEmpty())
        return std::nullopt;
    QStringList values;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QString prefix = order[i].first + QStringLiteral(": ");
        if (!lines[i].startsWith(prefix))
            return std::nullopt;
        const std::optional<QString> value = unescaped(QStringView(lines[i]).sliced(prefix.size()));
        if (!value)
            return std::nullopt;
        values.append(*value);
    }
    if (values[0] != QString::number(Version))
        return std::nullopt;
    ApprovalStatement statement;
    bool yearOk = false;
    bool revisionOk = false;
    bool layoutOk = false;
    statement.agency = values[1];
    statement.year = values[2].toInt(&yearOk);
    statement.revision = values[3].toInt(&revisionOk);
    statement.approver = values[4];
    statement.at = QDateTime::fromString(values[5], Qt::ISODateWithMs);
    statement.layoutVersion = values[6].toInt(&layoutOk);
    statement.textSha256 = values[7];
    statement.keyFingerprint = values[8];
    // Only the exact bytes this function would write back are a statement; anything else was edited.
    if (!yearOk || !revisionOk || !layoutOk || !statement.at.isValid() || statement.bytes() != bytes)
        return std::nullopt;
    return statement;
}

QString ApprovalStatement::sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace nianbao
