// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace nianbao {

class Format;

/**
 * One line of a report's audit log: who changed what and when. Every stored change writes one,
 * so a conflict can name what another window changed, and a supervisor can trace a figure.
 */
struct AuditEntry
{
    enum class Action : quint8 {
        Create,    ///< the report was created (newValue: how many items were carried over)
        Import,    ///< the report was imported
        Replace,   ///< an import replaced the report; the old content is kept as a revision
        Cell,      ///< target: cell id, "p3/received/natural"
        Narrative, ///< target: "preamble" or "part:1" … "part:6"
        Meta,      ///< target: "meta:" + field (issuer, issueDate, …)
        Submit,    ///< review: oldValue/newValue are the status ids before and after, note the note
        Return,    ///< review: the supervisor returned the report (note: why)
        Approve,   ///< review: the supervisor approved the report
    };

    qint64 id = 0;
    int revision = 0; ///< the report's revision this change produced
    QDateTime at;
    QString actor;
    Action action = Action::Cell;
    QString target;
    QString oldValue;
    QString newValue;
    QString note; ///< review transitions: the note given with the action

    static QString actionId(Action action);
    static std::optional<Action> actionFromId(const QString &id);

    /// Audit target of a narrative part (0 = preamble, 1 … 6).
    static QString narrativeTarget(int part);
    /// Audit target of a metadata field.
    static QString metaTarget(const QString &field);

    /// Name of a target for the clerk: the cell's or part's official name, or the field's name.
    static QString targetName(const QString &target, const Format *format);

    /// One line for the clerk: who changed what, and from what to what.
    QString describe(const Format *format) const;
};

} // namespace nianbao
