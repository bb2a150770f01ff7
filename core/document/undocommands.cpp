// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocommands.h"

#include "format.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

QList<int> cellsOf(const QList<CellEdit> &edits)
{
    QList<int> cells;
    for (const CellEdit &edit : edits)
        cells.append(edit.first);
    return cells;
}

QList<CellValue> valuesOf(const QList<CellEdit> &edits)
{
    QList<CellValue> values;
    for (const CellEdit &edit : edits)
        values.append(edit.second);
    return values;
}

QString fieldName(ReportField field)
{
    switch (field) {
    case ReportField::AgencyName:
        return QCoreApplication::translate("UndoCommands", "agency name");
    case ReportField::AgencyKind:
        return QCoreApplication::translate("UndoCommands", "agency kind");
    case ReportField::Title:
        return QCoreApplication::translate("UndoCommands", "title");
    case ReportField::DocumentNumber:
        return QCoreApplication::translate("UndoCommands", "document number");
    case ReportField::Issuer:
        return QCoreApplication::translate("UndoCommands", "issuer");
    case ReportField::IssueDate:
        return QCoreApplication::translate("UndoCommands", "issue date");
    case ReportField::CopyTo:
        return QCoreApplication::translate("UndoCommands", "copy-to line");
    }
    return {};
}

} // namespace

SetCellValues::SetCellValues(ReportDocument *document, const QList<CellEdit> &edits)
    : SetCellValues(document, ComputedTotals::withTotals(document->report(), edits), int(edits.size()))
{}

SetCellValues::SetCellValues(ReportDocument *document, const QList<CellEdit> &withTotals, int edited)
    : ChangeValue(document, cellsOf(withTotals), valuesOf(withTotals))
    , m_singleCell(edited == 1)
{
    if (edited == 1)
        setText(QCoreApplication::translate("UndoCommands", "Change %1")
                    .arg(document->format().cellName(withTotals.first().first)));
    else
        setText(QCoreApplication::translate("UndoCommands", "Change %n cells", nullptr, edited));
}

bool SetCellValues::mergeWith(const QUndoCommand *other)
{
    return other->id() == id() && m_singleCell && static_cast<const SetCellValues *>(other)->m_singleCell &&
           ChangeValue::mergeWith(other);
}

QList<CellValue> SetCellValues::currentValues() const
{
    QList<CellValue> values;
    for (const int cell : targets())
        values.append(document()->report().cell(cell));
    return values;
}

bool SetCellValues::apply(const QList<CellValue> &values)
{
    return document()->applyCells(targets(), values);
}

SetNarrativeText::SetNarrativeText(ReportDocument *document, int part, const QString &text, Merge merge)
    : ChangeValue(document, {part}, {text})
    , m_merge(merge)
{
    setText(part == Location::PreamblePart
                ? QCoreApplication::translate("UndoCommands", "Edit the preamble")
                : QCoreApplication::translate("UndoCommands", "Edit part %1").arg(partNumeral(part)));
}

bool SetNarrativeText::mergeWith(const QUndoCommand *other)
{
    return other->id() == id() && m_merge == Merge::Typing &&
           static_cast<const SetNarrativeText *>(other)->m_merge == Merge::Typing &&
           ChangeValue::mergeWith(other);
}

QList<QString> SetNarrativeText::currentValues() const
{
    return {document()->narrative(targets().first())};
}

bool SetNarrativeText::apply(const QList<QString> &values)
{
    return document()->applyNarrative(targets().first(), values.first());
}

SetReportField::SetReportField(ReportDocument *document, ReportField field, const QString &value)
    : ChangeValue(document, {int(field)}, {value})
{
    setText(QCoreApplication::translate("UndoCommands", "Change the %1").arg(fieldName(field)));
}

QList<QString> SetReportField::currentValues() const
{
    return {document()->field(ReportField(targets().first()))};
}

bool SetReportField::apply(const QList<QString> &values)
{
    return document()->applyField(ReportField(targets().first()), values.first());
}

AllOrNothing::AllOrNothing(const QString &text)
{
    setText(text);
}

void AllOrNothing::add(std::unique_ptr<QUndoCommand> step)
{
    m_steps.push_back(std::move(step));
}

void AllOrNothing::redo()
{
    for (size_t i = 0; i < m_steps.size(); ++i) {
        m_steps[i]->redo();
        if (m_steps[i]->isObsolete()) {
            while (i-- > 0)
                m_steps[i]->undo();
            setObsolete(true);
            return;
        }
    }
}

void AllOrNothing::undo()
{
    for (auto step = m_steps.rbegin(); step != m_steps.rend(); ++step)
        (*step)->undo();
}

} // namespace nianbao
