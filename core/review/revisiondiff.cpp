// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiondiff.h"

#include "format.h"
#include "storage/auditentry.h"

namespace nianbao {

namespace {

QString cellText(const Report &report, const QString &cellId)
{
    const Format *format = report.format();
    const int cell = format ? format->cellIndex(cellId) : -1;
    if (cell < 0)
        return {};
    const ColumnDef &column = format->column(cell);
    return report.cell(cell).toText(column.kind, column.unitInCell);
}

struct MetaText
{
    const char *field;
    QString (*value)(const ReportMeta &meta);
};

const MetaText metaTexts[] = {
    {"title", [](const ReportMeta &meta) { return meta.title; }},
    {"documentNumber", [](const ReportMeta &meta) { return meta.documentNumber; }},
    {"issuer", [](const ReportMeta &meta) { return meta.issuer; }},
    {"issueDate", [](const ReportMeta &meta) { return meta.issueDate.toString(Qt::ISODate); }},
    {"copyTo", [](const ReportMeta &meta) { return meta.copyTo; }},
    {"agencyKind", [](const ReportMeta &meta) { return meta.agencyKind; }},
};

} // namespace

bool RevisionDiff::changesCell(const QString &cellId) const
{
    for (const CellChange &change : cells) {
        if (change.cellId == cellId)
            return true;
    }
    return false;
}

RevisionDiff RevisionDiff::compare(const Report &oldReport, const Report &newReport)
{
    RevisionDiff diff;
    for (const MetaText &text : metaTexts) {
        const QString oldValue = text.value(oldReport.meta);
        const QString newValue = text.value(newReport.meta);
        if (oldValue == newValue)
            continue;
        const QString field = QString::fromLatin1(text.field);
        diff.meta.append(
            {field, AuditEntry::targetName(AuditEntry::metaTarget(field), nullptr), oldValue, newValue});
    }
    for (int part = 0; part <= Report::PartCount; ++part) {
        const QString oldText = oldReport.narrative(part);
        const QString newText = newReport.narrative(part);
        if (oldText == newText)
            continue;
        diff.narrative.append({part,
                               AuditEntry::targetName(AuditEntry::narrativeTarget(part), newReport.format()),
                               TextDiff::compare(oldText, newText)});
    }
    if (const Format *format = newReport.format()) {
        for (int cell = 0; cell < format->cellCount(); ++cell) {
            const QString cellId = format->cellId(cell);
            const QString oldText = cellText(oldReport, cellId);
            const QString newText = cellText(newReport, cellId);
            if (oldText != newText)
                diff.cells.append({cell, cellId, format->cellName(cell), oldText, newText});
        }
    }
    // Cells that only the old format has were emptied by the change of format.
    if (const Format *format = oldReport.format(); format && format != newReport.format()) {
        for (int cell = 0; cell < format->cellCount(); ++cell) {
            const QString cellId = format->cellId(cell);
            const bool inNew = newReport.format() && newReport.format()->cellIndex(cellId) >= 0;
            const QString oldText = cellText(oldReport, cellId);
            if (!inNew && !oldText.isEmpty())
                diff.cells.append({-1, cellId, format->cellName(cell), oldText, {}});
        }
    }
    return diff;
}

QString RevisionDiff::toText() const
{
    QStringList lines;
    const QString blank = tr("(blank)");
    for (const MetaChange &change : meta) {
        lines.append(tr("%1: “%2” → “%3”")
                         .arg(change.name, change.oldValue.isEmpty() ? blank : change.oldValue,
                              change.newValue.isEmpty() ? blank : change.newValue));
    }
    for (const NarrativeChange &change : narrative)
        lines.append(tr("%1:\n%2").arg(change.name, TextDiff::toText(change.segments).trimmed()));
    for (const CellChange &change : cells) {
        lines.append(tr("%1: %2 → %3")
                         .arg(change.name, change.oldText.isEmpty() ? blank : change.oldText,
                              change.newText.isEmpty() ? blank : change.newText));
    }
    if (lines.isEmpty())
        return tr("No changes.");
    return lines.join(u'\n');
}

} // namespace nianbao
