// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencykind.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

Decimal decimalOf(const QJsonValue &value)
{
    return Decimal::parse(value.toString()).value_or(Decimal());
}

QJsonObject loadKindsJson()
{
    QFile file(QStringLiteral(":/nianbao/formats/agency-kinds.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("agency kind resource is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QJsonObject &kindsJson()
{
    static const QJsonObject json = loadKindsJson();
    return json;
}

QList<AgencyKind> loadKinds()
{
    QList<AgencyKind> kinds;
    for (const QJsonValue &value : kindsJson().value(u"kinds").toArray()) {
        const QJsonObject object = value.toObject();
        AgencyKind kind;
        kind.id = object.value(u"id").toString();
        kind.label = object.value(u"label").toString();
        kind.nameSuffixes = stringList(object.value(u"nameSuffixes"));
        kind.selfWords = stringList(object.value(u"selfWords"));
        kind.peerSuffixes = stringList(object.value(u"peerSuffixes"));
        kind.canMakeRules = object.value(u"canMakeRules").toBool();
        const QStringList deadline = object.value(u"deadline").toString().split(u'-');
        if (deadline.size() == 2) {
            kind.deadlineMonth = deadline[0].toInt();
            kind.deadlineDay = deadline[1].toInt();
        }
        kind.genericPeerWords = stringList(object.value(u"genericPeerWords"));
        kind.notForeignWords = stringList(object.value(u"notForeignWords"));
        const QJsonObject limits = object.value(u"amountLimits").toObject();
        kind.amountLimits = {decimalOf(limits.value(u"total")), decimalOf(limits.value(u"perItem")),
                             decimalOf(limits.value(u"perItemMin"))};
        kinds.append(kind);
    }
    return kinds;
}

} // namespace

const QList<AgencyKind> &AgencyKind::all()
{
    static const QList<AgencyKind> kinds = loadKinds();
    return kinds;
}

const QStringList &AgencyKind::notSelfWords()
{
    static const QStringList words = stringList(kindsJson().value(u"notSelfWords"));
    return words;
}

const QStringList &AgencyKind::formalSuffixes()
{
    static const QStringList suffixes = stringList(kindsJson().value(u"formalSuffixes"));
    return suffixes;
}

const AgencyKind *AgencyKind::byId(const QString &id)
{
    for (const AgencyKind &kind : all()) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

const AgencyKind *AgencyKind::byLabel(const QString &label)
{
    for (const AgencyKind &kind : all()) {
        if (kind.label == label)
            return &kind;
    }
    return nullptr;
}

const AgencyKind *AgencyKind::guessFromName(const QString &name)
{
    const AgencyKind *best = nullptr;
    qsizetype bestLength = 0;
    for (const AgencyKind &kind : all()) {
        for (const QString &suffix : kind.nameSuffixes) {
            if (name.endsWith(suffix) && suffix.size() > bestLength && name.size() > suffix.size()) {
                best = &kind;
                bestLength = suffix.size();
            }
        }
    }
    return best;
}

} // namespace nianbao
