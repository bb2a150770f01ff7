// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditentry.h"

#include "format.h"
#include "report.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

struct ActionName
{
    AuditEntry::Action action;
    QStringView id;
};

constexpr ActionName actionNames[] = {
    {AuditEntry::Action::Create, u"create"},       {AuditEntry::Action::Import, u"import"},
    {AuditEntry::Action::Replace, u"replace"},     {AuditEntry::Action::Cell, u"cell"},
    {AuditEntry::Action::Narrative, u"narrative"}, {AuditEntry::Action::Meta, u"meta"},
    {AuditEntry::Action::Submit, u"submit"},       {AuditEntry::Action::Return, u"return"},
    {AuditEntry::Action::Approve, u"approve"},
};

const QString preambleTarget = QStringLiteral("preamble");
const QString partPrefix = QStringLiteral("part:");
const QString metaPrefix = QStringLiteral("meta:");

QString metaFieldName(const QString &field)
{
    if (field == u"title")
        return QCoreApplication::translate("nianbao::ReportStore", "the title");
    if (field == u"documentNumber")
        return QCoreApplication::translate("nianbao::ReportStore", "the document number");
    if (field == u"issuer")
        return QCoreApplication::translate("nianbao::ReportStore", "the issuing agency");
    if (field == u"issueDate")
        return QCoreApplication::translate("nianbao::ReportStore", "the issue date");
    if (field == u"copyTo")
        return QCoreApplication::translate("nianbao::ReportStore", "the copy-to line");
    if (field == u"agencyKind")
        return QCoreApplication::translate("nianbao::ReportStore", "the agency kind");
    return field;
}

QString withNote(const QString &line, const QString &note)
{
    return note.isEmpty() ? line
                          : QCoreApplication::translate("nianbao::ReportStore", "%1: %2").arg(line, note);
}

} // namespace

QString AuditEntry::targetName(const QString &target, const Format *format)
{
    if (target == preambleTarget)
        return QCoreApplication::translate("nianbao::ReportStore", "the preamble");
    if (target.startsWith(partPrefix)) {
        const int part = target.mid(partPrefix.size()).toInt();
        if (format && part >= 1 && part <= format->parts().size())
            return format->parts()[part - 1].heading;
        return target;
    }
    if (target.startsWith(metaPrefix))
        return metaFieldName(target.mid(metaPrefix.size()));
    const int cell = format ? format->cellIndex(target) : -1;
    return cell < 0 ? target : format->cellName(cell);
}

QString AuditEntry::actionId(Action action)
{
    for (const ActionName &name : actionNames) {
        if (name.action == action)
            return name.id.toString();
    }
    return {};
}

std::optional<AuditEntry::Action> AuditEntry::actionFromId(const QString &id)
{
    for (const ActionName &name : actionNames) {
        if (name.id == id)
            return name.action;
    }
    return std::nullopt;
}

QString AuditEntry::narrativeTarget(int part)
{
    return part == Report::PreambleIndex ? preambleTarget : partPrefix + QString::number(part);
}

QString AuditEntry::metaTarget(const QString &field)
{
    return metaPrefix + field;
}

QString AuditEntry::describe(const Format *format) const
{
    const QString who =
        actor.isEmpty() ? QCoreApplication::translate("nianbao::ReportStore", "Someone") : actor;
    const QString when = at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    switch (action) {
    case Action::Create:
        return QCoreApplication::translate("nianbao::ReportStore", "%1 created the report (%2)")
            .arg(who, when);
    case Action::Import:
        return QCoreApplication::translate("nianbao::ReportStore", "%1 imported the report (%2)")
            .arg(who, when);
    case Action::Replace:
        return QCoreApplication::translate("nianbao::ReportStore", "%1 replaced the report by an import (%2)")
            .arg(who, when);
    case Action::Narrative:
        return QCoreApplication::translate("nianbao::ReportStore", "%1 edited %2 (%3)")
            .arg(who, targetName(target, format), when);
    case Action::Submit:
        return withNote(QCoreApplication::translate("nianbao::ReportStore", "%1 submitted the report (%2)")
                            .arg(who, when),
                        note);
    case Action::Return:
        return withNote(
            QCoreApplication::translate("nianbao::ReportStore", "%1 returned the report for changes (%2)")
                .arg(who, when),
            note);
    case Action::Approve:
        return withNote(
            QCoreApplication::translate("nianbao::ReportStore", "%1 approved the report (%2)").arg(who, when),
            note);
    case Action::Cell:
    case Action::Meta:
        break;
    }
    return QCoreApplication::translate("nianbao::ReportStore", "%1 changed %2 from “%3” to “%4” (%5)")
        .arg(who, targetName(target, format), oldValue, newValue, when);
}

} // namespace nianbao
